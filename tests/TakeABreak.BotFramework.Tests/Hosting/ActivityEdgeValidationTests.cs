using System.Net;
using System.Text;
using TakeABreak.BotFramework.Tests.Support;

namespace TakeABreak.BotFramework.Tests.Hosting;

/// <summary>Activities that would break a turn later are refused at /api/messages with 400 and never reach the bot.</summary>
public sealed class ActivityEdgeValidationTests
{
    private const string Envelope = """
        "id":"incoming-1","channelId":"msteams","serviceUrl":"https://smba.example.test/",
        "from":{"id":"user-1"},"recipient":{"id":"bot-1"},"conversation":{"id":"conversation-1"}
        """;

    public static TheoryData<string, byte[]> Refused => new()
    {
        { "null in membersAdded", Json("""{"type":"conversationUpdate",ENVELOPE,"membersAdded":[null,{}]}""") },
        { "member without id", Json("""{"type":"conversationUpdate",ENVELOPE,"membersAdded":[{"name":"x"}]}""") },
        { "null in attachments", Json("""{"type":"message",ENVELOPE,"text":"hoi","attachments":[null]}""") },
        { "null in entities", Json("""{"type":"message",ENVELOPE,"text":"hoi","entities":[null]}""") },
        { "null in suggested actions", Json("""{"type":"message",ENVELOPE,"text":"hoi","suggestedActions":{"actions":[null]}}""") },
        { "invalid UTF-8 in channelData", Bytes("""{"type":"message",ENVELOPE,"text":"hoi","channelData":{"x":"A""", [0xC3, 0x28], "\"}}") },
        { "invalid UTF-8 in value", Bytes("{\"type\":\"message\",ENVELOPE,\"value\":{\"answer\":\"", [0xFF, 0xFE], "\"}}") },
        { "lone surrogate in value", Json("""{"type":"message",ENVELOPE,"value":{"answer":"\ud800"}}""") },
        { "lone surrogate in text", Json("""{"type":"message",ENVELOPE,"text":"a\udc00b"}""") },
        { "newline in type", Json("""{"type":"message\nFORGED log line",ENVELOPE,"text":"hoi"}""") },
        { "newline in conversation id", Json("""{"type":"message","id":"1","channelId":"msteams","serviceUrl":"https://smba.example.test/","from":{"id":"u"},"recipient":{"id":"b"},"conversation":{"id":"c\r\nFORGED"},"text":"hoi"}""") },
        { "type too long", Json("{\"type\":\"" + new string('x', 65) + "\"," + Envelope + "}") },
    };

    [Theory]
    [MemberData(nameof(Refused))]
    public async Task A_malformed_activity_gets_400_and_does_not_reach_the_bot(string why, byte[] body)
    {
        await using var host = await ChannelTestHost.StartAsync("Development", new Dictionary<string, string?>());
        using var request = new HttpRequestMessage(HttpMethod.Post, ActivityRequests.Path) { Content = new ByteArrayContent(body) };
        request.Content.Headers.ContentType = new("application/json");

        using var response = await host.Client.SendAsync(request);

        Assert.True(response.StatusCode == HttpStatusCode.BadRequest, $"{why}: {response.StatusCode}");
        Assert.Empty(host.Bot.Received);
    }

    [Fact]
    public async Task An_unknown_type_is_acknowledged_ignored_and_logged_cut_to_length()
    {
        await using var host = await ChannelTestHost.StartAsync("Development", new Dictionary<string, string?>());
        var type = "x" + new string('y', 63);
        using var request = ActivityRequests.Post("{\"type\":\"" + type + "\"," + Envelope + "}");

        using var response = await host.Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Empty(host.Bot.Received);
        Assert.Contains(host.Logs.GetSnapshot(), record => record.Message.Contains("unknown type " + type, StringComparison.Ordinal));
    }

    private static byte[] Json(string json) => Encoding.UTF8.GetBytes(json.Replace("ENVELOPE", Envelope, StringComparison.Ordinal));

    private static byte[] Bytes(string before, byte[] raw, string after) => [.. Json(before), .. raw, .. Encoding.UTF8.GetBytes(after)];
}
