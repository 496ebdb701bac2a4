namespace TakeABreak.Bot.Tests.Conversation.Understanding;

/// <summary>
/// A 14-year-old who asked "wat moet ik doen" after the conversation's advice got the list for adults ("Denk na over een
/// veilig moment en een veilige telefoon", "Denk je aan zelfmoord?"), not the advice for young people the conversation had
/// just given (the lead's tries of the thirteenth session). Asked in between, what you can do fits whom it is about.
/// </summary>
public sealed class WhatCanIDoForWhomTests(ConversationHostFixture fixture) : IClassFixture<ConversationHostFixture>
{
    [Theory]
    [InlineData("nl-NL", "ik ben 14", "mijn moeder slaat me", "Jij hoeft het niet op te lossen")]
    [InlineData("en-US", "i'm 14", "my mum hits me", "You don't have to solve it")]
    public async Task A_young_person_asking_what_to_do_gets_the_advice_for_young_people(string locale, string age, string story, string forYoungPeople)
    {
        var conversation = new TypedConversation(fixture.Host.Services, locale);
        await conversation.StartAsync();
        await conversation.SayAsync(age);
        await conversation.SayAsync(story);

        await conversation.SayAsync(locale == "nl-NL" ? "wat moet ik doen?" : "what should i do?");

        Assert.Contains(conversation.Turns[^1], reply => reply.Text.Contains(forYoungPeople, StringComparison.Ordinal) && reply.Text.Contains("0800-0432", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("nl-NL", "mijn zoon van 17 slaat mij", "Veilig Thuis")]
    [InlineData("nl-NL", "ik ben 79 en mijn kleinzoon pakt mijn geld af", "Veilig Thuis")]
    public async Task A_parent_or_an_older_person_asking_what_to_do_gets_no_line_for_children(string locale, string story, string expected)
    {
        var conversation = new TypedConversation(fixture.Host.Services, locale);
        await conversation.StartAsync();
        await conversation.SayAsync(story);

        await conversation.SayAsync("wat kan ik doen?");

        Assert.Contains(conversation.Turns[^1], reply => reply.Text.Contains(expected, StringComparison.Ordinal));
        Assert.DoesNotContain(conversation.Turns[^1], reply => reply.Text.Contains("Kindertelefoon", StringComparison.Ordinal));
    }
}
