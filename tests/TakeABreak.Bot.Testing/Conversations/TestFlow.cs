using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using TakeABreak.BotFramework.Schema;
using TakeABreak.BotFramework.Turns;
using Xunit;
using Xunit.Sdk;

namespace TakeABreak.Bot.Testing.Conversations;

/// <summary>
/// A conversation test in the style Bot Framework developers know: <c>new TestFlow(host).Send("hoi").AssertReply(...)</c>,
/// then <c>StartTestAsync()</c>. Each step runs a real turn through the host's <see cref="BotAdapter"/> (same DI as
/// production); the bot's replies are queued and asserted in order. Typing indicators are skipped.
/// </summary>
public sealed class TestFlow
{
    private readonly IServiceProvider _services;
    private readonly List<Func<FlowState, Task>> _steps = [];

    public TestFlow(TestBotHost host, string? locale = null, string conversationId = "convo1", string userId = "user1")
        : this(host.Services, locale, conversationId, userId)
    {
    }

    public TestFlow(IServiceProvider services, string? locale = null, string conversationId = "convo1", string userId = "user1")
    {
        _services = services;
        Conversation = new TestConversation(conversationId, userId, locale);
    }

    public TestConversation Conversation { get; }

    /// <summary>Sends a message with this text, as the user.</summary>
    public TestFlow Send(string text) => Send(Conversation.Message(text));

    /// <summary>Sends any activity (its addressing is filled in from the test conversation).</summary>
    public TestFlow Send(Activity activity) => Step(state => state.RunTurnAsync(Conversation.Complete(activity)));

    /// <summary>Sends an Adaptive Card submit: a message with a <c>value</c> and no text, as Web Chat does.</summary>
    public TestFlow SendSubmit(JsonObject value) => Send(Conversation.Submit(value));

    /// <summary>Sends the conversationUpdate a channel sends when the conversation starts (bot and user added).</summary>
    public TestFlow SendConversationUpdate() => Send(Conversation.ConversationUpdate());

    public TestFlow AssertReply(string expectedText) =>
        AssertReply(reply => Assert.Equal(expectedText, reply.Text), $"a reply '{expectedText}'");

    public TestFlow AssertReplyContains(string expectedFragment) =>
        AssertReply(reply => Assert.Contains(expectedFragment, reply.Text ?? string.Empty, StringComparison.Ordinal), $"a reply containing '{expectedFragment}'");

    public TestFlow AssertReplyOneOf(params string[] candidates) =>
        AssertReply(reply => Assert.Contains(reply.Text, candidates), $"a reply that is one of [{string.Join(" | ", candidates)}]");

    /// <summary>Asserts the next reply offers exactly these suggested actions (by title), in this order.</summary>
    public TestFlow AssertSuggestedActions(params string[] titles) =>
        AssertReply(
            reply =>
            {
                var actual = reply.SuggestedActions?.Actions.Select(a => a.Title ?? string.Empty).ToArray() ?? [];
                Assert.Equal(titles, actual);
            },
            $"suggested actions [{string.Join(", ", titles)}]");

    public TestFlow AssertReply(Action<Activity> inspect, string description = "a reply") =>
        Step(state =>
        {
            var reply = state.NextReply(description);
            inspect(reply);
            return Task.CompletedTask;
        });

    /// <summary>Skips replies up to and including the first one that matches.</summary>
    public TestFlow AssertReplyEventually(Func<Activity, bool> match, string description) =>
        Step(state =>
        {
            while (true)
            {
                if (match(state.NextReply(description)))
                {
                    return Task.CompletedTask;
                }
            }
        });

    public TestFlow AssertNoReply() => Step(state =>
    {
        if (state.Pending.Count > 0)
        {
            throw new XunitException($"Expected no more replies, but the bot sent: {Describe(state.Pending.Peek())}");
        }

        return Task.CompletedTask;
    });

    /// <summary>Asserts that none of the replies still queued matches, and drops them.</summary>
    public TestFlow AssertNoReplyMatching(Func<Activity, bool> match, string description) => Step(state =>
    {
        while (state.Pending.Count > 0)
        {
            var reply = state.Pending.Dequeue();
            if (match(reply))
            {
                throw new XunitException($"Expected no {description}, but the bot sent: {Describe(reply)}");
            }
        }

        return Task.CompletedTask;
    });

    /// <summary>Takes every reply still queued (the replies of the last turn) and inspects them together.</summary>
    public TestFlow AssertReplies(Action<IReadOnlyList<Activity>> inspect, string description = "the replies of the turn") =>
        Step(state =>
        {
            var replies = state.Pending.ToList();
            state.Pending.Clear();
            if (replies.Count == 0)
            {
                throw new XunitException($"Expected {description}, but the bot sent nothing more.");
            }

            inspect(replies);
            return Task.CompletedTask;
        });

    /// <summary>Drops the replies still queued from earlier turns.</summary>
    public TestFlow SkipReplies() => Step(state =>
    {
        state.Pending.Clear();
        return Task.CompletedTask;
    });

    public TestFlow Do(Func<Task> action) => Step(_ => action());

    /// <summary>Runs the steps in order; fails at the first step that does not hold.</summary>
    public async Task StartTestAsync()
    {
        var state = new FlowState(_services.GetRequiredService<BotAdapter>());
        foreach (var step in _steps)
        {
            await step(state);
        }
    }

    internal static string Describe(Activity activity) => activity.Type switch
    {
        ActivityTypes.Message => $"message '{activity.Text}'" + (activity.Attachments is { Count: > 0 } ? $" with {activity.Attachments.Count} attachment(s)" : string.Empty),
        _ => $"{activity.Type} '{activity.Name}'",
    };

    private TestFlow Step(Func<FlowState, Task> step)
    {
        _steps.Add(step);
        return this;
    }

    private sealed class FlowState(BotAdapter adapter)
    {
        public Queue<Activity> Pending { get; } = new();

        public TurnResult? LastResult { get; private set; }

        public async Task RunTurnAsync(Activity activity)
        {
            var replies = new CollectedReplies();
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
            LastResult = await adapter.ProcessActivityAsync(activity, replies, timeout.Token);
            foreach (var reply in replies.Activities.Where(a => !a.IsType(ActivityTypes.Typing)))
            {
                Pending.Enqueue(reply);
            }
        }

        public Activity NextReply(string expected) =>
            Pending.Count > 0 ? Pending.Dequeue() : throw new XunitException($"Expected {expected}, but the bot sent nothing more.");
    }
}
