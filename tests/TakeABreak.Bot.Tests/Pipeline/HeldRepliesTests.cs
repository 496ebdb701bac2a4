using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.Metrics.Testing;
using TakeABreak.Bot.Testing;
using TakeABreak.Bot.Testing.Bots;
using TakeABreak.Bot.Testing.Conversations;
using TakeABreak.BotFramework.Schema;
using TakeABreak.BotFramework.Turns;

namespace TakeABreak.Bot.Tests.Pipeline;

/// <summary>Nothing of a turn leaves before its state is saved; a turn whose save loses runs again, and only that attempt speaks.</summary>
public sealed class HeldRepliesTests
{
    private readonly TestConversation _conversation = new("held", "user1", "nl-NL");

    [Fact]
    public async Task Nothing_a_turn_says_leaves_before_its_state_is_saved()
    {
        var replies = new CollectedReplies();
        var sentBeforeSave = -1;
        var save = new ScriptedSave(_ => sentBeforeSave = replies.Activities.Count(a => !a.IsType(ActivityTypes.Typing)));
        using var host = HostWith(save, (context, ct) => context.SendActivityAsync(new Activity { Type = ActivityTypes.Message, Text = "antwoord" }, ct));

        await Adapter(host).ProcessActivityAsync(_conversation.Complete(_conversation.Message("hoi")), replies, CancellationToken.None);

        Assert.Equal(0, sentBeforeSave);
        Assert.Equal(["antwoord"], replies.Activities.Select(a => a.Text));
    }

    [Fact]
    public async Task A_turn_whose_save_loses_to_another_hosts_turn_runs_again_and_only_that_attempt_is_heard_and_counted()
    {
        var attempts = 0;
        var effects = 0;
        var save = new ScriptedSave(attempt => attempt == 1 ? throw new TurnStateConflictException("another host saved first") : 0);
        using var host = HostWith(save, async (context, ct) =>
        {
            var attempt = Interlocked.Increment(ref attempts);
            context.Services.GetRequiredService<TurnAftermath>().Add("count", _ =>
            {
                Interlocked.Increment(ref effects);
                return Task.CompletedTask;
            });
            await context.SendActivityAsync(new Activity { Type = ActivityTypes.Message, Text = $"poging {attempt}" }, ct);
        });
        using var reruns = new MetricCollector<long>(host.Services.GetRequiredService<System.Diagnostics.Metrics.IMeterFactory>(), TurnTelemetry.SourceName, "takeabreak.turn.reruns");
        var replies = new CollectedReplies();

        await Adapter(host).ProcessActivityAsync(_conversation.Complete(_conversation.Message("hoi")), replies, CancellationToken.None);

        Assert.Equal(["poging 2"], replies.Activities.Select(a => a.Text));
        Assert.Equal(1, effects);
        Assert.Equal(1, reruns.GetMeasurementSnapshot().EvaluateAsCounter());
    }

    [Fact]
    public async Task A_turn_that_keeps_losing_its_save_stops_after_a_bounded_number_of_attempts()
    {
        var save = new ScriptedSave(_ => throw new TurnStateConflictException("always someone first"));
        using var host = HostWith(save, (context, ct) => context.SendActivityAsync(new Activity { Type = ActivityTypes.Message, Text = "antwoord" }, ct));
        var replies = new CollectedReplies();

        await Adapter(host).ProcessActivityAsync(_conversation.Complete(_conversation.Message("hoi")), replies, CancellationToken.None);

        Assert.Equal(BotAdapter.MaxAttempts, save.Attempts);
        Assert.DoesNotContain(replies.Activities, a => a.Text == "antwoord");
    }

    [Fact]
    public async Task Replies_that_cannot_be_delivered_undo_the_save()
    {
        var save = new ScriptedSave(_ => 0);
        using var host = HostWith(save, (context, ct) => context.SendActivityAsync(new Activity { Type = ActivityTypes.Message, Text = "antwoord" }, ct));

        await Adapter(host).ProcessActivityAsync(_conversation.Complete(_conversation.Message("hoi")), new UndeliverableReplies(), CancellationToken.None);

        Assert.Equal(1, save.Attempts);
        Assert.Equal(1, save.Undone);
    }

    private static BotAdapter Adapter(TestBotHost host) => host.Services.GetRequiredService<BotAdapter>();

    private static TestBotHost HostWith(ScriptedSave save, Func<ITurnContext, CancellationToken, Task> bot) =>
        new TestBotHost().WithServices(services =>
        {
            services.AddSingleton<ITurnCompletion>(save);
            services.AddSingleton<IBot>(new ScriptedBot(bot));
        });

    /// <summary>Stands in for the dialog state's save: told the attempt number, it may throw as a lost save would.</summary>
    private sealed class ScriptedSave(Func<int, int> onSave) : ITurnCompletion
    {
        private int _attempts;
        private int _undone;

        public int Attempts => _attempts;

        public int Undone => _undone;

        public Task OnTurnSucceededAsync(ITurnContext turnContext, CancellationToken cancellationToken)
        {
            onSave(Interlocked.Increment(ref _attempts));
            return Task.CompletedTask;
        }

        public void OnTurnFailed(ITurnContext turnContext)
        {
        }

        public Task OnRepliesUndeliveredAsync(ITurnContext turnContext, CancellationToken cancellationToken)
        {
            Interlocked.Increment(ref _undone);
            return Task.CompletedTask;
        }
    }

    private sealed class UndeliverableReplies : IOutboundActivities
    {
        public Task<IReadOnlyList<ResourceResponse>> SendAsync(IReadOnlyList<Activity> activities, CancellationToken cancellationToken) =>
            activities.All(a => a.IsType(ActivityTypes.Typing))
                ? Task.FromResult<IReadOnlyList<ResourceResponse>>([])
                : throw new HttpRequestException("channel unreachable");

        public Task<ResourceResponse> UpdateAsync(Activity activity, CancellationToken cancellationToken) => throw new HttpRequestException("channel unreachable");

        public Task DeleteAsync(ConversationReference reference, string activityId, CancellationToken cancellationToken) => throw new HttpRequestException("channel unreachable");
    }
}
