namespace TakeABreak.Bot.Tests.Conversation.Understanding;

/// <summary>
/// In the lead's tries of the seventeenth session a neighbour at the open signs checklist, with nothing ticked yet, typed an
/// answer to a later question ("het gaat al sinds vorige zomer"): the checklist closed as if she had chosen "Geen van deze
/// past" and she was told she chose no signs. What she typed is kept and the checklist stays open for the signs. Since the
/// twenty-ninth round how long it goes on ("al sinds vorige zomer") is no answer to how often: it is heard, nothing is
/// kept, and the checklist stays open as well.
/// </summary>
public sealed class LaterAnswerAtOpenChecklistTests(ConversationHostFixture fixture) : IClassFixture<ConversationHostFixture>
{
    [Theory]
    [InlineData("nl-NL", "buur", "een partner", "het gebeurt bijna elke week")]
    [InlineData("nl-NL", "buur", "een partner", "het gebeurt een paar keer per maand")]
    [InlineData("en-US", "neighbour", "a partner", "it happens every week")]
    public async Task A_later_answer_before_any_sign_is_kept_and_the_signs_can_still_be_chosen(string locale, string role, string about, string later)
    {
        var conversation = new TypedConversation(fixture.Host.Services, locale);
        await conversation.StartAsync();
        await conversation.SayAsync(role);
        await conversation.SayAsync(about);

        await conversation.SayAsync(later);

        Assert.True(conversation.State.Values.ContainsKey("frequency"));
        Assert.Equal("ask_signals", conversation.State.Top!.Step);
        Assert.DoesNotContain(conversation.AllTexts, text => text.Contains("Geen van deze past", StringComparison.Ordinal)
            || text.Contains("None of these fit", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_sign_typed_after_it_is_ticked_and_how_often_is_not_asked_again()
    {
        var conversation = new TypedConversation(fixture.Host.Services, "nl-NL");
        await conversation.StartAsync();
        await conversation.SayAsync("buur");
        await conversation.SayAsync("een partner");
        await conversation.SayAsync("het gebeurt bijna elke week");

        await conversation.SayAsync("ze heeft blauwe plekken");
        var afterDone = await conversation.SayAsync("klaar");

        Assert.Contains("unexplained_injuries", conversation.State.Values["signals"]);
        Assert.DoesNotContain(afterDone, reply => reply.Text.StartsWith("Hoe vaak", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("nl-NL", "buur", "een partner", "het gaat al sinds vorige zomer")]
    [InlineData("nl-NL", "buur", "een partner", "het gebeurt al maanden")]
    [InlineData("en-US", "neighbour", "a partner", "it's been going on for months")]
    public async Task How_long_before_any_sign_is_heard_and_the_signs_can_still_be_chosen(string locale, string role, string about, string howLong)
    {
        var conversation = new TypedConversation(fixture.Host.Services, locale);
        await conversation.StartAsync();
        await conversation.SayAsync(role);
        await conversation.SayAsync(about);

        await conversation.SayAsync(howLong);

        Assert.False(conversation.State.Values.ContainsKey("frequency"));
        Assert.Equal("ask_signals", conversation.State.Top!.Step);
        Assert.DoesNotContain(conversation.AllTexts, text => text.Contains("Geen van deze past", StringComparison.Ordinal)
            || text.Contains("None of these fit", StringComparison.Ordinal));
    }
}
