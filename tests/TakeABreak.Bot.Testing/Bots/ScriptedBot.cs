using TakeABreak.BotFramework.Turns;

namespace TakeABreak.Bot.Testing.Bots;

/// <summary>A bot whose turn is whatever the test gives it.</summary>
public sealed class ScriptedBot(Func<ITurnContext, CancellationToken, Task> onTurn) : IBot
{
    public Task OnTurnAsync(ITurnContext turnContext, CancellationToken cancellationToken) => onTurn(turnContext, cancellationToken);
}
