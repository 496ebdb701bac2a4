using Microsoft.Extensions.DependencyInjection;
using TakeABreak.Bot.Testing;
using TakeABreak.Bot.Testing.Conversations;
using TakeABreak.Bot.Turns;
using TakeABreak.BotFramework.Schema;
using TakeABreak.BotFramework.Turns;
using TakeABreak.Dialogs.Content;

namespace TakeABreak.Bot.Tests.Resilience;

public sealed class TurnErrorTests
{
    [Fact]
    public async Task A_failing_turn_gets_a_calm_message_and_the_conversation_starts_again_instead_of_getting_stuck()
    {
        using var host = new TestBotHost().WithServices(services => services.AddSingleton<IMiddleware>(new FailOnText("💥")));
        var strings = host.Services.GetRequiredService<DialogContent>().Strings;
        string? firstQuestion = null;

        await new TestFlow(host, locale: "nl-NL")
            .SendConversationUpdate()
            .AssertReplyEventually(reply => (firstQuestion = reply.SuggestedActions is { Actions.Count: > 0 } ? reply.Text : null) is not null, "the first question")
            .Send("Vrijwilliger")
            .SkipReplies()
            .Send("💥")
            .AssertReply(strings.Text(CalmTurnErrorHandler.TurnFailed, "nl"))
            .AssertNoReply()
            .Send("hallo")
            .AssertReplyEventually(reply => reply.Text == firstQuestion, "the conversation from the start")
            .StartTestAsync();
    }

    [Fact]
    public async Task A_failed_turn_is_cleaned_up_before_the_next_turn_of_the_same_conversation_starts()
    {
        var cleanupReached = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var finishCleanup = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var nextTurnStarted = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        using var host = new TestBotHost().WithServices(services =>
        {
            services.AddSingleton<IMiddleware>(new FailOnText("💥"));
            services.AddSingleton<IMiddleware>(new NoticeText("tweede", nextTurnStarted));
            services.AddSingleton<ITurnErrorHandler>(new HeldCleanup(cleanupReached, finishCleanup.Task));
        });
        var adapter = host.Services.GetRequiredService<BotAdapter>();
        var conversation = new TestConversation("cleanup-order", "user1", "nl-NL");
        var strings = host.Services.GetRequiredService<DialogContent>().Strings;

        var failing = adapter.ProcessActivityAsync(conversation.Complete(conversation.Message("💥")), new CollectedReplies(), CancellationToken.None);
        await cleanupReached.Task.WaitAsync(TimeSpan.FromSeconds(30));
        var nextReplies = new CollectedReplies();
        var next = adapter.ProcessActivityAsync(conversation.Complete(conversation.Message("tweede")), nextReplies, CancellationToken.None);
        await Task.WhenAny(nextTurnStarted.Task, Task.Delay(TimeSpan.FromMilliseconds(500)));
        var startedDuringCleanup = nextTurnStarted.Task.IsCompleted;
        finishCleanup.SetResult();
        await Task.WhenAll(failing, next).WaitAsync(TimeSpan.FromSeconds(30));

        Assert.False(startedDuringCleanup, "the next turn started while the failed turn's error handlers still ran");
        Assert.True(nextTurnStarted.Task.IsCompleted);
        Assert.NotEmpty(nextReplies.Activities);
        Assert.DoesNotContain(nextReplies.Activities, reply => reply.Text == strings.Text(CalmTurnErrorHandler.TurnFailed, "nl"));
    }

    /// <summary>An error handler after the product's own that stays busy until the test lets it finish.</summary>
    private sealed class HeldCleanup(TaskCompletionSource reached, Task finish) : ITurnErrorHandler
    {
        public async Task OnTurnErrorAsync(ITurnContext turnContext, Exception exception, CancellationToken cancellationToken)
        {
            reached.TrySetResult();
            await finish;
        }
    }

    private sealed class NoticeText(string text, TaskCompletionSource seen) : IMiddleware
    {
        public Task OnTurnAsync(ITurnContext turnContext, NextDelegate next, CancellationToken cancellationToken)
        {
            if (turnContext.Activity.Text == text)
            {
                seen.TrySetResult();
            }

            return next(cancellationToken);
        }
    }

    private sealed class FailOnText(string text) : IMiddleware
    {
        public Task OnTurnAsync(ITurnContext turnContext, NextDelegate next, CancellationToken cancellationToken) =>
            turnContext.Activity.Text == text ? throw new InvalidOperationException("a bug") : next(cancellationToken);
    }
}
