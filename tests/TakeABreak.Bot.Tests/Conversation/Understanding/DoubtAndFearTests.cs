namespace TakeABreak.Bot.Tests.Conversation.Understanding;

/// <summary>
/// A woman whose husband controls her phone and money typed, in the lead's tries of the thirteenth session, "sometimes i
/// think i am overreacting" (answered with "I do not quite understand that") and "what happens if i call veilig thuis? will
/// they take my kids" (answered with what Veilig Thuis is, not with what happens). Doubt and fear are met, in the turn.
/// </summary>
public sealed class DoubtAndFearTests(ConversationHostFixture fixture) : IClassFixture<ConversationHostFixture>
{
    [Theory]
    [InlineData("nl-NL", "soms denk ik dat ik overdrijf", "Je hoeft het niet zeker te weten")]
    [InlineData("nl-NL", "misschien stel ik me gewoon aan", "Je hoeft het niet zeker te weten")]
    [InlineData("en-US", "sometimes i think i am overreacting", "You do not need to be sure")]
    [InlineData("en-US", "maybe i'm just being dramatic", "You do not need to be sure")]
    public async Task Doubting_oneself_is_met_with_reassurance_not_with_not_understood(string locale, string typed, string reassurance)
    {
        var conversation = await AtTheSignsAsync(locale);

        await conversation.SayAsync(typed);

        Assert.Contains(conversation.Turns[^1], reply => reply.Text.Contains(reassurance, StringComparison.Ordinal));
        Assert.DoesNotContain(conversation.Turns[^1], reply => reply.Text.Contains("begrijp ik niet", StringComparison.Ordinal) || reply.Text.Contains("not quite understand", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("nl-NL", "halen ze dan mijn kinderen weg?", "Vraag je advies, dan blijf je anoniem")]
    [InlineData("nl-NL", "wat gebeurt er als ik veilig thuis bel, pakken ze mijn kinderen af?", "Vraag je advies, dan blijf je anoniem")]
    [InlineData("en-US", "what happens if i call veilig thuis? will they take my kids", "If you ask for advice, you stay anonymous")]
    [InlineData("en-US", "will they take my children away", "If you ask for advice, you stay anonymous")]
    public async Task Fear_of_what_calling_Veilig_Thuis_brings_is_answered_with_what_happens(string locale, string typed, string answer)
    {
        var conversation = await AtTheSignsAsync(locale);

        await conversation.SayAsync(typed);

        Assert.Contains(conversation.Turns[^1], reply => reply.Text.StartsWith(answer, StringComparison.Ordinal));
    }

    private async Task<TypedConversation> AtTheSignsAsync(string locale)
    {
        var conversation = new TypedConversation(fixture.Host.Services, locale);
        await conversation.StartAsync();
        await conversation.SayAsync(locale.StartsWith("en", StringComparison.Ordinal) ? "my husband checks my phone" : "mijn man controleert mijn telefoon");
        return conversation;
    }
}
