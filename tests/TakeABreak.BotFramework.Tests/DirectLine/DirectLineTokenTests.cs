using System.Net;
using System.Net.Http.Json;
using TakeABreak.BotFramework.DirectLine;

namespace TakeABreak.BotFramework.Tests.DirectLine;

public sealed class DirectLineTokenTests
{
    [Fact]
    public async Task Generating_a_token_needs_the_secret()
    {
        await using var host = await DirectLineTestHost.StartAsync();

        using var anonymous = await host.SendAsync(HttpMethod.Post, "/v3/directline/tokens/generate", token: null);
        using var wrong = await host.SendAsync(HttpMethod.Post, "/v3/directline/tokens/generate", "not-the-secret");
        var generated = await host.GenerateTokenAsync();

        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, wrong.StatusCode);
        Assert.False(string.IsNullOrEmpty(generated.ConversationId));
        Assert.Equal(3, generated.Token.Split('.').Length);
        Assert.Equal(3600, generated.ExpiresIn);
    }

    [Fact]
    public async Task A_token_cannot_generate_tokens()
    {
        await using var host = await DirectLineTestHost.StartAsync();
        var generated = await host.GenerateTokenAsync();

        using var response = await host.SendAsync(HttpMethod.Post, "/v3/directline/tokens/generate", generated.Token);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task A_user_id_given_to_generate_must_start_with_dl()
    {
        await using var host = await DirectLineTestHost.StartAsync();

        using var bad = await host.SendAsync(HttpMethod.Post, "/v3/directline/tokens/generate", DirectLineTestHost.Secret, new { user = new { id = "mallory" } });
        using var good = await host.SendAsync(HttpMethod.Post, "/v3/directline/tokens/generate", DirectLineTestHost.Secret, new { user = new { id = "dl_visitor-1" } });

        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.Contains("dl_", await bad.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, good.StatusCode);
    }

    [Fact]
    public async Task A_token_expires_after_its_lifetime_and_is_then_refused_with_403()
    {
        await using var host = await DirectLineTestHost.StartAsync(new() { ["DirectLine:UnusedConversationTimeout"] = "01:00:00" });
        var conversation = await host.StartConversationAsync();

        host.Time.Advance(TimeSpan.FromMinutes(59));
        using var before = await host.SendAsync(HttpMethod.Get, $"/v3/directline/conversations/{conversation.ConversationId}/activities", conversation.Token);
        host.Time.Advance(TimeSpan.FromMinutes(2));
        using var after = await host.SendAsync(HttpMethod.Get, $"/v3/directline/conversations/{conversation.ConversationId}/activities", conversation.Token);

        Assert.Equal(HttpStatusCode.OK, before.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, after.StatusCode);
    }

    [Fact]
    public async Task Refreshing_before_expiry_gives_a_token_for_the_same_conversation_that_outlives_the_old_one()
    {
        await using var host = await DirectLineTestHost.StartAsync(new() { ["DirectLine:UnusedConversationTimeout"] = "01:00:00" });
        var conversation = await host.StartConversationAsync();
        host.Time.Advance(TimeSpan.FromMinutes(15));

        using var refresh = await host.SendAsync(HttpMethod.Post, "/v3/directline/tokens/refresh", conversation.Token);
        var refreshed = (await refresh.Content.ReadFromJsonAsync<DirectLineConversationResponse>())!;
        host.Time.Advance(TimeSpan.FromMinutes(50));
        using var withOld = await host.SendAsync(HttpMethod.Get, $"/v3/directline/conversations/{conversation.ConversationId}/activities", conversation.Token);
        using var withNew = await host.SendAsync(HttpMethod.Get, $"/v3/directline/conversations/{conversation.ConversationId}/activities", refreshed.Token);

        Assert.Equal(conversation.ConversationId, refreshed.ConversationId);
        Assert.Equal(HttpStatusCode.Forbidden, withOld.StatusCode);
        Assert.Equal(HttpStatusCode.OK, withNew.StatusCode);
    }

    [Fact]
    public async Task An_expired_token_cannot_be_refreshed()
    {
        await using var host = await DirectLineTestHost.StartAsync();
        var conversation = await host.StartConversationAsync();
        host.Time.Advance(TimeSpan.FromMinutes(61));

        using var refresh = await host.SendAsync(HttpMethod.Post, "/v3/directline/tokens/refresh", conversation.Token);

        Assert.Equal(HttpStatusCode.Forbidden, refresh.StatusCode);
    }

    [Fact]
    public async Task A_token_with_a_changed_payload_is_refused()
    {
        await using var host = await DirectLineTestHost.StartAsync();
        var mine = await host.StartConversationAsync();
        var theirs = await host.StartConversationAsync();
        var parts = mine.Token.Split('.');
        var forgedPayload = theirs.Token.Split('.')[1];

        using var response = await host.SendAsync(HttpMethod.Get, $"/v3/directline/conversations/{theirs.ConversationId}/activities", $"{parts[0]}.{forgedPayload}.{parts[2]}");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task A_token_cannot_read_or_post_to_another_conversation()
    {
        await using var host = await DirectLineTestHost.StartAsync();
        var mine = await host.StartConversationAsync();
        var theirs = await host.StartConversationAsync();

        using var read = await host.SendAsync(HttpMethod.Get, $"/v3/directline/conversations/{theirs.ConversationId}/activities", mine.Token);
        using var post = await host.PostMessageAsync(theirs.ConversationId, mine.Token, "hello");
        using var reconnect = await host.SendAsync(HttpMethod.Get, $"/v3/directline/conversations/{theirs.ConversationId}", mine.Token);

        Assert.Equal(HttpStatusCode.Forbidden, read.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, post.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, reconnect.StatusCode);
        Assert.Equal(["welcome"], DirectLineTestHost.Texts(await host.GetActivitiesAsync(theirs.ConversationId, theirs.Token)));
    }

    [Fact]
    public async Task A_conversation_forgotten_after_its_idle_time_answers_404()
    {
        await using var host = await DirectLineTestHost.StartAsync(new() { ["DirectLine:TokenLifetime"] = "03:00:00", ["DirectLine:ConversationIdleTimeout"] = "01:00:00" });
        var conversation = await host.StartConversationAsync();

        host.Time.Advance(TimeSpan.FromMinutes(61));
        using var response = await host.SendAsync(HttpMethod.Get, $"/v3/directline/conversations/{conversation.ConversationId}/activities", conversation.Token);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}
