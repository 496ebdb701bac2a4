namespace TakeABreak.Bot.Tests.Conversation.Understanding;

/// <summary>
/// In the lead's tries of the fourteenth session a woman whose husband throws things asked "is it my fault? i always say the
/// wrong thing": the question went unanswered and "always" was taken for how often, which closed her list. A first "hi i
/// need help" was not understood either.
/// </summary>
public sealed class IsItMyFaultTests(ConversationHostFixture fixture) : IClassFixture<ConversationHostFixture>
{
    [Theory]
    [InlineData("en-US", "my husband gets really angry and throws stuff", "is it my fault? i always say the wrong thing", "Violence is never the fault")]
    [InlineData("nl-NL", "mijn man wordt heel boos en gooit met spullen", "ligt het aan mij? ik zeg altijd het verkeerde", "Geweld is nooit de schuld")]
    public async Task Asking_whether_it_is_her_fault_is_answered_and_always_is_no_frequency(string locale, string story, string asked, string answer)
    {
        var conversation = new TypedConversation(fixture.Host.Services, locale);
        await conversation.StartAsync();
        await conversation.SayAsync(story);

        var replies = await conversation.SayAsync(asked);

        Assert.Contains(replies, reply => reply.Text.Contains(answer, StringComparison.Ordinal));
        Assert.False(conversation.State.Values.ContainsKey("frequency"));
        Assert.Equal("ask_signals_self", conversation.State.Top!.Step);
    }

    [Theory]
    [InlineData("hi i need help", "Take your time")]
    [InlineData("ik heb hulp nodig", "Neem de tijd")]
    public async Task Asking_for_help_first_is_met_not_misunderstood(string typed, string met)
    {
        var conversation = new TypedConversation(fixture.Host.Services, "nl-NL");
        await conversation.StartAsync();

        var replies = await conversation.SayAsync(typed);

        Assert.DoesNotContain(replies, reply => reply.Text.Contains("begrijp ik niet", StringComparison.Ordinal) || reply.Text.Contains("do not quite understand", StringComparison.Ordinal));
        Assert.Contains(replies, reply => reply.Text.StartsWith(met, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("nl-NL", "ik schaam me maar ik heb mijn vriendin geduwd gisteren", "hoe kan ik leren om niet zo boos te worden?", "Daar is hulp voor")]
    [InlineData("en-US", "i pushed my girlfriend yesterday and i hate myself for it", "how do i control my anger?", "There is help for it")]
    public async Task Someone_who_uses_violence_and_asks_how_to_stop_hears_there_is_help(string locale, string story, string asked, string answer)
    {
        var conversation = new TypedConversation(fixture.Host.Services, locale);
        await conversation.StartAsync();
        await conversation.SayAsync(story);

        var replies = await conversation.SayAsync(asked);

        Assert.Contains(replies, reply => reply.Text.Contains(answer, StringComparison.Ordinal));
        Assert.DoesNotContain(replies, reply => reply.Text.Contains("begrijp ik", StringComparison.Ordinal) || reply.Text.Contains("not quite understand", StringComparison.Ordinal));
    }
}
