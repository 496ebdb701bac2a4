namespace TakeABreak.BotFramework.Turns;

/// <summary>
/// Told how a turn ended, still inside the conversation's turn lock: <see cref="OnTurnSucceededAsync"/> after the
/// middleware and the bot finished and every reply was handed over; <see cref="OnTurnFailedAsync"/> before the error
/// handlers when anything threw (including a reply that could not be delivered) or the turn was cancelled.
/// </summary>
public interface ITurnCompletion
{
    Task OnTurnSucceededAsync(ITurnContext turnContext, CancellationToken cancellationToken);

    void OnTurnFailed(ITurnContext turnContext);
}
