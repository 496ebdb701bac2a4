using Microsoft.Extensions.DependencyInjection;
using TakeABreak.Bot.Testing;
using TakeABreak.Bot.Testing.Conversations;
using TakeABreak.BotFramework.Turns;
using TakeABreak.Signalering.Safety;
using TakeABreak.Storage;
using TakeABreak.Storage.Health;
using IMiddleware = TakeABreak.BotFramework.Turns.IMiddleware;

namespace TakeABreak.Bot.Tests.State;

/// <summary>
/// Every turn loads the conversation's dialog state at most once and saves it at most once, only when it changed; on the
/// host that saved it last it reads nothing from storage, and a turn that changes nothing checks only the state's ETag.
/// </summary>
public sealed class StateRoundTripTests : IDisposable
{
    private const string Failing = "laat deze beurt mislukken";
    private const string AcuteWithoutStory = "ze is bewusteloos";
    private readonly TestBotHost _host;
    private CountingStore? _store;

    public StateRoundTripTests()
    {
        _host = new TestBotHost().WithServices(services =>
        {
            services.AddSingleton<IStore>(sp => _store = new CountingStore((IStore)sp.GetRequiredService<IStorageProbe>()));
            services.AddScoped<IMiddleware, FailingAfterTheDialogsMiddleware>();
        });
    }

    private CountingStore Store => _store ?? throw new InvalidOperationException("The host has not resolved its store yet.");

    private SafetyMessages Messages => _host.Services.GetRequiredService<SafetyContent>().Messages;

    public void Dispose() => _host.Dispose();

    [Fact]
    public async Task An_ordinary_answer_reads_nothing_and_saves_once()
    {
        await AtTheFirstQuestion()
            .Do(ResetCounts)
            .Send("4")
            .AssertReplyEventually(reply => reply.Text?.StartsWith("Over wie maak je je zorgen?", StringComparison.Ordinal) == true, "the next question")
            .Do(() => AssertCounts(loads: 0, saves: 1))
            .StartTestAsync();
    }

    [Fact]
    public async Task A_serious_disclosure_that_the_guard_acknowledges_reads_nothing_and_saves_once()
    {
        await AtTheFirstQuestion()
            .Do(ResetCounts)
            .Send("mijn man heeft me vorige week gewurgd")
            .AssertReply(reply => Assert.StartsWith(Messages.Get(SafetyMessages.UrgentDisclosure, "nl"), reply.Text, StringComparison.Ordinal), "the acknowledgement")
            .SkipReplies()
            .Do(() => AssertCounts(loads: 0, saves: 1))
            .StartTestAsync();
    }

    [Fact]
    public async Task Going_on_after_acute_danger_that_told_nothing_more_asks_the_same_question_saves_nothing_and_checks_the_state_once()
    {
        await AtTheFirstQuestion()
            .Send(AcuteWithoutStory)
            .AssertReply(reply => Assert.Contains("112", reply.Text!.Split('\n')[0], StringComparison.Ordinal), "112 first")
            .SkipReplies()
            .Do(ResetCounts)
            .Send(Messages.Get(SafetyMessages.AcuteContinue, "nl"))
            .AssertReplyEventually(reply => reply.SuggestedActions is { Actions.Count: > 0 }, "the same question again")
            .Do(() => AssertCounts(loads: 0, saves: 0, checks: 1))
            .StartTestAsync();
    }

    // Since session 17 the danger's reasons are remembered, so the urgency for follow-up is at least urgent: one save.
    [Fact]
    public async Task The_acute_danger_answer_to_a_message_that_told_nothing_more_saves_the_danger_once()
    {
        await AtTheFirstQuestion()
            .Do(ResetCounts)
            .Send(AcuteWithoutStory)
            .AssertReply(reply => Assert.Contains("112", reply.Text!.Split('\n')[0], StringComparison.Ordinal), "112 first")
            .SkipReplies()
            .Do(() => AssertCounts(loads: 0, saves: 1))
            .StartTestAsync();
    }

    [Fact]
    public async Task Acute_danger_told_with_a_story_saves_the_story_once_and_going_on_with_it_saves_once()
    {
        await AtTheFirstQuestion()
            .Do(ResetCounts)
            .Send("help hij slaat haar nu met een mes")
            .SkipReplies()
            .Do(() => AssertCounts(loads: 0, saves: 1))
            .Do(ResetCounts)
            .Send(Messages.Get(SafetyMessages.AcuteContinue, "nl"))
            .AssertReplyEventually(reply => reply.SuggestedActions is { Actions.Count: > 0 }, "the question again, after what the story told")
            .Do(() => AssertCounts(loads: 0, saves: 1))
            .StartTestAsync();
    }

    [Fact]
    public async Task A_failed_turn_saves_nothing_and_resets_the_state_once()
    {
        await AtTheFirstQuestion()
            .Do(ResetCounts)
            .Send(Failing)
            .AssertReplyEventually(reply => reply.Text?.Contains("112", StringComparison.Ordinal) == true, "the calm error message")
            .Do(() => AssertCounts(loads: 0, saves: 0, deletes: 1))
            .StartTestAsync();
    }

    private TestFlow AtTheFirstQuestion() =>
        new TestFlow(_host, locale: "nl-NL")
            .SendConversationUpdate()
            .AssertReplyEventually(reply => reply.SuggestedActions is { Actions.Count: > 0 }, "the first question");

    private Task ResetCounts()
    {
        Store.Reset();
        return Task.CompletedTask;
    }

    private Task AssertCounts(int loads, int saves, int deletes = 0, int checks = 0)
    {
        Assert.Equal((loads, saves, deletes, checks), (Store.Counts.Loads, Store.Counts.Saves, Store.Counts.Deletes, Store.Checks));
        return Task.CompletedTask;
    }

    /// <summary>Lets the dialogs run on a message, then fails the turn, as a bug after the dialogs would.</summary>
    private sealed class FailingAfterTheDialogsMiddleware : IMiddleware
    {
        public async Task OnTurnAsync(ITurnContext turnContext, NextDelegate next, CancellationToken cancellationToken)
        {
            await next(cancellationToken);
            if (turnContext.Activity.Text == Failing)
            {
                throw new InvalidOperationException("A bug after the dialogs (test).");
            }
        }
    }
}
