using Microsoft.Extensions.DependencyInjection;
using TakeABreak.Bot.Testing;
using TakeABreak.Bot.Testing.Conversations;
using TakeABreak.BotFramework.Schema;
using TakeABreak.Signalering.Safety;
using Xunit.Abstractions;

namespace TakeABreak.Bot.Tests.Safety;

/// <summary>
/// Danger now told together with a story ("ik ben de buurvrouw, hij slaat haar nu"): the answer to the danger comes
/// first and alone, exactly as always; the story is kept, and the conversation goes on with it when the user goes on.
/// </summary>
public sealed class AcuteStoryTests(ITestOutputHelper output) : IDisposable
{
    private const string DutchStory = "ik ben de buurvrouw, hij slaat haar nu, ik hoor haar gillen en de kinderen huilen";
    private const string EnglishStory = "i am the neighbour, he is hitting his wife right now, i can hear her screaming and the children crying";

    private readonly TestBotHost _host = new();

    private SafetyMessages Messages => _host.Services.GetRequiredService<SafetyContent>().Messages;

    [Fact]
    public async Task Acute_danger_told_with_a_story_keeps_the_story_for_when_the_conversation_goes_on()
    {
        await AssertAcuteAnswerOnly(
                new TestFlow(_host, locale: "nl-NL")
                    .SendConversationUpdate()
                    .AssertReplyEventually(reply => reply.Text?.StartsWith("Wat past het best bij jou?", StringComparison.Ordinal) == true, "the role question")
                    .Send(DutchStory),
                "nl")
            .Send(Messages.Get(SafetyMessages.AcuteContinue, "nl"))
            .AssertReplies(
                replies =>
                {
                    var said = Said(replies);
                    Assert.StartsWith("Ik begrijp: je bent een buur; het gaat om een partner", said[0], StringComparison.Ordinal);
                    Assert.DoesNotContain(said, text => text.Contains("Wat past het best bij jou?", StringComparison.Ordinal));
                    Assert.Contains(replies, Asks);
                },
                "what was understood from the story, and the question after the ones it answered")
            .StartTestAsync();
    }

    [Fact]
    public async Task Acute_danger_with_a_story_as_the_very_first_message_starts_with_the_welcome_and_the_story_when_the_user_types_yes()
    {
        await AssertAcuteAnswerOnly(new TestFlow(_host, locale: "nl-NL").Send(DutchStory), "nl")
            .Send("ja")
            .AssertReplies(
                replies =>
                {
                    var said = Said(replies);
                    Assert.Contains("Moviera", said[0], StringComparison.Ordinal);
                    Assert.Contains(said, text => text.StartsWith("Ik begrijp: je bent een buur; het gaat om een partner", StringComparison.Ordinal));
                    Assert.DoesNotContain(said, text => text.Contains("Wat past het best bij jou?", StringComparison.Ordinal));
                    Assert.Contains(replies, Asks);
                },
                "the welcome, what was understood from the story, and the question after the ones it answered")
            .StartTestAsync();
    }

    [Fact]
    public async Task Acute_danger_told_with_a_story_in_English_keeps_the_story_too()
    {
        await AssertAcuteAnswerOnly(
                new TestFlow(_host, locale: "en-GB").SendConversationUpdate().SkipReplies().Send(EnglishStory),
                "en")
            .Send(Messages.Get(SafetyMessages.AcuteContinue, "en"))
            .AssertReplies(
                replies =>
                {
                    var said = Said(replies);
                    Assert.StartsWith("I understood: you are a neighbour; it is about a partner", said[0], StringComparison.Ordinal);
                    Assert.DoesNotContain(said, text => text.Contains("What fits you best?", StringComparison.Ordinal));
                    Assert.Contains(replies, Asks);
                },
                "what was understood from the story, in English, and the next question")
            .StartTestAsync();
    }

    [Fact]
    public async Task An_English_story_with_acute_danger_in_a_Dutch_conversation_is_read_in_English_and_the_conversation_stays_Dutch()
    {
        await AssertAcuteAnswerOnly(
                new TestFlow(_host, locale: "nl-NL").SendConversationUpdate().SkipReplies().Send(EnglishStory),
                "en")
            .Send(Messages.Get(SafetyMessages.AcuteContinue, "en"))
            .AssertReplies(
                replies => Assert.StartsWith("Ik begrijp: je bent een buur; het gaat om een partner", Said(replies)[0], StringComparison.Ordinal),
                "what was understood from the English story, in the language of the conversation")
            .StartTestAsync();
    }

