namespace TakeABreak.Bot.Tests.Conversation.Understanding;

/// <summary>
/// In the lead's typed conversations of the thirteenth session a woman wrote "ik ben bang dat hij iets met de baby doet": the
/// bot only read that she is afraid. A fear for the baby says there is a child in the home who is at risk: it counts
/// among the serious things (children who see or hear it), without making it acute.
/// </summary>
public sealed class ChildAtRiskWorryTests(ConversationHostFixture fixture) : IClassFixture<ConversationHostFixture>
{
    [Theory]
    [InlineData("nl-NL", "ik ben bang dat hij iets met de baby doet")]
    [InlineData("nl-NL", "ik maak me zorgen om de kinderen, straks doet hij ze ook iets")]
    [InlineData("nl-NL", "ik ben bang dat hij de kinderen iets aandoet")]
    [InlineData("en-US", "i'm scared he will do something to the baby")]
    [InlineData("en-US", "i am afraid for the kids")]
    public async Task A_fear_for_the_baby_is_a_child_at_risk(string locale, string story)
    {
        var conversation = new TypedConversation(fixture.Host.Services, locale);
        await conversation.StartAsync();
        await conversation.SayAsync(locale == "nl-NL" ? "het gaat over mijzelf" : "it is about myself");
        await conversation.SayAsync(locale == "nl-NL" ? "mijn partner" : "my partner");

        await conversation.SayAsync(story);

        Assert.Contains("children_present", conversation.State.Values.GetValueOrDefault("serious_factors") ?? []);
        Assert.NotEqual(["acute"], conversation.State.Values.GetValueOrDefault("urgency") ?? []);
    }
}
