using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using TakeABreak.BotFramework.DirectLine;

namespace TakeABreak.BotFramework.Tests.DirectLine;

public sealed class DirectLineConversationTests
{
    [Fact]
    public async Task Starting_a_conversation_answers_201_with_a_stream_url_and_the_bot_welcomes()
    {
        await using var host = await DirectLineTestHost.StartAsync();
        var generated = await host.GenerateTokenAsync();

        using var response = await host.SendAsync(HttpMethod.Post, "/v3/directline/conversations", generated.Token);
        var started = (await response.Content.ReadFromJsonAsync<DirectLineConversationResponse>())!;
        var activities = await host.GetActivitiesAsync(started.ConversationId, started.Token);

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.Equal(generated.ConversationId, started.ConversationId);
        Assert.StartsWith($"ws://localhost/v3/directline/conversations/{started.ConversationId}/stream?watermark=-&t=", started.StreamUrl, StringComparison.Ordinal);
        Assert.Equal(["welcome"], DirectLineTestHost.Texts(activities));
        var welcome = activities["activities"]![0]!;
        Assert.Equal("bot", welcome["from"]!["role"]!.GetValue<string>());
        Assert.Equal("directline", welcome["channelId"]!.GetValue<string>());
        Assert.Equal("http://localhost/", welcome["serviceUrl"]!.GetValue<string>());
    }

    [Fact]
    public async Task Starting_a_started_conversation_again_answers_200_without_a_second_welcome()
    {
        await using var host = await DirectLineTestHost.StartAsync();
        var started = await host.StartConversationAsync();

        using var again = await host.SendAsync(HttpMethod.Post, "/v3/directline/conversations", started.Token);

        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.Equal(["welcome"], DirectLineTestHost.Texts(await host.GetActivitiesAsync(started.ConversationId, started.Token)));
    }

    [Fact]
    public async Task A_backend_may_start_a_conversation_with_the_secret_and_gets_a_token_for_it()
    {
        await using var host = await DirectLineTestHost.StartAsync();

        using var response = await host.SendAsync(HttpMethod.Post, "/v3/directline/conversations", DirectLineTestHost.Secret);
        var started = (await response.Content.ReadFromJsonAsync<DirectLineConversationResponse>())!;

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.Equal(["welcome"], DirectLineTestHost.Texts(await host.GetActivitiesAsync(started.ConversationId, started.Token)));
    }

