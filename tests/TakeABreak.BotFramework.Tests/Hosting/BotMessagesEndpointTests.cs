using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using TakeABreak.BotFramework.Schema;
using TakeABreak.BotFramework.Tests.Support;

namespace TakeABreak.BotFramework.Tests.Hosting;

/// <summary>/api/messages in Development without an app id: everything but authentication.</summary>
public sealed class BotMessagesEndpointTests : IAsyncLifetime
{
    private const string ServiceUrl = "https://channel.invalid/";
    private ChannelTestHost _host = null!;

    public async Task InitializeAsync() => _host = await ChannelTestHost.StartAsync("Development", new Dictionary<string, string?>());

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Theory]
    [InlineData("{ this is not json", "not a JSON activity")]
    [InlineData("[1, 2, 3]", "not a JSON activity")]
    [InlineData("\"message\"", "not a JSON activity")]
    [InlineData("{ \"text\": \"hallo\" }", "no 'type'")]
    [InlineData("{ \"type\": \"\" }", "no 'type'")]
    [InlineData("null", "no 'type'")]
    public async Task Malformed_activity_gets_400_with_a_clear_message_and_the_host_keeps_serving(string body, string expectedDetail)
    {
        using var response = await _host.Client.SendAsync(ActivityRequests.Post(body));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.Contains(expectedDetail, problem["detail"]!.GetValue<string>(), StringComparison.Ordinal);
        await AssertStillServingAsync();
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task Body_over_256_KiB_gets_413_and_the_host_keeps_serving(bool announcesLength)
    {
        var activity = ActivityRequests.Message(ServiceUrl, text: new string('x', 256 * 1024));
        var bytes = Encoding.UTF8.GetBytes(ProtocolJson.Write(activity));
        using var request = new HttpRequestMessage(HttpMethod.Post, ActivityRequests.Path)
        {
            Content = announcesLength ? new ByteArrayContent(bytes) : new StreamContent(new UnknownLengthStream(bytes)),
        };
        request.Content.Headers.ContentType = new("application/json");

        using var response = await _host.Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Empty(_host.Bot.Received);
        await AssertStillServingAsync();
    }

    [Fact]
    public async Task Body_of_just_under_256_KiB_is_accepted()
    {
        var activity = ActivityRequests.Message(ServiceUrl, text: "");
        activity.DeliveryMode = DeliveryModes.ExpectReplies;
        var overhead = Encoding.UTF8.GetByteCount(ProtocolJson.Write(activity));
        activity.Text = new string('x', 256 * 1024 - overhead);

        using var response = await _host.Client.SendAsync(ActivityRequests.Post(activity));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Unknown_activity_type_gets_200_is_ignored_and_logged_without_its_text()
    {
        var activity = ActivityRequests.Message(ServiceUrl, text: "private words");
        activity.Type = "somethingNew";

        using var response = await _host.Client.SendAsync(ActivityRequests.Post(activity));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Empty(_host.Bot.Received);
        var logged = _host.Logs.GetSnapshot();
        Assert.Contains(logged, record => record.Message.Contains("somethingNew", StringComparison.Ordinal));
        Assert.DoesNotContain(logged, record => record.Message.Contains("private words", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Expect_replies_returns_the_replies_in_the_body_instead_of_posting_them()
    {
        var activity = ActivityRequests.Message(ServiceUrl, text: "hallo");
        activity.DeliveryMode = DeliveryModes.ExpectReplies;

        using var response = await _host.Client.SendAsync(ActivityRequests.Post(activity));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        var reply = Assert.Single(body["activities"]!.AsArray())!;
        Assert.Equal("echo: hallo", reply["text"]!.GetValue<string>());
        Assert.Equal("conversation-1", reply["conversation"]!["id"]!.GetValue<string>());
        Assert.Equal("incoming-1", reply["replyToId"]!.GetValue<string>());
    }

    [Fact]
    public async Task Invoke_the_bot_does_not_answer_gets_501()
    {
        var activity = ActivityRequests.Message(ServiceUrl);
        activity.Type = ActivityTypes.Invoke;
        activity.Name = "test/unanswered";

        using var response = await _host.Client.SendAsync(ActivityRequests.Post(activity));

        Assert.Equal(HttpStatusCode.NotImplemented, response.StatusCode);
        Assert.Single(_host.Bot.Received);
    }

    [Fact]
    public async Task Invoke_gets_the_status_and_body_the_bot_set()
    {
        var activity = ActivityRequests.Message(ServiceUrl);
        activity.Type = ActivityTypes.Invoke;
        activity.Name = RecordingEchoBot.AnsweredInvokeName;

        using var response = await _host.Client.SendAsync(ActivityRequests.Post(activity));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.True(body["answered"]!.GetValue<bool>());
    }

    [Fact]
    public async Task Only_post_is_mapped()
    {
        using var response = await _host.Client.GetAsync(ActivityRequests.Path);

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
    }

    private async Task AssertStillServingAsync()
    {
        var activity = ActivityRequests.Message(ServiceUrl, text: "nog daar?");
        activity.DeliveryMode = DeliveryModes.ExpectReplies;
        using var response = await _host.Client.SendAsync(ActivityRequests.Post(activity));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    /// <summary>A body sent without Content-Length, so the size limit must hold while reading.</summary>
    private sealed class UnknownLengthStream(byte[] bytes) : MemoryStream(bytes)
    {
        public override bool CanSeek => false;

        public override long Length => throw new NotSupportedException();
    }
}
