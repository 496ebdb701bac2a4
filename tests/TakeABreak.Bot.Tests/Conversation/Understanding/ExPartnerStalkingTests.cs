namespace TakeABreak.Bot.Tests.Conversation.Understanding;

/// <summary>
/// In the lead's tries of the ninth session a woman wrote "my ex keeps showing up at my work and texting me 50 times a day":
/// the bot took her for a colleague ("at my work") and gave her the advice for someone worried about another person.
/// "He said if he can't have me no one can", the threat that comes before many killings of women, was not understood,
/// and "i have a 4 year old son with him" was not read either.
/// </summary>
public sealed class ExPartnerStalkingTests(ConversationHostFixture fixture) : IClassFixture<ConversationHostFixture>
{
    [Theory]
    [InlineData("en-US", "my ex keeps showing up at my work and texting me 50 times a day")]
    [InlineData("nl-NL", "mijn ex staat steeds bij mijn werk en appt me 50 keer per dag")]
    public async Task An_ex_who_follows_and_texts_her_is_about_herself(string locale, string story)
    {
        var conversation = new TypedConversation(fixture.Host.Services, locale);
        await conversation.StartAsync();

        await conversation.SayAsync(story);

        Assert.Equal(["self"], conversation.State.Values["role"]);
        Assert.Equal(["partner"], conversation.State.Values["about"]);
    }

    [Theory]
    [InlineData("en-US", "he said if he can't have me no one can")]
    [InlineData("nl-NL", "hij zei: als hij me niet kan hebben, mag niemand anders me hebben")]
    public async Task If_he_cannot_have_her_no_one_can_is_a_threat_to_kill(string locale, string threat)
    {
        var conversation = new TypedConversation(fixture.Host.Services, locale);
        await conversation.StartAsync();
        await conversation.SayAsync(locale == "nl-NL" ? "het gaat over mijzelf, mijn ex" : "it is about myself, my ex");

        await conversation.SayAsync(threat);

        Assert.Contains("threats_to_kill", conversation.State.Values.GetValueOrDefault("serious_factors") ?? []);
    }

    [Theory]
    [InlineData("en-US", "i have a 4 year old son with him")]
    [InlineData("nl-NL", "we hebben samen een zoon van 4")]
    public async Task A_child_she_has_with_him_is_a_child_who_sees_or_hears_it(string locale, string story)
    {
        var conversation = new TypedConversation(fixture.Host.Services, locale);
        await conversation.StartAsync();
        await conversation.SayAsync(locale == "nl-NL" ? "het gaat over mijzelf, mijn ex" : "it is about myself, my ex");

        await conversation.SayAsync(story);

        Assert.Contains("children_present", conversation.State.Values.GetValueOrDefault("serious_factors") ?? []);
    }
}
