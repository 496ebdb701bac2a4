namespace TakeABreak.Bot.Tests.Conversation.Understanding;

/// <summary>
/// Played in session 25: a neighbour's "she is in her 70s and her son lives with her, i heard him shouting at her" was read as
/// a partner as well as an older person ("him shouting at her" is a partner phrase). A grown son or daughter who lives with
/// someone is who shouts, not a partner.
/// </summary>
public sealed class GrownSonAtHomeTests(ConversationHostFixture fixture) : IClassFixture<ConversationHostFixture>
{
    [Theory]
    [InlineData("en-GB", "i am a neighbour", "she is in her 70s and her son lives with her, i heard him shouting at her")]
    [InlineData("en-GB", "i am a neighbour", "the lady next door is 81, her son still lives with her and he yells at her")]
    public async Task A_grown_son_who_lives_with_an_older_woman_is_no_partner(string locale, string role, string story)
    {
        var conversation = new TypedConversation(fixture.Host.Services, locale);
        await conversation.StartAsync();
        await conversation.SayAsync(role);

        await conversation.SayAsync(story);

        var about = conversation.State.Values.GetValueOrDefault("about") ?? [];
        Assert.Contains("older_person", about);
        Assert.DoesNotContain("partner", about);
    }

    [Fact]
    public async Task Her_husband_who_shouts_at_her_is_still_a_partner()
    {
        var conversation = new TypedConversation(fixture.Host.Services, "en-GB");
        await conversation.StartAsync();
        await conversation.SayAsync("i am a neighbour");

        await conversation.SayAsync("i hear her husband shouting at her every night");

        Assert.Contains("partner", conversation.State.Values.GetValueOrDefault("about") ?? []);
    }
}
