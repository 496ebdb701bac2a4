namespace TakeABreak.BotFramework.Turns;

/// <summary>
/// Told how a turn ended, still inside the conversation's turn lock: <see cref="OnTurnSucceededAsync"/> after the
/// middleware and the bot finished, before their replies (held back until then) go out — this is where the state is
/// saved; <see cref="OnTurnFailed"/> before the error handlers when anything threw or the turn was cancelled;
/// <see cref="OnRepliesUndeliveredAsync"/> when the state was saved but the replies could not be delivered.
/// </summary>
public interface ITurnCompletion
{
    Task OnTurnSucceededAsync(ITurnContext turnContext, CancellationToken cancellationToken);

    void OnTurnFailed(ITurnContext turnContext);

    /// <summary>Undoes what <see cref="OnTurnSucceededAsync"/> saved, so the conversation stays where the user last saw it.</summary>
    Task OnRepliesUndeliveredAsync(ITurnContext turnContext, CancellationToken cancellationToken);
}
