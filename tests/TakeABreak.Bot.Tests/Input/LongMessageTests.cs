using Microsoft.Extensions.DependencyInjection;
using TakeABreak.Bot.Testing;
using TakeABreak.Bot.Testing.Conversations;
using TakeABreak.BotFramework.Schema;
using TakeABreak.Signalering.Safety;

namespace TakeABreak.Bot.Tests.Input;

/// <summary>
/// Long messages at the turn's input boundary: the safety guard reads all of an accepted message, the dialogs only its
/// beginning, and a message over the maximum is cut with a notice instead of costing the host seconds of CPU.
/// </summary>
public sealed class LongMessageTests : IDisposable
{
    private const string Worry = "Ik maak me zorgen om mijn buurvrouw, ik hoor vaak geschreeuw door de muur heen. ";

    private readonly TestBotHost _host = new();

    private SafetyMessages Messages => _host.Services.GetRequiredService<SafetyContent>().Messages;

    [Theory]
    [InlineData(4_000)]
    [InlineData(32_000)]
    public async Task Acute_danger_at_the_end_of_a_long_message_is_still_answered_with_112(int length)
    {
        var message = Story(length) + " help hij slaat haar nu met een mes";

        await new TestFlow(_host, locale: "nl-NL")
            .SendConversationUpdate().SkipReplies()
            .Send(message)
            .AssertReply(reply => Assert.Equal(Messages.Get(SafetyMessages.AcuteDanger, "nl"), reply.Text), "the acute-danger message")
            .AssertReply(reply => Assert.Equal("takeabreak.safetyAlert", reply.Name), "the safety alert event")
            .StartTestAsync();
    }

    [Fact]
    public async Task A_message_over_the_maximum_is_cut_with_a_notice_and_the_conversation_goes_on()
    {
        await new TestFlow(_host, locale: "nl-NL")
            .SendConversationUpdate().SkipReplies()
            .Send(Story(40_000))
            .AssertReply(reply => Assert.Contains("eerste 32.768 tekens", reply.Text, StringComparison.Ordinal), "the notice that the rest was not read")
            .AssertReply(reply => Assert.Equal(ActivityTypes.Message, reply.Type), "the conversation going on")
            .StartTestAsync();
    }

    [Fact]
    public async Task Danger_after_the_maximum_is_not_read_but_the_user_is_told_the_rest_was_not_read()
    {
        await new TestFlow(_host, locale: "nl-NL")
            .SendConversationUpdate().SkipReplies()
            .Send(Story(40_000) + " help hij slaat haar nu met een mes")
            .AssertReply(reply => Assert.Contains("32.768", reply.Text, StringComparison.Ordinal), "the notice that the rest was not read")
            .StartTestAsync();
    }

    [Fact]
    public async Task An_answer_at_the_start_of_a_long_message_is_still_understood()
    {
        await new TestFlow(_host, locale: "nl-NL")
            .SendConversationUpdate().SkipReplies()
            .Send("Ik ben de buurvrouw. " + Story(3_000))
            .AssertNoReplyMatching(reply => reply.Text?.Contains("Wat past het best bij jou?", StringComparison.Ordinal) == true, "the role question again")
            .StartTestAsync();
    }

    private static string Story(int length) => string.Concat(Enumerable.Repeat(Worry, length / Worry.Length + 1))[..length];

    public void Dispose() => _host.Dispose();
}
