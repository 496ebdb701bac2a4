using System.Net;

namespace TakeABreak.BotFramework.Tests.DirectLine;

/// <summary>
/// Conversation slots cannot be used up: a token takes none, an opened conversation nobody writes in expires within
/// minutes, and when all are taken the address holding the most gives one up to a newcomer.
/// </summary>
public sealed class DirectLineConversationSlotTests
{
    [Fact]
    public async Task Tokens_take_no_slot_until_their_conversation_is_opened()
    {
        await using var host = await DirectLineTestHost.StartAsync(new() { ["DirectLine:MaxConversations"] = "2" });
        var tokens = new List<string>();
        for (var i = 0; i < 20; i++)
        {
            tokens.Add((await host.GenerateTokenAsync()).Token);
        }

        using var first = await host.SendAsync(HttpMethod.Post, "/v3/directline/conversations", tokens[0]);
        using var second = await host.SendAsync(HttpMethod.Post, "/v3/directline/conversations", tokens[19]);

        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        Assert.Equal(HttpStatusCode.Created, second.StatusCode);
    }

    [Fact]
    public async Task An_opened_conversation_nobody_writes_in_expires_within_minutes_one_in_use_does_not()
    {
        await using var host = await DirectLineTestHost.StartAsync();
        var unused = await host.StartConversationAsync();
        var used = await host.StartConversationAsync();
        using (var posted = await host.PostMessageAsync(used.ConversationId, used.Token, "hallo"))
        {
            Assert.Equal(HttpStatusCode.OK, posted.StatusCode);
        }

        host.Time.Advance(TimeSpan.FromMinutes(6));
        using var unusedRead = await host.SendAsync(HttpMethod.Get, $"/v3/directline/conversations/{unused.ConversationId}/activities", unused.Token);
        using var usedRead = await host.SendAsync(HttpMethod.Get, $"/v3/directline/conversations/{used.ConversationId}/activities", used.Token);

        Assert.Equal(HttpStatusCode.NotFound, unusedRead.StatusCode);
        Assert.Equal(HttpStatusCode.OK, usedRead.StatusCode);
    }

    [Fact]
    public async Task When_all_slots_are_taken_the_address_holding_most_gives_one_up_to_a_newcomer()
    {
        await using var host = await DirectLineTestHost.StartAsync(new()
        {
            ["DirectLine:MaxConversations"] = "5",
            ["DirectLine:ConversationOpensPerMinutePerAddress"] = "100",
        });
        var flood = new List<string>();
        for (var i = 0; i < 5; i++)
        {
            var token = (await host.GenerateTokenAsync()).Token;
            Assert.Equal(HttpStatusCode.Created, await host.SendFromAsync("127.0.0.9", HttpMethod.Post, "/v3/directline/conversations", token));
            flood.Add(token);
        }

        var newcomer = (await host.GenerateTokenAsync()).Token;
        var opened = await host.SendFromAsync("127.0.0.20", HttpMethod.Post, "/v3/directline/conversations", newcomer);
        var secondFromNewcomer = await host.SendFromAsync("127.0.0.20", HttpMethod.Post, "/v3/directline/conversations", (await host.GenerateTokenAsync()).Token);

        Assert.Equal(HttpStatusCode.Created, opened);
        Assert.Equal(HttpStatusCode.Created, secondFromNewcomer);
    }

    [Fact]
    public async Task When_every_address_holds_its_fair_share_a_newcomer_gets_503_with_Retry_After()
    {
        await using var host = await DirectLineTestHost.StartAsync(new() { ["DirectLine:MaxConversations"] = "2" });
        Assert.Equal(HttpStatusCode.Created, await host.SendFromAsync("127.0.0.2", HttpMethod.Post, "/v3/directline/conversations", (await host.GenerateTokenAsync()).Token));
        Assert.Equal(HttpStatusCode.Created, await host.SendFromAsync("127.0.0.3", HttpMethod.Post, "/v3/directline/conversations", (await host.GenerateTokenAsync()).Token));

        using var refused = await host.SendAsync(HttpMethod.Post, "/v3/directline/conversations", (await host.GenerateTokenAsync()).Token);

        Assert.Equal(HttpStatusCode.ServiceUnavailable, refused.StatusCode);
        Assert.NotNull(refused.Headers.RetryAfter);
    }

    [Fact]
    public async Task Opening_conversations_is_limited_per_address_with_Retry_After()
    {
        await using var host = await DirectLineTestHost.StartAsync(new() { ["DirectLine:ConversationOpensPerMinutePerAddress"] = "2" });
        for (var i = 0; i < 2; i++)
        {
            using var opened = await host.SendAsync(HttpMethod.Post, "/v3/directline/conversations", (await host.GenerateTokenAsync()).Token);
            Assert.Equal(HttpStatusCode.Created, opened.StatusCode);
        }

        using var third = await host.SendAsync(HttpMethod.Post, "/v3/directline/conversations", (await host.GenerateTokenAsync()).Token);

        Assert.Equal(HttpStatusCode.TooManyRequests, third.StatusCode);
        Assert.NotNull(third.Headers.RetryAfter);
    }
}
