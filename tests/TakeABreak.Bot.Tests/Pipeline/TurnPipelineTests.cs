using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.Metrics.Testing;
using Microsoft.Extensions.Time.Testing;
using TakeABreak.Bot.Testing;
using TakeABreak.Bot.Testing.Bots;
using TakeABreak.Bot.Testing.Conversations;
using TakeABreak.BotFramework.Schema;
using TakeABreak.BotFramework.Turns;

namespace TakeABreak.Bot.Tests.Pipeline;

public sealed class TurnPipelineTests
{
    [Fact]
    public async Task Turns_of_one_conversation_never_overlap()
    {
        var inside = 0;
        var maxInside = 0;
        using var host = new TestBotHost().WithServices(services => services.AddSingleton<IBot>(new ScriptedBot(async (context, ct) =>
        {
            var now = Interlocked.Increment(ref inside);
            InterlockedMax(ref maxInside, now);
            await Task.Yield();
            await Task.Delay(1, ct);
            Interlocked.Decrement(ref inside);
        })));
        var adapter = host.Services.GetRequiredService<BotAdapter>();
        var conversation = new TestConversation("one", "user1", "nl-NL");

        await Task.WhenAll(Enumerable.Range(0, 40).Select(i =>
            adapter.ProcessActivityAsync(conversation.Complete(conversation.Message($"{i}")), new CollectedReplies(), CancellationToken.None)));

        Assert.Equal(1, maxInside);
    }

    [Fact]
    public async Task Turns_of_different_conversations_run_side_by_side()
    {
        var bothInside = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var inside = 0;
        using var host = new TestBotHost().WithServices(services => services.AddSingleton<IBot>(new ScriptedBot(async (context, ct) =>
        {
            if (Interlocked.Increment(ref inside) == 2)
            {
                bothInside.TrySetResult();
            }

            await bothInside.Task.WaitAsync(TimeSpan.FromSeconds(10), ct);
        })));
        var adapter = host.Services.GetRequiredService<BotAdapter>();
        var first = new TestConversation("first", "user1", null);
        var second = new TestConversation("second", "user2", null);

        await Task.WhenAll(
            adapter.ProcessActivityAsync(first.Complete(first.Message("a")), new CollectedReplies(), CancellationToken.None),
            adapter.ProcessActivityAsync(second.Complete(second.Message("b")), new CollectedReplies(), CancellationToken.None));

        Assert.True(bothInside.Task.IsCompletedSuccessfully);
    }

    [Fact]
    public async Task Middleware_runs_before_the_bot_in_registration_order()
    {
        var order = new List<string>();
        using var host = new TestBotHost().WithServices(services =>
        {
            services.AddSingleton<IMiddleware>(new RecordingMiddleware("first", order));
            services.AddSingleton<IMiddleware>(new RecordingMiddleware("second", order));
            services.AddSingleton<IBot>(new ScriptedBot((_, _) =>
            {
                order.Add("bot");
                return Task.CompletedTask;
            }));
        });

        await new TestFlow(host).Send("hoi").StartTestAsync();

        Assert.Equal(["first", "second", "bot"], order);
    }

    [Fact]
    public async Task A_slow_turn_shows_typing_until_it_ends()
    {
        var time = new FakeTimeProvider(DateTimeOffset.Parse("2026-11-28T10:00:00Z", System.Globalization.CultureInfo.InvariantCulture));
        var release = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var botStarted = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        using var host = new TestBotHost().WithServices(services =>
        {
            services.AddSingleton<TimeProvider>(time);
            services.AddSingleton<IBot>(new ScriptedBot(async (context, ct) =>
            {
                botStarted.TrySetResult();
                await release.Task;
                await context.SendActivityAsync(context.Activity.CreateReply("klaar"), ct);
            }));
        });
        var adapter = host.Services.GetRequiredService<BotAdapter>();
        var conversation = new TestConversation("slow", "user1", "nl-NL");
        var replies = new CollectedReplies();

        var turn = adapter.ProcessActivityAsync(conversation.Complete(conversation.Message("hoi")), replies, CancellationToken.None);
        await botStarted.Task.WaitAsync(TimeSpan.FromSeconds(10));
        Assert.Empty(replies.Activities);
        time.Advance(TimeSpan.FromSeconds(1));
        await WaitUntilAsync(() => replies.Activities.Count >= 1);
        release.SetResult();
        await turn;
        time.Advance(TimeSpan.FromSeconds(10));

        Assert.Equal([ActivityTypes.Typing, ActivityTypes.Message], replies.Activities.Select(a => a.Type));
    }

