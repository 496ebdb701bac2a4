using Microsoft.Extensions.DependencyInjection;
using TakeABreak.Bot.Testing;
using TakeABreak.Bot.Testing.Conversations;
using TakeABreak.BotFramework.Schema;
using TakeABreak.Signalering.Safety;
using TakeABreak.Signalering.Safety.SecondReading;

namespace TakeABreak.Bot.Tests.Safety;

/// <summary>
/// Where the rules find nothing and the guard's disclosure reading finds a serious disclosure likely ("my husband decides
/// what i wear and who i see"), the user hears what is serious and of Veilig Thuis, in the language they wrote in, and the
/// conversation goes on where it was; once something serious was told, the disclosure reading is not asked again.
/// </summary>
public sealed class DisclosureReadingGuardTests : IDisposable
{
    private const string ControlTold = "my husband decides what i wear and who i see";
    private const string InjuriesTold = "ze had blauwe plekken op haar armen";

    private readonly TestBotHost _host = new();

    private SafetyContent Safety => _host.Services.GetRequiredService<SafetyContent>();

    [Theory]
    [InlineData(ControlTold)]
    [InlineData(InjuriesTold)]
    public void The_rules_alone_find_nothing_and_the_disclosure_reading_raises_it_to_a_serious_disclosure(string text)
    {
        Assert.Equal(SafetyLevel.None, Safety.Detector.Assess(text).Level);
        var verdict = Safety.Assess(text);
        Assert.Equal(SafetyLevel.Urgent, verdict.Level);
        Assert.Equal([DisclosureReader.ReasonId], verdict.ReasonIds);
    }

    [Fact]
    public async Task A_disclosure_only_the_model_finds_at_a_Dutch_choice_prompt_is_answered_in_English_and_the_question_follows()
    {
        var answer = Safety.Messages.Get(Safety.DisclosureReader.AnswerId, "en");
        await new TestFlow(_host, locale: "nl-NL")
            .SendConversationUpdate()
            .AssertReplyEventually(reply => reply.SuggestedActions is { Actions.Count: > 0 }, "the first question")
            .Send(ControlTold)
            .AssertReply(
                reply =>
                {
                    Assert.StartsWith("You are writing in English, so I will speak English with you now.", reply.Text, StringComparison.Ordinal);
                    Assert.Contains(answer, reply.Text, StringComparison.Ordinal);
                },
                "the language line, then what is serious, with Veilig Thuis, in English")
            .AssertReplies(
                replies =>
                {
                    Assert.Contains(replies, reply => reply.SuggestedActions is { Actions.Count: > 0 } || reply.Attachments is { Count: > 0 });
                    Assert.DoesNotContain(replies, reply => reply.Text?.Contains("begrijp ik niet", StringComparison.OrdinalIgnoreCase) == true);
                    Assert.DoesNotContain(replies, reply => reply.IsType(ActivityTypes.Event));
                },
                "the conversation going on with a question")
            .StartTestAsync();
    }

    [Fact]
    public async Task After_a_serious_disclosure_the_disclosure_reading_does_not_answer_the_next_story_turn()
    {
        var answer = Safety.Messages.Get(Safety.DisclosureReader.AnswerId, "nl");
        await new TestFlow(_host, locale: "nl-NL")
            .SendConversationUpdate().SkipReplies()
            .Send("mijn vriend slaat me").SkipReplies()
            .Send(InjuriesTold)
            .AssertReplies(
                replies => Assert.DoesNotContain(replies, reply => reply.Text?.Contains(answer, StringComparison.Ordinal) == true
                    || reply.Text?.Contains("0800-2000", StringComparison.Ordinal) == true),
                "the dialog alone, no second acknowledgement")
            .StartTestAsync();
    }

    public void Dispose() => _host.Dispose();
}
