using TakeABreak.BotFramework.Schema;
using TakeABreak.BotFramework.Turns;

namespace TakeABreak.Bot.Testing.Bots;

/// <summary>Answers every message with "echo: " and its text; answers invokes with 200. For protocol tests and benchmarks.</summary>
public sealed class EchoBot : IBot
{
    public async Task OnTurnAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        if (turnContext.Activity.IsType(ActivityTypes.Message))
        {
            await turnContext.SendActivityAsync(turnContext.Activity.CreateReply($"echo: {turnContext.Activity.Text}"), cancellationToken);
        }
        else if (turnContext.Activity.IsType(ActivityTypes.Invoke))
        {
            turnContext.InvokeResponse = new InvokeResponse(200);
        }
    }
}