    [Fact]
    public async Task The_users_activity_comes_back_with_id_timestamp_client_activity_id_and_user_role()
    {
        await using var host = await DirectLineTestHost.StartAsync();
        var conversation = await host.StartConversationAsync();

        using var post = await host.PostMessageAsync(conversation.ConversationId, conversation.Token, "hoi", clientActivityId: "abc-123");
        var posted = JsonNode.Parse(await post.Content.ReadAsStringAsync())!;
        var activities = (await host.GetActivitiesAsync(conversation.ConversationId, conversation.Token))["activities"]!.AsArray();

        Assert.Equal(HttpStatusCode.OK, post.StatusCode);
        var echo = activities[1]!;
        Assert.Equal(posted["id"]!.GetValue<string>(), echo["id"]!.GetValue<string>());
        Assert.StartsWith($"{conversation.ConversationId}|", echo["id"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal("2026-03-02T09:00:00Z", echo["timestamp"]!.GetValue<string>());
        Assert.Equal("abc-123", echo["channelData"]!["clientActivityID"]!.GetValue<string>());
        Assert.Equal("user", echo["from"]!["role"]!.GetValue<string>());
        Assert.Equal("hoi", echo["text"]!.GetValue<string>());
        Assert.Equal("echo nl-NL: hoi", activities[2]!["text"]!.GetValue<string>());
        Assert.Equal(echo["id"]!.GetValue<string>(), activities[2]!["replyToId"]!.GetValue<string>());
    }

    [Fact]
    public async Task The_user_id_in_the_token_wins_over_the_one_the_client_sends()
    {
        await using var host = await DirectLineTestHost.StartAsync();
        using var generate = await host.SendAsync(HttpMethod.Post, "/v3/directline/tokens/generate", DirectLineTestHost.Secret, new { user = new { id = "dl_visitor" } });
        var generated = (await generate.Content.ReadFromJsonAsync<DirectLineConversationResponse>())!;
        (await host.SendAsync(HttpMethod.Post, "/v3/directline/conversations", generated.Token)).Dispose();

        (await host.PostMessageAsync(generated.ConversationId, generated.Token, "hoi")).Dispose();
        var echo = (await host.GetActivitiesAsync(generated.ConversationId, generated.Token))["activities"]![1]!;

        Assert.Equal("dl_visitor", echo["from"]!["id"]!.GetValue<string>());
    }

    [Fact]
    public async Task Polling_with_the_watermark_resumes_after_what_was_seen()
    {
        await using var host = await DirectLineTestHost.StartAsync();
        var conversation = await host.StartConversationAsync();
        (await host.PostMessageAsync(conversation.ConversationId, conversation.Token, "een")).Dispose();
        var first = await host.GetActivitiesAsync(conversation.ConversationId, conversation.Token);

        (await host.PostMessageAsync(conversation.ConversationId, conversation.Token, "twee")).Dispose();
        var second = await host.GetActivitiesAsync(conversation.ConversationId, conversation.Token, first["watermark"]!.GetValue<string>());
        var nothingNew = await host.GetActivitiesAsync(conversation.ConversationId, conversation.Token, second["watermark"]!.GetValue<string>());

        Assert.Equal(["welcome", "een", "echo nl-NL: een"], DirectLineTestHost.Texts(first));
        Assert.Equal("3", first["watermark"]!.GetValue<string>());
        Assert.Equal(["twee", "echo nl-NL: twee"], DirectLineTestHost.Texts(second));
        Assert.Empty(nothingNew["activities"]!.AsArray());
        Assert.Equal("5", nothingNew["watermark"]!.GetValue<string>());
    }

    [Fact]
    public async Task Reconnecting_gives_a_stream_url_that_resumes_at_the_watermark()
    {
        await using var host = await DirectLineTestHost.StartAsync();
        var conversation = await host.StartConversationAsync();

        using var response = await host.SendAsync(HttpMethod.Get, $"/v3/directline/conversations/{conversation.ConversationId}?watermark=7", conversation.Token);
        var reconnected = (await response.Content.ReadFromJsonAsync<DirectLineConversationResponse>())!;

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("/stream?watermark=7&t=", reconnected.StreamUrl, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("{not json", HttpStatusCode.BadRequest)]
    [InlineData("""{"type":"invoke","name":"x"}""", HttpStatusCode.BadRequest)]
    [InlineData("""{"text":"no type"}""", HttpStatusCode.BadRequest)]
    [InlineData("", HttpStatusCode.BadRequest)]
    public async Task A_bad_activity_is_refused_with_a_reason(string body, HttpStatusCode expected)
    {
        await using var host = await DirectLineTestHost.StartAsync();
        var conversation = await host.StartConversationAsync();

        using var response = await host.SendAsync(HttpMethod.Post, $"/v3/directline/conversations/{conversation.ConversationId}/activities", conversation.Token, body.Length == 0 ? null : body);
        var error = JsonNode.Parse(await response.Content.ReadAsStringAsync())!["error"]!;

        Assert.Equal(expected, response.StatusCode);
        Assert.False(string.IsNullOrWhiteSpace(error["message"]!.GetValue<string>()));
    }

    [Fact]
    public async Task An_activity_larger_than_the_limit_is_refused_with_413()
    {
        await using var host = await DirectLineTestHost.StartAsync(new() { ["DirectLine:MaxActivityBytes"] = "2048" });
        var conversation = await host.StartConversationAsync();

        using var response = await host.PostMessageAsync(conversation.ConversationId, conversation.Token, new string('a', 3000));

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
    }

    [Fact]
    public async Task A_malformed_watermark_is_refused()
    {
        await using var host = await DirectLineTestHost.StartAsync();
        var conversation = await host.StartConversationAsync();

        using var response = await host.SendAsync(HttpMethod.Get, $"/v3/directline/conversations/{conversation.ConversationId}/activities?watermark=-5", conversation.Token);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task The_preflight_allows_the_headers_web_chat_sends()
    {
        await using var host = await DirectLineTestHost.StartAsync();
        using var request = new HttpRequestMessage(HttpMethod.Options, "/v3/directline/conversations/abc/activities");
        request.Headers.Add("Origin", "https://gemeente.example");
        request.Headers.Add("Access-Control-Request-Method", "POST");
        request.Headers.Add("Access-Control-Request-Headers", "authorization,content-type,x-ms-bot-agent");

        using var response = await host.Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        Assert.Equal("*", response.Headers.GetValues("Access-Control-Allow-Origin").Single());
        var allowed = response.Headers.GetValues("Access-Control-Allow-Headers").Single();
        Assert.Contains("Authorization", allowed, StringComparison.Ordinal);
        Assert.Contains("Content-Type", allowed, StringComparison.Ordinal);
        Assert.Contains("x-ms-bot-agent", allowed, StringComparison.Ordinal);
        Assert.False(response.Headers.Contains("Access-Control-Allow-Credentials"));
    }

    [Fact]
    public async Task Only_configured_origins_get_cors_headers_when_origins_are_configured()
    {
        await using var host = await DirectLineTestHost.StartAsync(new() { ["DirectLine:AllowedOrigins:0"] = "https://moviera.example" });
        var conversation = await host.StartConversationAsync();

        async Task<string?> AllowedOriginFor(string origin)
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, $"/v3/directline/conversations/{conversation.ConversationId}/activities");
            request.Headers.Authorization = new("Bearer", conversation.Token);
            request.Headers.Add("Origin", origin);
            using var response = await host.Client.SendAsync(request);
            return response.Headers.TryGetValues("Access-Control-Allow-Origin", out var values) ? values.Single() : null;
        }

        Assert.Equal("https://moviera.example", await AllowedOriginFor("https://moviera.example"));
        Assert.Null(await AllowedOriginFor("https://elsewhere.example"));
    }
}
