using System.Net;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.TestHost;

namespace TakeABreak.BotFramework.Tests.DirectLine;

public sealed class DirectLineStreamTests
{
    private static readonly TimeSpan FrameTimeout = TimeSpan.FromSeconds(10);

    [Fact]
    public async Task The_stream_sends_what_is_there_and_then_each_new_batch_with_its_watermark()
    {
        await using var host = await DirectLineTestHost.StartAsync();
        var conversation = await host.StartConversationAsync();
        using var socket = await ConnectAsync(host, conversation.StreamUrl!);

        var first = await ReceiveFrameAsync(socket);
        (await host.PostMessageAsync(conversation.ConversationId, conversation.Token, "hoi")).Dispose();
        var texts = new List<string>();
        string watermark = "";
        while (texts.Count < 2)
        {
            var frame = await ReceiveFrameAsync(socket);
            texts.AddRange(DirectLineTestHost.Texts(frame));
            watermark = frame["watermark"]!.GetValue<string>();
        }

        Assert.Equal(["welcome"], DirectLineTestHost.Texts(first));
        Assert.Equal("1", first["watermark"]!.GetValue<string>());
        Assert.Equal(["hoi", "echo nl-NL: hoi"], texts);
        Assert.Equal("3", watermark);
    }

    [Fact]
    public async Task Reconnecting_the_stream_with_a_watermark_sends_only_what_came_after_it()
    {
        await using var host = await DirectLineTestHost.StartAsync();
        var conversation = await host.StartConversationAsync();
        (await host.PostMessageAsync(conversation.ConversationId, conversation.Token, "een")).Dispose();

        using var reconnect = await host.SendAsync(HttpMethod.Get, $"/v3/directline/conversations/{conversation.ConversationId}?watermark=2", conversation.Token);
        var streamUrl = JsonNode.Parse(await reconnect.Content.ReadAsStringAsync())!["streamUrl"]!.GetValue<string>();
        using var socket = await ConnectAsync(host, streamUrl);
        var frame = await ReceiveFrameAsync(socket);

        Assert.Equal(["echo nl-NL: een"], DirectLineTestHost.Texts(frame));
        Assert.Equal("3", frame["watermark"]!.GetValue<string>());
    }

    [Fact]
    public async Task The_stream_refuses_a_ticket_issued_for_another_conversation()
    {
        await using var host = await DirectLineTestHost.StartAsync();
        var mine = await host.StartConversationAsync();
        var theirs = await host.StartConversationAsync();
        var stolen = theirs.StreamUrl!.Replace(theirs.ConversationId, mine.ConversationId, StringComparison.Ordinal);

        var refused = await Assert.ThrowsAnyAsync<Exception>(() => ConnectAsync(host, stolen));

        Assert.Contains("403", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_stream_address_carries_a_one_time_ticket_instead_of_the_token_because_addresses_end_up_in_logs()
    {
        await using var host = await DirectLineTestHost.StartAsync();
        var conversation = await host.StartConversationAsync();
        var withToken = new UriBuilder(conversation.StreamUrl!) { Query = "watermark=-&t=" + Uri.EscapeDataString(conversation.Token) }.Uri.ToString();

        using (var socket = await ConnectAsync(host, conversation.StreamUrl!))
        {
            Assert.Equal(["welcome"], DirectLineTestHost.Texts(await ReceiveFrameAsync(socket)));
        }

        var usedAgain = await Assert.ThrowsAnyAsync<Exception>(() => ConnectAsync(host, conversation.StreamUrl!));
        var tokenInstead = await Assert.ThrowsAnyAsync<Exception>(() => ConnectAsync(host, withToken));

        Assert.DoesNotContain(conversation.Token, conversation.StreamUrl!, StringComparison.Ordinal);
        Assert.Contains("401", usedAgain.Message, StringComparison.Ordinal);
        Assert.Contains("401", tokenInstead.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_stream_without_a_websocket_upgrade_is_a_bad_request()
    {
        await using var host = await DirectLineTestHost.StartAsync();
        var conversation = await host.StartConversationAsync();
        var path = new Uri(conversation.StreamUrl!).PathAndQuery;

        using var response = await host.Client.GetAsync(path);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    private static Task<WebSocket> ConnectAsync(DirectLineTestHost host, string streamUrl)
    {
        var client = host.CreateWebSocketClient();
        return client.ConnectAsync(new Uri(streamUrl), CancellationToken.None);
    }

    private static async Task<JsonObject> ReceiveFrameAsync(WebSocket socket)
    {
        using var timeout = new CancellationTokenSource(FrameTimeout);
        var buffer = new byte[64 * 1024];
        var text = new StringBuilder();
        WebSocketReceiveResult result;
        do
        {
            result = await socket.ReceiveAsync(buffer, timeout.Token);
            text.Append(Encoding.UTF8.GetString(buffer, 0, result.Count));
        }
        while (!result.EndOfMessage);

        return JsonNode.Parse(text.ToString())!.AsObject();
    }
}