    [Fact]
    public async Task Starting_again_after_acute_danger_with_a_story_forgets_the_story()
    {
        await AssertAcuteAnswerOnly(
                new TestFlow(_host, locale: "nl-NL").SendConversationUpdate().SkipReplies().Send(DutchStory),
                "nl")
            .Send(Messages.Get(SafetyMessages.AcuteRestart, "nl"))
            .AssertReplies(
                replies =>
                {
                    var said = Said(replies);
                    Assert.DoesNotContain(said, text => text.Contains("Ik begrijp", StringComparison.Ordinal));
                    Assert.Contains(said, text => text.StartsWith("Wat past het best bij jou?", StringComparison.Ordinal));
                },
                "the start again, without the story")
            .Send("ja")
            .AssertReplies(
                replies => Assert.DoesNotContain(Said(replies), text => text.Contains("Ik begrijp", StringComparison.Ordinal)),
                "no story after starting again")
            .StartTestAsync();
    }

    [Fact]
    public async Task Typing_start_again_after_acute_danger_with_a_story_forgets_the_story()
    {
        await AssertAcuteAnswerOnly(
                new TestFlow(_host, locale: "nl-NL").SendConversationUpdate().SkipReplies().Send(DutchStory),
                "nl")
            .Send("opnieuw")
            .AssertReplies(
                replies =>
                {
                    var said = Said(replies);
                    Assert.DoesNotContain(said, text => text.Contains("Ik begrijp", StringComparison.Ordinal));
                    Assert.Contains(said, text => text.Contains("Wat past het best bij jou?", StringComparison.Ordinal));
                },
                "the start again, without the story")
            .StartTestAsync();
    }

    [Fact]
    public async Task Acute_danger_that_does_not_say_who_the_user_is_goes_on_with_the_same_question_after_what_it_told()
    {
        Activity? question = null;
        await AssertAcuteAnswerOnly(
                new TestFlow(_host, locale: "nl-NL")
                    .SendConversationUpdate()
                    .AssertReplyEventually(reply => (question = reply).SuggestedActions is { Actions.Count: > 0 }, "the first question")
                    .Send("help hij slaat haar nu met een mes"),
                "nl")
            .Send(Messages.Get(SafetyMessages.AcuteContinue, "nl"))
            .AssertReplies(
                replies =>
                {
                    var said = Said(replies);
                    Assert.StartsWith("Ik begrijp: het gaat om een partner", said[0], StringComparison.Ordinal);
                    Assert.Equal(question!.Text, said[^1]);
                },
                "what it told, then the same question again")
            .StartTestAsync();
    }

    [Fact]
    public async Task Going_on_after_acute_danger_as_the_very_first_message_starts_the_conversation()
    {
        await AssertAcuteAnswerOnly(new TestFlow(_host, locale: "nl-NL").Send("ze is bewusteloos"), "nl")
            .Send(Messages.Get(SafetyMessages.AcuteContinue, "nl"))
            .AssertReplies(
                replies =>
                {
                    var said = Said(replies);
                    Assert.Contains("Moviera", said[0], StringComparison.Ordinal);
                    Assert.StartsWith("Wat past het best bij jou?", said[^1], StringComparison.Ordinal);
                },
                "the welcome and the first question")
            .StartTestAsync();
    }

    public void Dispose() => _host.Dispose();

    private List<string> Said(IReadOnlyList<Activity> replies)
    {
        var said = replies.Where(reply => reply.IsType(ActivityTypes.Message)).Select(reply => reply.Text ?? string.Empty).ToList();
        output.WriteLine(string.Join("\n---\n", said));
        return said;
    }

    private static bool Asks(Activity reply) => reply.SuggestedActions is { Actions.Count: > 0 } || reply.Attachments is { Count: > 0 };

    /// <summary>The answer to danger now, exactly as without a story: 112 first, the alert, the offer to go on or start again, and nothing else.</summary>
    private TestFlow AssertAcuteAnswerOnly(TestFlow flow, string locale) => flow
        .AssertReplies(
            replies =>
            {
                Assert.Equal(3, replies.Count);
                Assert.Equal(ActivityTypes.Message, replies[0].Type);
                Assert.Contains("112", replies[0].Text!.Split('\n')[0], StringComparison.Ordinal);
                Assert.Equal("takeabreak.safetyAlert", replies[1].Name);
                Assert.Equal(Messages.Get(SafetyMessages.AcuteContinueOffer, locale), replies[2].Text);
                Assert.Equal(
                    [Messages.Get(SafetyMessages.AcuteContinue, locale), Messages.Get(SafetyMessages.AcuteRestart, locale)],
                    replies[2].SuggestedActions?.Actions.Select(action => action.Title ?? string.Empty) ?? []);
            },
            "the answer to danger now, and nothing else");
}
