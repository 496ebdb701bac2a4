namespace TakeABreak.Bot.Tests.Conversation.Understanding;

/// <summary>
/// In the lead's tries of the ninth session, two sentences the signs checklist did not take ("ze is 24 en woont samen met
/// haar vriend") closed it with "Ik ga verder met wat je tot nu toe vertelde", followed by "Geen van deze past, begrijp
/// ik": the user had never said that.
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
}
