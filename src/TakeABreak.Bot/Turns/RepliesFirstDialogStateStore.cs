using System.Collections.Concurrent;
using TakeABreak.BotFramework.Turns;
using TakeABreak.Dialogs.Runtime;
using TakeABreak.Dialogs.State;

namespace TakeABreak.Bot.Turns;

/// <summary>
/// Saves a turn's dialog state only after the turn's replies were delivered. The engine saves before it sends; this
/// store holds that save until the turn succeeds (<see cref="ITurnCompletion"/>) and drops it when the turn fails —
/// so when the Connector cannot deliver the next question, the conversation stays at the question the user last saw
/// and their next message answers it again, instead of silently skipping a step. Turns of one conversation never
/// overlap (the turn lock), so one pending save per conversation key is all there is.
/// </summary>
public sealed class RepliesFirstDialogStateStore(IDialogStateStore inner) : IDialogStateStore, ITurnCompletion
{
    private const string PendingETag = "pending-until-delivered";
    private readonly ConcurrentDictionary<string, PendingSave> _pending = new(StringComparer.Ordinal);

    public async Task<StoredDialogState?> LoadAsync(string conversationKey, CancellationToken cancellationToken) =>
        _pending.TryGetValue(conversationKey, out var pending)
            ? new StoredDialogState(DialogStateSerializer.Deserialize(pending.Json), PendingETag)
            : await inner.LoadAsync(conversationKey, cancellationToken);

    public Task<string> SaveAsync(string conversationKey, DialogState state, string? expectedETag, CancellationToken cancellationToken)
    {
        var loadedETag = _pending.TryGetValue(conversationKey, out var earlier) ? earlier.LoadedETag : expectedETag;
        _pending[conversationKey] = new PendingSave(DialogStateSerializer.Serialize(state), loadedETag);
        return Task.FromResult(PendingETag);
    }

    public Task DeleteAsync(string conversationKey, CancellationToken cancellationToken)
    {
        _pending.TryRemove(conversationKey, out _);
        return inner.DeleteAsync(conversationKey, cancellationToken);
    }

    public async Task OnTurnSucceededAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        var key = BotAdapter.ConversationKey(turnContext.Activity);
        if (_pending.TryRemove(key, out var pending))
        {
            await inner.SaveAsync(key, DialogStateSerializer.Deserialize(pending.Json), pending.LoadedETag, cancellationToken);
        }
    }

    public void OnTurnFailed(ITurnContext turnContext) => _pending.TryRemove(BotAdapter.ConversationKey(turnContext.Activity), out _);

    private sealed record PendingSave(string Json, string? LoadedETag);
}
