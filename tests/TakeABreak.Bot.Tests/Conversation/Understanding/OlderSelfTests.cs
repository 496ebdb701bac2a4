namespace TakeABreak.Bot.Tests.Conversation.Understanding;

/// <summary>
/// What a woman of 79 typed in the lead's tries of the twelfth session, about a grandson who lives with her and takes her
/// money: "goedemiddag, ik weet niet goed hoe dit werkt" got "Dat begrijp ik niet goed" (the "niet" in "weet niet" undid
/// the help phrase), "hij heeft gezegd dat ik in een tehuis moet als ik moeilijk doe" was no threat, and her advice ended with
/// "Ben je jonger dan 18? Bel De Kindertelefoon".
/// </summary>
public sealed class OlderSelfTests(ConversationHostFixture fixture) : IClassFixture<ConversationHostFixture>
{
    [Theory]
    [InlineData("nl-NL", "goedemiddag, ik weet niet goed hoe dit werkt", "Ik stel je steeds één vraag.")]
    [InlineData("nl-NL", "hallo ik snap niet hoe dit werkt", "Ik stel je steeds één vraag.")]
    [InlineData("nl-NL", "hoe werkt het?", "Ik stel je steeds één vraag.")]
    [InlineData("en-US", "hello, i'm not sure how this works", "I ask you one question at a time.")]
    [InlineData("en-US", "i don't know how this works", "I ask you one question at a time.")]
    public async Task Not_knowing_how_this_works_gets_the_help(string locale, string typed, string help)
    {
        var conversation = new TypedConversation(fixture.Host.Services, locale);
        await conversation.StartAsync();

        var replies = await conversation.SayAsync(typed);

        Assert.Contains(replies, reply => reply.Text.StartsWith(help, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("nl-NL", "hij heeft een keer gezegd dat ik in een tehuis moet als ik moeilijk doe")]
    [InlineData("nl-NL", "hij zegt dat ik het ga merken als ik iets tegen mijn dochter zeg")]
    [InlineData("nl-NL", "als ik nee zeg, zegt hij dat ik het zal voelen")]
    [InlineData("en-US", "he once said he'd put me in a home if i make trouble")]
    [InlineData("en-US", "he says i'll be sorry if i tell my daughter")]
    public async Task A_threat_with_a_condition_is_another_threat(string locale, string typed)
    {
        var conversation = new TypedConversation(fixture.Host.Services, locale);
        await conversation.StartAsync();
        await conversation.SayAsync(locale == "nl-NL" ? "het gaat over mijzelf" : "it is about myself");
        await conversation.SayAsync(locale == "nl-NL" ? "mijn kleinzoon neemt steeds geld van mijn rekening, ik ben 79" : "my grandson keeps taking money from my account, i'm 79");
        await conversation.TypeUntilAsync(locale == "nl-NL" ? "Is een van deze dingen gebeurd?" : "Has any of these happened?", locale == "nl-NL" ? "klaar" : "done", locale == "nl-NL" ? "weet ik niet" : "i don't know");

        await conversation.SayAsync(typed);

        Assert.Contains("threats_other", conversation.State.Values.GetValueOrDefault("serious_factors") ?? []);
    }

    [Theory]
    [InlineData("nl-NL", "mijn kleinzoon neemt steeds geld van mijn rekening, ik ben 79", "Ook als het om je geld gaat", "Kindertelefoon")]
    [InlineData("en-US", "my grandson keeps taking money from my account, i'm 79", "Also when it is about your money", "Kindertelefoon")]
    public async Task An_older_person_gets_advice_for_older_people_without_the_line_for_children(string locale, string story, string expected, string notExpected)
    {
        var conversation = new TypedConversation(fixture.Host.Services, locale);
        await conversation.StartAsync();
        await conversation.SayAsync(locale == "nl-NL" ? "het gaat over mijzelf" : "it is about myself");
        await conversation.SayAsync(story);

        await conversation.TypeUntilAsync(expected, locale == "nl-NL" ? "klaar" : "done", locale == "nl-NL" ? "vaak" : "often", locale == "nl-NL" ? "geen van deze" : "none of these", locale == "nl-NL" ? "geen van deze" : "none of these");

        Assert.Contains(conversation.AllTexts, text => text.Contains(expected, StringComparison.Ordinal));
        Assert.DoesNotContain(conversation.AllTexts, text => text.Contains(notExpected, StringComparison.Ordinal));
    }
}
