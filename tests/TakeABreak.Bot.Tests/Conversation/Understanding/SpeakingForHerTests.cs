namespace TakeABreak.Bot.Tests.Conversation.Understanding;

/// <summary>
/// In the lead's typed conversations of the thirteenth session a GP wrote "her husband always comes along and answers for
/// her": the bot read "always" as how often it happens and saw no sign. A partner who always comes along and speaks for
/// her is a sign of control.
/// </summary>
public sealed class SpeakingForHerTests(ConversationHostFixture fixture) : IClassFixture<ConversationHostFixture>
{
    [Theory]
    [InlineData("en-US", "i am a gp", "her husband always comes along and answers for her")]
    [InlineData("en-US", "i am a nurse", "her partner always comes with her and does the talking")]
    [InlineData("nl-NL", "ik ben huisarts", "haar man komt altijd mee en antwoordt voor haar")]
    [InlineData("nl-NL", "ik ben wijkverpleegkundige", "haar partner gaat altijd mee en praat voor haar")]
    public async Task A_partner_who_always_comes_along_and_speaks_for_her_is_a_sign_of_control_not_how_often(string locale, string role, string story)
    {
        var conversation = new TypedConversation(fixture.Host.Services, locale);
        await conversation.StartAsync();
        await conversation.SayAsync(role);

        await conversation.SayAsync(story);

        Assert.Equal(["partner"], conversation.State.Values["about"]);
        Assert.Contains("controls_contacts", conversation.State.Values.GetValueOrDefault("signals") ?? []);
        Assert.False(conversation.State.Values.ContainsKey("frequency"));
    }
}
