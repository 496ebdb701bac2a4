using TakeABreak.BotFramework.Turns;
using TakeABreak.Dialogs.Turns;

namespace TakeABreak.Bot.Conversation;

/// <summary>The product bot: every turn goes to the dialog engine running the conversation in dialogs/.</summary>
public sealed class TakeABreakBot(DialogEngine engine) : IBot
{
    public Task OnTurnAsync(ITurnContext turnContext, CancellationToken cancellationToken) =>
        engine.OnTurnAsync(turnContext, cancellationToken);
}
