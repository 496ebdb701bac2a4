using System.Net;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using TakeABreak.Bot.Testing.Fakes;
using TakeABreak.BotFramework.Connector;
using TakeABreak.BotFramework.Schema;
using TakeABreak.BotFramework.Tests.Support;

namespace TakeABreak.BotFramework.Tests.Connector;

/// <summary>Outbound delivery through the Connector REST API, against a local recording Connector and a local token endpoint.</summary>
public sealed class ConnectorClientTests(ChannelFixture fixture) : IClassFixture<ChannelFixture>, IAsyncLifetime
{
    private const string ConversationId = "a:1xyz;messageid=42/ünï code";
    private const string IncomingId = "1700000000000:1";
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);

    private RecordingConnectorServer _connector = null!;
    private ChannelTestHost? _host;

    public async Task InitializeAsync() => _connector = await RecordingConnectorServer.StartAsync();

    public async Task DisposeAsync()
    {
        if (_host is not null)
        {
            await _host.DisposeAsync();
        }

        await _connector.DisposeAsync();
    }

    [Fact]
    public async Task Reply_goes_to_the_reply_url_of_the_conversation_with_the_bot_token()
    {
        var host = await StartHostAsync(fixture.SingleTenantSettings());

        using var response = await host.Client.SendAsync(ActivityRequests.Post(Incoming("hallo"), ChannelToken()));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var request = Assert.Single(_connector.Requests);
        Assert.Equal("POST", request.Method);
        Assert.Equal($"/v3/conversations/{Uri.EscapeDataString(ConversationId)}/activities/{Uri.EscapeDataString(IncomingId)}", request.Path);
        Assert.Equal($"Bearer {fixture.Entra.LastIssuedToken}", request.Authorization);
        Assert.Equal("echo: hallo", request.Body?["text"]?.GetValue<string>());
        Assert.Equal(IncomingId, request.Body?["replyToId"]?.GetValue<string>());
        var tokenRequest = fixture.Entra.Requests[^1];
        Assert.Equal((ChannelFixture.TenantId, ChannelFixture.AppId, "https://api.botframework.com/.default"), (tokenRequest.Tenant, tokenRequest.ClientId, tokenRequest.Scope));
    }

    [Fact]
    public async Task Throttled_reply_is_retried_after_the_retry_after_delay_and_delivered_exactly_once()
    {
        var host = await StartHostAsync(fixture.SingleTenantSettings());
        _connector.RespondNextWith(429, retryAfter: TimeSpan.FromSeconds(1));

        using var response = await host.Client.SendAsync(ActivityRequests.Post(Incoming("hallo"), ChannelToken()));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var requests = _connector.Requests;
        Assert.Equal(2, requests.Count);
        Assert.True(JsonNode.DeepEquals(requests[0].Body, requests[1].Body));
        Assert.True(
            requests[1].ReceivedAt - requests[0].ReceivedAt >= TimeSpan.FromMilliseconds(900),
            $"The retry came {(requests[1].ReceivedAt - requests[0].ReceivedAt).TotalMilliseconds} ms after the 429, before Retry-After: 1 passed.");
    }

    [Fact]
    public async Task Unknown_service_url_is_never_called()
    {
        var host = await StartHostAsync(fixture.SingleTenantSettings());
        var tokenRequestsBefore = fixture.Entra.Requests.Count;
        var reply = Incoming("hallo").CreateReply("hoi");

        var exception = await Assert.ThrowsAsync<UntrustedServiceUrlException>(() => Connector(host).ReplyToActivityAsync(reply, CancellationToken.None));

        Assert.Equal(_connector.ServiceUrl, exception.ServiceUrl);
        Assert.Empty(_connector.Requests);
        Assert.Equal(tokenRequestsBefore, fixture.Entra.Requests.Count);
    }

    [Fact]
    public async Task Reply_that_keeps_failing_is_reported_as_a_delivery_exception_and_logged_with_ids_only()
    {
        var host = await StartHostAsync(fixture.SingleTenantSettings(_connector.ServiceUrl));
        for (var attempt = 0; attempt < 4; attempt++)
        {
            _connector.RespondNextWith(503);
        }

        var reply = Incoming("hallo").CreateReply("geheime tekst");

        var exception = await Assert.ThrowsAsync<ConnectorDeliveryException>(() => Connector(host).ReplyToActivityAsync(reply, CancellationToken.None));

        Assert.Equal(HttpStatusCode.ServiceUnavailable, exception.StatusCode);
        Assert.Equal(ConversationId, exception.ConversationId);
        Assert.Equal(4, _connector.Requests.Count);
        var logs = host.Logs.GetSnapshot();
        Assert.Contains(logs, record => record.Message.Contains(ConversationId, StringComparison.Ordinal) && record.Message.Contains("503", StringComparison.Ordinal));
        Assert.DoesNotContain(logs, record => record.Message.Contains("geheime tekst", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Client_error_is_not_retried()
    {
        var host = await StartHostAsync(fixture.SingleTenantSettings(_connector.ServiceUrl));
        _connector.RespondNextWith(400);

        var exception = await Assert.ThrowsAsync<ConnectorDeliveryException>(() =>
            Connector(host).SendToConversationAsync(Incoming("hallo").CreateReply("hoi"), CancellationToken.None));

        Assert.Equal(HttpStatusCode.BadRequest, exception.StatusCode);
        Assert.Single(_connector.Requests);
    }

    [Fact]
    public async Task Send_update_delete_and_create_conversation_use_the_connector_routes_with_escaped_ids()
    {
        var host = await StartHostAsync(fixture.SingleTenantSettings(_connector.ServiceUrl));
        var connector = Connector(host);
        var conversation = Uri.EscapeDataString(ConversationId);
        var message = Incoming("hallo").CreateReply("hoi");
        message.ReplyToId = null;

        var sent = await connector.SendToConversationAsync(message, CancellationToken.None);
        message.Id = "activity/1";
        await connector.UpdateActivityAsync(message, CancellationToken.None);
        await connector.DeleteActivityAsync(_connector.ServiceUrl, ConversationId, "activity/1", CancellationToken.None);
        var created = await connector.CreateConversationAsync(
            _connector.ServiceUrl, new ConversationParameters { IsGroup = true, TenantId = "t-1", ChannelData = new JsonObject { ["channel"] = new JsonObject { ["id"] = "19:c" } } }, CancellationToken.None);

        Assert.NotNull(sent.Id);
        Assert.NotNull(created.Id);
        Assert.Equal(
            [
                ("POST", $"/v3/conversations/{conversation}/activities"),
                ("PUT", $"/v3/conversations/{conversation}/activities/activity%2F1"),
                ("DELETE", $"/v3/conversations/{conversation}/activities/activity%2F1"),
                ("POST", "/v3/conversations"),
            ],
            _connector.Requests.Select(r => (r.Method, r.Path)));
        Assert.True(_connector.Requests[3].Body?["isGroup"]?.GetValue<bool>());
    }

    [Fact]
    public async Task Token_is_fetched_once_and_reused_until_near_expiry()
    {
        var host = await StartHostAsync(fixture.SingleTenantSettings(_connector.ServiceUrl));
        var before = fixture.Entra.Requests.Count;

        await Connector(host).SendToConversationAsync(Incoming("a").CreateReply("1"), CancellationToken.None);
        await Connector(host).SendToConversationAsync(Incoming("b").CreateReply("2"), CancellationToken.None);

        Assert.Equal(before + 1, fixture.Entra.Requests.Count);
        Assert.Equal(_connector.Requests[0].Authorization, _connector.Requests[1].Authorization);
    }

    [Fact]
    public async Task Multi_tenant_bot_gets_its_token_from_the_botframework_tenant()
    {
        var settings = fixture.SingleTenantSettings(_connector.ServiceUrl);
        settings["MicrosoftAppType"] = "MultiTenant";
        settings.Remove("MicrosoftAppTenantId");
        var host = await StartHostAsync(settings);

        await Connector(host).SendToConversationAsync(Incoming("a").CreateReply("1"), CancellationToken.None);

        Assert.Equal("botframework.com", fixture.Entra.Requests[^1].Tenant);
    }

    [Fact]
    public async Task Without_an_app_id_in_development_replies_carry_no_token()
    {
        var host = await StartHostAsync(new Dictionary<string, string?> { ["Bot:Typing:Delay"] = "01:00:00" }, "Development");

        using var response = await host.Client.SendAsync(ActivityRequests.Post(Incoming("hallo")));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var request = Assert.Single(_connector.Requests);
        Assert.Null(request.Authorization);
    }

    private async Task<ChannelTestHost> StartHostAsync(Dictionary<string, string?> settings, string environment = "Production")
    {
        settings["Bot:Typing:Delay"] = "01:00:00";
        _host = await ChannelTestHost.StartAsync(environment, settings);
        return _host;
    }

    private static ConnectorClient Connector(ChannelTestHost host) => host.Services.GetRequiredService<ConnectorClient>();

    private Activity Incoming(string text)
    {
        var activity = ActivityRequests.Message(_connector.ServiceUrl, text, channelId: "msteams", conversationId: ConversationId);
        activity.Id = IncomingId;
        return activity;
    }

    private string ChannelToken() => FakeBotFrameworkOpenIdServer.CreateToken(
        new ChannelTokenDescription(fixture.OpenId.DefaultKey, ChannelFixture.AppId, _connector.ServiceUrl, DateTimeOffset.UtcNow));
}