    [Fact]
    public async Task A_fast_turn_shows_no_typing()
    {
        using var host = new TestBotHost().WithServices(services => services.AddSingleton<IBot>(new EchoBot()));
        var adapter = host.Services.GetRequiredService<BotAdapter>();
        var conversation = new TestConversation("fast", "user1", "nl-NL");
        var replies = new CollectedReplies();

        await adapter.ProcessActivityAsync(conversation.Complete(conversation.Message("hoi")), replies, CancellationToken.None);

        Assert.Equal([ActivityTypes.Message], replies.Activities.Select(a => a.Type));
    }

    [Fact]
    public async Task Every_turn_is_measured_by_channel_activity_type_and_outcome()
    {
        using var host = new TestBotHost().WithServices(services => services.AddSingleton<IBot>(new ScriptedBot((context, _) =>
            context.Activity.Text == "boom" ? throw new InvalidOperationException("boom") : Task.CompletedTask)));
        using var collector = new MetricCollector<long>(host.Services.GetRequiredService<System.Diagnostics.Metrics.IMeterFactory>(), TurnTelemetry.SourceName, "takeabreak.turns");

        await new TestFlow(host).Send("hoi").Send("boom").StartTestAsync();

        var measurements = collector.GetMeasurementSnapshot();
        Assert.Contains(measurements, m => m.Tags["outcome"] as string == "ok" && m.Tags["channel"] as string == "test" && m.Tags["activity_type"] as string == "message");
        Assert.Contains(measurements, m => m.Tags["outcome"] as string == "error");
        Assert.DoesNotContain(measurements, m => m.Tags.Values.Any(v => v as string == "boom" || v as string == "hoi"));
    }

    [Fact]
    public async Task Replies_are_addressed_back_to_the_sender()
    {
        using var host = new TestBotHost().WithServices(services => services.AddSingleton<IBot>(new EchoBot()));

        await new TestFlow(host, locale: "nl-NL")
            .Send("hoi")
            .AssertReply(reply =>
            {
                Assert.Equal("echo: hoi", reply.Text);
                Assert.Equal("convo1", reply.Conversation?.Id);
                Assert.Equal("user1", reply.Recipient?.Id);
                Assert.Equal("bot", reply.From?.Id);
                Assert.Equal("nl-NL", reply.Locale);
                Assert.Equal(TestConversation.ServiceUrl, reply.ServiceUrl);
                Assert.NotNull(reply.ReplyToId);
                Assert.NotNull(reply.Timestamp);
            })
            .AssertNoReply()
            .StartTestAsync();
    }

    private static void InterlockedMax(ref int target, int value)
    {
        int current;
        while ((current = Volatile.Read(ref target)) < value && Interlocked.CompareExchange(ref target, value, current) != current)
        {
        }
    }

    private static async Task WaitUntilAsync(Func<bool> condition)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        while (!condition())
        {
            await Task.Yield();
            timeout.Token.ThrowIfCancellationRequested();
        }
    }

    private sealed class RecordingMiddleware(string name, List<string> order) : IMiddleware
    {
        public Task OnTurnAsync(ITurnContext turnContext, NextDelegate next, CancellationToken cancellationToken)
        {
            order.Add(name);
            return next(cancellationToken);
        }
    }
}
