namespace TakeABreak.Bot.Tests.Conversation.Understanding;

/// <summary>
/// In the lead's tries of the ninth session, two sentences the signs checklist did not take ("ze is 24 en woont samen met
/// haar vriend") closed it with "Ik ga verder met wat je tot nu toe vertelde", followed by "Geen van deze past, begrijp
/// ik": the user had never said that. And "ze heeft geen eten in huis" at the signs closed them as "none fit".
/// </summary>
public sealed class ChecklistMovingOnTests(ConversationHostFixture fixture) : IClassFixture<ConversationHostFixture>
{
    [Fact]
    public async Task A_checklist_closed_after_two_misses_does_not_say_that_none_fit()
    {
        var conversation = new TypedConversation(fixture.Host.Services, "nl-NL");
        await conversation.StartAsync();
        await conversation.SayAsync("ik maak me zorgen om mijn buurvrouw en haar man");

        await conversation.SayAsync("het is allemaal zo lastig te zeggen");
        var replies = await conversation.SayAsync("ik vind het moeilijk uit te leggen");

        Assert.Contains(replies, reply => reply.Text.StartsWith("Ik ga verder met wat je tot nu toe vertelde", StringComparison.Ordinal));
        Assert.DoesNotContain(replies, reply => reply.Text.Contains("Geen van deze past", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_checklist_answered_with_none_still_says_so()
    {
        var conversation = new TypedConversation(fixture.Host.Services, "nl-NL");
        await conversation.StartAsync();
        await conversation.SayAsync("ik maak me zorgen om mijn buurvrouw en haar man");

        var replies = await conversation.SayAsync("geen van deze");

        Assert.Contains(replies, reply => reply.Text.Contains("Geen van deze past", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("ze heeft geen eten in huis")]
    [InlineData("ze mag niks uitgeven van hem")]
    public async Task A_story_with_geen_or_niks_in_it_is_no_answer_that_none_fit(string story)
    {
        var conversation = new TypedConversation(fixture.Host.Services, "nl-NL");
        await conversation.StartAsync();
        await conversation.SayAsync("ik maak me zorgen om mijn buurvrouw en haar man");

        var replies = await conversation.SayAsync(story);

        Assert.DoesNotContain(replies, reply => reply.Text.Contains("Geen van deze past", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("nl-NL", "nee, niks van dit")]
    [InlineData("nl-NL", "ik heb niks gezien eigenlijk")]
    [InlineData("en-US", "no, nothing like that")]
    public async Task None_said_in_a_sentence_still_closes_the_checklist(string locale, string answer)
    {
        var conversation = new TypedConversation(fixture.Host.Services, locale);
        await conversation.StartAsync();
        await conversation.SayAsync(locale == "nl-NL" ? "ik maak me zorgen om mijn buurvrouw en haar man" : "i'm worried about my neighbour and her husband");

        var replies = await conversation.SayAsync(answer);

        Assert.Contains(replies, reply => reply.Text.Contains(locale == "nl-NL" ? "Geen van deze past" : "None of these fit", StringComparison.Ordinal));
    }
}
