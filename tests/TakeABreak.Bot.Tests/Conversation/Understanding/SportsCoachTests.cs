namespace TakeABreak.Bot.Tests.Conversation.Understanding;

/// <summary>
/// In the lead's tries of the ninth session a football coach was asked "What fits you best?" four times: "coach" and
/// "trainer" were no role, and "he grabbed him by the neck" was no sign.
/// </summary>
public sealed class SportsCoachTests(ConversationHostFixture fixture) : IClassFixture<ConversationHostFixture>
{
    [Theory]
    [InlineData("en-US", "hi, I'm a football coach for kids")]
    [InlineData("nl-NL", "ik ben jeugdtrainer bij de voetbalclub")]
    public async Task A_sports_coach_is_on_the_volunteer_path(string locale, string message)
    {
        var conversation = new TypedConversation(fixture.Host.Services, locale);
        await conversation.StartAsync();

        await conversation.SayAsync(message);

        Assert.Equal(["volunteer"], conversation.State.Values["role"]);
    }

    [Theory]
    [InlineData("en-US", "i'm a volunteer, a boy of 11 on my team flinches when his dad is near, his dad grabbed him by the neck after a game")]
    [InlineData("nl-NL", "ik ben vrijwilliger, een jongen van 11 uit mijn team is bang voor zijn vader, die heeft hem na de wedstrijd bij zijn nek gegrepen")]
    public async Task Grabbing_a_child_by_the_neck_is_violence(string locale, string story)
    {
        var conversation = new TypedConversation(fixture.Host.Services, locale);
        await conversation.StartAsync();

        await conversation.SayAsync(story);

        Assert.Contains("physical_violence", conversation.State.Values.GetValueOrDefault("signals") ?? []);
    }
}
