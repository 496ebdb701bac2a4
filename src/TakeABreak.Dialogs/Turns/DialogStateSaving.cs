using TakeABreak.BotFramework.Turns;

namespace TakeABreak.Dialogs.Turns;

/// <summary>
/// Saves a turn's dialog state once the turn succeeded, before its replies (held back until then) go out; drops the
/// turn's changes when it failed, and puts the state back when the replies could not be delivered. So when the
/// Connector cannot deliver the next question, the conversation stays at the question the user last saw and their next
/// message answers it, instead of silently skipping a step.
/// </summary>
public sealed class DialogStateSaving : ITurnCompletion
{
    public Task OnTurnSucceededAsync(ITurnContext turnContext, CancellationToken cancellationToken) =>
        DialogEngine.SessionOf(turnContext)?.SaveChangesAsync(cancellationToken) ?? Task.CompletedTask;

    public void OnTurnFailed(ITurnContext turnContext) => DialogEngine.SessionOf(turnContext)?.DiscardChanges();

    public Task OnRepliesUndeliveredAsync(ITurnContext turnContext, CancellationToken cancellationToken) =>
        DialogEngine.SessionOf(turnContext)?.UndoSaveAsync(cancellationToken) ?? Task.CompletedTask;
}
