using TakeABreak.BotFramework.Schema;
using TakeABreak.BotFramework.Turns;

namespace TakeABreak.BotFramework.Tests.DirectLine;

/// <summary>Says "welcome" when the conversation starts and echoes every message with its locale.</summary>
internal sealed class WelcomeAndEchoBot : IBot
{
    public async Task OnTurnAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        var activity = turnContext.Activity;
        if (activity.IsType(ActivityTypes.ConversationUpdate))
        {
            await turnContext.SendActivityAsync(activity.CreateReply("welcome"), cancellationToken);
        }
        else if (activity.IsType(ActivityTypes.Message))
        {
            await turnContext.SendActivityAsync(activity.CreateReply($"echo {activity.Locale}: {activity.Text}"), cancellationToken);
        }
    }
}
