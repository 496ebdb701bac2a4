using System.Net;

namespace TakeABreak.BotFramework.Tests.DirectLine;

public sealed class DirectLineRateLimitTests
{
    [Fact]
    public async Task Requests_beyond_the_per_token_limit_get_429_until_the_minute_is_over()
    {
        await using var host = await DirectLineTestHost.StartAsync(new() { ["DirectLine:RequestsPerMinutePerToken"] = "3" });
        var conversation = await host.StartConversationAsync();
        var path = $"/v3/directline/conversations/{conversation.ConversationId}/activities";

        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 3; i++)
        {
            using var response = await host.SendAsync(HttpMethod.Get, path, conversation.Token);
            statuses.Add(response.StatusCode);
        }

        host.Time.Advance(TimeSpan.FromMinutes(1));
        using var nextMinute = await host.SendAsync(HttpMethod.Get, path, conversation.Token);

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests], statuses);
        Assert.Equal(HttpStatusCode.OK, nextMinute.StatusCode);
    }

    [Fact]
    public async Task A_429_says_when_to_retry()
    {
        await using var host = await DirectLineTestHost.StartAsync(new() { ["DirectLine:RequestsPerMinutePerToken"] = "1" });
        var conversation = await host.StartConversationAsync();
        var path = $"/v3/directline/conversations/{conversation.ConversationId}/activities";
        host.Time.Advance(TimeSpan.FromSeconds(20));

        // opening the conversation used the token's one request of this minute
        using var refused = await host.SendAsync(HttpMethod.Get, path, conversation.Token);

        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.Equal(TimeSpan.FromSeconds(40), refused.Headers.RetryAfter?.Delta);
    }

    [Fact]
    public async Task One_token_hitting_its_limit_does_not_slow_down_another_token()
    {
        await using var host = await DirectLineTestHost.StartAsync(new() { ["DirectLine:RequestsPerMinutePerToken"] = "2" });
        var busy = await host.StartConversationAsync();
        var calm = await host.StartConversationAsync();
        for (var i = 0; i < 3; i++)
        {
            (await host.SendAsync(HttpMethod.Get, $"/v3/directline/conversations/{busy.ConversationId}/activities", busy.Token)).Dispose();
        }

        using var response = await host.SendAsync(HttpMethod.Get, $"/v3/directline/conversations/{calm.ConversationId}/activities", calm.Token);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Requests_beyond_the_per_address_limit_get_429_whatever_the_credential()
    {
        await using var host = await DirectLineTestHost.StartAsync(new() { ["DirectLine:RequestsPerMinutePerAddress"] = "4" });
        var conversation = await host.StartConversationAsync();

        using var third = await host.SendAsync(HttpMethod.Get, $"/v3/directline/conversations/{conversation.ConversationId}/activities", conversation.Token);
        using var fourth = await host.SendAsync(HttpMethod.Post, "/v3/directline/tokens/generate", DirectLineTestHost.Secret);
        using var fifth = await host.SendAsync(HttpMethod.Post, "/v3/directline/tokens/generate", DirectLineTestHost.Secret);

        Assert.Equal(HttpStatusCode.OK, third.StatusCode);
        Assert.Equal(HttpStatusCode.OK, fourth.StatusCode);
        Assert.Equal(HttpStatusCode.TooManyRequests, fifth.StatusCode);
    }
}
