using TakeABreak.BotFramework.Schema;
using TakeABreak.BotFramework.Turns;

namespace TakeABreak.Bot.Benchmarks.Protocol;

/// <summary>The cheapest bot possible, so the benchmark measures the protocol layer and nothing else.</summary>
public sealed class EchoBot : IBot
{
    public Task OnTurnAsync(ITurnContext turnContext, CancellationToken cancellationToken) =>
        turnContext.Activity.IsType(ActivityTypes.Message)
            ? turnContext.SendActivityAsync(new Activity { Type = ActivityTypes.Message, Text = turnContext.Activity.Text }, cancellationToken)
            : Task.CompletedTask;
}
