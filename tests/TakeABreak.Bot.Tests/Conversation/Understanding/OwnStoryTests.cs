namespace TakeABreak.Bot.Tests.Conversation.Understanding;

/// <summary>
/// A woman telling about her husband, typed in the lead's tries of the eighth session: not being allowed to see friends
/// any more, and "hij heeft gezegd dat hij me iets aandoet als ik wegga", were each half understood.
/// </summary>
public sealed class OwnStoryTests(ConversationHostFixture fixture) : IClassFixture<ConversationHostFixture>
{
    [Theory]
    [InlineData("nl-NL", "het gaat over mij", "mijn man", "hij scheldt me uit en ik mag niet meer met vriendinnen afspreken")]
    [InlineData("en-US", "it's about me", "my husband", "he calls me names and i'm not allowed to see my friends anymore")]
    public async Task Not_being_allowed_to_see_friends_is_control_of_contacts(string locale, string self, string who, string story)
    {
        var conversation = new TypedConversation(fixture.Host.Services, locale);
        await conversation.StartAsync();
        await conversation.SayAsync(self);
        await conversation.SayAsync(who);

        await conversation.SayAsync(story);

        Assert.Contains("controls_contacts", conversation.State.Values["signals"]);
    }

    [Theory]
    [InlineData("nl-NL", "het gaat over mij", "mijn man", "hij heeft gezegd dat hij me iets aandoet als ik wegga")]
    [InlineData("en-US", "it's about me", "my husband", "he said he'll hurt me if i leave him")]
    public async Task A_threat_to_harm_if_she_leaves_is_a_threat_and_a_separation(string locale, string self, string who, string threat)
    {
        var conversation = new TypedConversation(fixture.Host.Services, locale);
        await conversation.StartAsync();
        await conversation.SayAsync(self);
        await conversation.SayAsync(who);

        await conversation.SayAsync(threat);

        Assert.Contains("threats_other", conversation.State.Values["serious_factors"]);
        Assert.Contains("separation_recent_or_planned", conversation.State.Values["serious_factors"]);
    }
}
