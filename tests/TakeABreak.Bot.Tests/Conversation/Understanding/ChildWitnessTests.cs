namespace TakeABreak.Bot.Tests.Conversation.Understanding;

/// <summary>
/// What a 15-year-old typed in the lead's tries of the eleventh session: "ik denk dat mijn vader mijn moeder pijn doet"
/// (a verb at the end of a Dutch clause) and "my dad is hurting my mum" left whom it is about open, and "het gaat al
/// sinds vorige zomer" was not understood, three misses in a row. And a friend's "ze moet steeds laten zien met wie ze
/// appt" was not read as a partner who checks the phone.
/// </summary>
public sealed class ChildWitnessTests(ConversationHostFixture fixture) : IClassFixture<ConversationHostFixture>
{
    [Theory]
    [InlineData("nl-NL", "ik denk dat mijn vader mijn moeder pijn doet, ik hoor het 's nachts")]
    [InlineData("nl-NL", "ik weet niet of papa mama aanvalt maar ik hoor haar huilen")]
    [InlineData("nl-NL", "gisteren sloeg mijn stiefvader mijn moeder")]
    [InlineData("en-US", "i think my dad is hurting my mum, i hear it at night")]
    [InlineData("en-US", "yesterday my stepdad hit my mom")]
    public async Task A_child_telling_that_one_parent_hurts_the_other_in_other_verb_forms_is_about_partners(string locale, string story)
    {
        var conversation = new TypedConversation(fixture.Host.Services, locale);
        await conversation.StartAsync();

        await conversation.SayAsync(story);

        Assert.Equal(["partner"], conversation.State.Values["about"]);
    }

    [Fact]
    public async Task Hurting_told_with_the_verb_at_the_end_is_a_sign_of_violence()
    {
        var conversation = new TypedConversation(fixture.Host.Services, "nl-NL");
        await conversation.StartAsync();

        await conversation.SayAsync("ik denk dat mijn vader mijn moeder pijn doet");

        Assert.Contains("physical_violence", conversation.State.Values["signals"]);
    }

    [Theory]
    [InlineData("nl-NL", "het gaat al sinds vorige zomer")]
    [InlineData("en-US", "it's been going on since last summer")]
    public async Task Since_last_summer_says_it_has_gone_on_for_a_while(string locale, string message)
    {
        var conversation = new TypedConversation(fixture.Host.Services, locale);
        await conversation.StartAsync();
        await conversation.SayAsync(locale == "nl-NL" ? "mijn vader slaat mijn moeder" : "my dad hits my mum");

        var replies = await conversation.SayAsync(message);

        Assert.DoesNotContain(replies, reply => reply.Text.StartsWith("Dat begrijp ik niet", StringComparison.Ordinal)
            || reply.Text.StartsWith("I do not quite understand", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("nl-NL", "ze moet steeds laten zien met wie ze appt")]
    [InlineData("en-US", "he always wants to know who she texts")]
    public async Task Having_to_show_whom_she_texts_is_a_partner_checking_the_phone(string locale, string message)
    {
        var conversation = new TypedConversation(fixture.Host.Services, locale);
        await conversation.StartAsync();
        await conversation.SayAsync(locale == "nl-NL"
            ? "mijn beste vriendin mag van haar vriend niet meer met mij afspreken"
            : "my best friend's boyfriend won't let her see me any more");

        await conversation.SayAsync(message);

        Assert.Contains("controls_phone", conversation.State.Values["signals"]);
    }
}
