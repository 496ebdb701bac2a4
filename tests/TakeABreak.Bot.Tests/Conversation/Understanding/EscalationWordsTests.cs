namespace TakeABreak.Bot.Tests.Conversation.Understanding;

/// <summary>
/// In the lead's tries of the ninth session a woman wrote "mijn man wordt steeds bozer als hij gedronken heeft": the bot
/// understood "het gebeurt vaak" ("steeds" is often, but "steeds bozer" is getting worse). "Hij heeft een stoel naar me
/// gegooid" was only "dingen die breken", not violence against her.
/// </summary>
public sealed class EscalationWordsTests(ConversationHostFixture fixture) : IClassFixture<ConversationHostFixture>
{
    [Theory]
    [InlineData("nl-NL", "mijn man wordt steeds bozer als hij gedronken heeft")]
    [InlineData("en-US", "my husband gets angrier and angrier when he drinks")]
    public async Task Growing_anger_is_getting_worse_not_how_often(string locale, string story)
    {
        var conversation = new TypedConversation(fixture.Host.Services, locale);
        await conversation.StartAsync();
        await conversation.SayAsync(locale == "nl-NL" ? "het gaat over mijzelf" : "it is about myself");

        await conversation.SayAsync(story);

        Assert.False(conversation.State.Values.ContainsKey("frequency"));
        Assert.Contains("trend_worse", conversation.State.Values.GetValueOrDefault("serious_factors") ?? []);
    }

    [Theory]
    [InlineData("nl-NL", "hij slaat haar steeds")]
    [InlineData("en-US", "he hits her all the time")]
    public async Task Steeds_alone_is_still_often(string locale, string story)
    {
        var conversation = new TypedConversation(fixture.Host.Services, locale);
        await conversation.StartAsync();
        await conversation.SayAsync(locale == "nl-NL" ? "ik ben de buurvrouw" : "i'm the neighbour");

        await conversation.SayAsync(story);

        Assert.Equal(["frequency_often"], conversation.State.Values["frequency"]);
    }

    [Theory]
    [InlineData("nl-NL", "hij heeft een keer een stoel naar me gegooid")]
    [InlineData("en-US", "he once threw a chair at me")]
    public async Task Something_thrown_at_someone_is_violence(string locale, string story)
    {
        var conversation = new TypedConversation(fixture.Host.Services, locale);
        await conversation.StartAsync();
        await conversation.SayAsync(locale == "nl-NL" ? "het gaat over mijzelf, mijn man" : "it is about myself, my husband");

        await conversation.SayAsync(story);

        Assert.Contains("physical_violence", conversation.State.Values.GetValueOrDefault("signals") ?? []);
    }
}
