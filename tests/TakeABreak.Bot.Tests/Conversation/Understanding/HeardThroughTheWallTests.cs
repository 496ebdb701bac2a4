namespace TakeABreak.Bot.Tests.Conversation.Understanding;

/// <summary>
/// In the lead's typed conversations of the thirteenth session a neighbour wrote "gisteren hoorde ik haar huilen en zeggen dat
/// hij moest ophouden": the bot did not understand it. Hearing a woman cry and beg him to stop is what you hear and someone
/// calling for help.
/// </summary>
public sealed class HeardThroughTheWallTests(ConversationHostFixture fixture) : IClassFixture<ConversationHostFixture>
{
    [Theory]
    [InlineData("nl-NL", "gisteren hoorde ik haar huilen en zeggen dat hij moest ophouden")]
    [InlineData("nl-NL", "ik hoorde haar smeken dat hij moest stoppen")]
    [InlineData("nl-NL", "ze riep hou op, laat me los")]
    [InlineData("en-US", "last night i heard her crying and begging him to stop")]
    [InlineData("en-US", "i heard her shouting let me go")]
    public async Task A_woman_heard_begging_him_to_stop_is_someone_calling_for_help(string locale, string story)
    {
        var conversation = new TypedConversation(fixture.Host.Services, locale);
        await conversation.StartAsync();
        await conversation.SayAsync(locale == "nl-NL" ? "ik ben de buurvrouw" : "i am a neighbour");
        await conversation.SayAsync(locale == "nl-NL" ? "een vrouw en haar man" : "a couple");

        await conversation.SayAsync(story);

        Assert.Contains("calling_for_help", conversation.State.Values.GetValueOrDefault("signals") ?? []);
    }

    [Theory]
    [InlineData("nl-NL", "ik hoor haar vaak hard huilen")]
    [InlineData("en-US", "i often hear her crying")]
    public async Task A_woman_heard_crying_is_what_you_hear(string locale, string story)
    {
        var conversation = new TypedConversation(fixture.Host.Services, locale);
        await conversation.StartAsync();
        await conversation.SayAsync(locale == "nl-NL" ? "ik ben de buurvrouw" : "i am a neighbour");
        await conversation.SayAsync(locale == "nl-NL" ? "een vrouw en haar man" : "a couple");

        await conversation.SayAsync(story);

        Assert.Contains("shouting_or_screaming", conversation.State.Values.GetValueOrDefault("signals") ?? []);
        Assert.DoesNotContain("children_crying", conversation.State.Values.GetValueOrDefault("signals") ?? []);
    }
}
