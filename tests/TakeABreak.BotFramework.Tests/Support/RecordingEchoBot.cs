using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using TakeABreak.BotFramework.Schema;
using TakeABreak.BotFramework.Turns;

namespace TakeABreak.BotFramework.Tests.Support;

/// <summary>
/// The small bot the channel tests run: echoes messages as "echo: {text}", answers the invoke named
/// <see cref="AnsweredInvokeName"/> and nothing else, and remembers every activity it saw.
/// </summary>
public sealed class RecordingEchoBot : IBot
{
    public const string AnsweredInvokeName = "test/answer";

    private readonly ConcurrentQueue<Activity> _received = new();

    public IReadOnlyList<Activity> Received => [.. _received];

    public async Task OnTurnAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        var activity = turnContext.Activity;
        _received.Enqueue(activity);
        if (activity.IsType(ActivityTypes.Message))
        {
            await turnContext.SendActivityAsync(new Activity { Type = ActivityTypes.Message, Text = $"echo: {activity.Text}" }, cancellationToken);
        }
        else if (activity.IsType(ActivityTypes.Invoke) && activity.Name == AnsweredInvokeName)
        {
            turnContext.InvokeResponse = new InvokeResponse(200, new JsonObject { ["answered"] = true });
        }
    }
}
