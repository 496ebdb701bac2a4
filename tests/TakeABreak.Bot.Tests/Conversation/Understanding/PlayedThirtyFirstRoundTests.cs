namespace TakeABreak.Bot.Tests.Conversation.Understanding;

/// <summary>
/// What playing whole typed conversations found in the thirty-first round: an ex who keeps texting read as checking the
/// phone, a privacy question after the end that started the conversation again, a how-often answer at the serious things
/// that closed the list, a sign told again announced as new, "what can I do?" repeating the whole advice, resident lines
/// in a professional's answer about reporting, a Teams line in the widget, and the Meldcode offer in the widget without buttons.
/// </summary>
public sealed class PlayedThirtyFirstRoundTests(ConversationHostFixture fixture) : IClassFixture<ConversationHostFixture>
{
    private async Task<TypedConversation> StartedAsync(string locale, string channel = "directline")
    {
        var conversation = new TypedConversation(fixture.Host.Services, locale, channel);
        await conversation.StartAsync();
        return conversation;
    }

    /// <summary>An ex who keeps sending messages is stalking (belaging), not a partner who checks the phone.</summary>
    [Theory]
    [InlineData("nl-NL", "mijn ex blijft me berichten sturen")]
    [InlineData("nl-NL", "mijn ex blijft me maar appen en bellen")]
    [InlineData("nl-NL", "mijn ex laat me niet met rust, hij stuurt de hele dag berichten")]
    [InlineData("en-US", "my ex keeps texting me")]
    [InlineData("en-US", "my ex won't stop messaging me")]
    [InlineData("en-US", "my ex keeps calling and texting me all day")]
    public async Task An_ex_who_keeps_sending_messages_is_stalking(string locale, string story)
    {
        var conversation = await StartedAsync(locale);

        await conversation.SayAsync(story);

        Assert.Equal(["self"], conversation.State.Values.GetValueOrDefault("role") ?? []);
        Assert.Contains("stalking", conversation.State.Values.GetValueOrDefault("signals") ?? []);
        Assert.DoesNotContain("controls_phone", conversation.State.Values.GetValueOrDefault("signals") ?? []);
    }

    [Theory]
    [InlineData("nl-NL", "hij appt me de hele dag, ook al heb ik het uitgemaakt")]
    [InlineData("nl-NL", "hij blijft me berichten sturen terwijl het uit is")]
    [InlineData("en-US", "he texts me all day even though i broke up with him")]
    [InlineData("en-US", "he keeps messaging me although we split up")]
    public async Task Texting_all_day_after_the_break_up_is_stalking(string locale, string story)
    {
        var conversation = await StartedAsync(locale);
        await conversation.SayAsync(locale == "nl-NL" ? "het gaat over mijzelf, mijn ex" : "it is about myself, my ex");

        await conversation.SayAsync(story);

        Assert.Contains("stalking", conversation.State.Values.GetValueOrDefault("signals") ?? []);
        Assert.DoesNotContain("controls_phone", conversation.State.Values.GetValueOrDefault("signals") ?? []);
    }

    [Theory]
    [InlineData("nl-NL", "mijn vriend leest mijn berichten")]
    [InlineData("en-US", "my boyfriend reads my messages")]
    public async Task A_partner_reading_the_messages_still_checks_the_phone(string locale, string story)
    {
        var conversation = await StartedAsync(locale);

        await conversation.SayAsync(story);

        Assert.Contains("controls_phone", conversation.State.Values.GetValueOrDefault("signals") ?? []);
        Assert.DoesNotContain("stalking", conversation.State.Values.GetValueOrDefault("signals") ?? []);
    }

    private async Task<TypedConversation> EndedAsync(string locale)
    {
        var dutch = locale == "nl-NL";
        var conversation = await StartedAsync(locale);
        await conversation.SayAsync(dutch ? "ik ben de buurvrouw" : "i am the neighbour");
        await conversation.SayAsync(dutch ? "een stel" : "a couple");
        await conversation.SayAsync(dutch ? "ik hoor vaak geschreeuw en ze heeft blauwe plekken" : "i often hear shouting and she has bruises");
        await conversation.SayAsync(dutch ? "klaar" : "done");
        await conversation.SayAsync(dutch ? "nee" : "no");
        await conversation.SayAsync(dutch ? "nee" : "no");
        await conversation.SayAsync(dutch ? "nee" : "no");
        Assert.Null(conversation.State.Top);
        return conversation;
    }

    /// <summary>After the end, a question about privacy is answered; the conversation does not start again from the welcome.</summary>
    [Theory]
    [InlineData("nl-NL", "kan hij zien dat ik met jullie heb gepraat?", "geschiedenis", "Ik onthoud je antwoorden alleen voor dit gesprek")]
    [InlineData("nl-NL", "bewaren jullie dit gesprek?", "Ongeveer een dag na je laatste bericht", "Ik onthoud je antwoorden alleen voor dit gesprek")]
    [InlineData("nl-NL", "is dit anoniem?", "Je hoeft je naam niet te geven", "Je hoeft je naam niet te geven")]
    [InlineData("en-US", "can he find out i talked to you?", "history", "I only keep your answers for this conversation")]
    [InlineData("en-US", "do you keep this conversation?", "About a day after your last message", "I only keep your answers for this conversation")]
    [InlineData("en-US", "will anyone know i was here?", "private window", "About a day after your last message")]
    public async Task A_privacy_question_after_the_end_is_answered_without_starting_again(string locale, string question, string expected, string alsoExpected)
    {
        var conversation = await EndedAsync(locale);

        var replies = await conversation.SayAsync(question);

        var said = string.Join(" ", replies.Select(reply => reply.Text));
        Assert.True(said.Contains(expected, StringComparison.Ordinal), said);
        Assert.True(said.Contains(alsoExpected, StringComparison.Ordinal), said);
        Assert.DoesNotContain(locale == "nl-NL" ? "Wat past het best bij jou?" : "What fits you best?", said, StringComparison.Ordinal);
        Assert.Null(conversation.State.Top);
    }

    [Fact]
    public async Task A_new_story_after_the_end_still_starts_again()
    {
        var conversation = await EndedAsync("nl-NL");

        await conversation.SayAsync("mijn buurman slaat zijn vrouw");

        Assert.NotNull(conversation.State.Top);
    }
}
