using TakeABreak.BotFramework.Turns;
using TakeABreak.Dialogs.Runtime;

namespace TakeABreak.Dialogs.State;

/// <summary>
/// Keeps each conversation's <see cref="DialogState"/> between turns, with optimistic concurrency: a save names the
/// ETag it loaded and fails with <see cref="DialogStateConflictException"/> when someone saved in between.
/// </summary>
public interface IDialogStateStore
{
    /// <summary>The stored state and its ETag, or null for a conversation without state.</summary>
    Task<StoredDialogState?> LoadAsync(string conversationKey, CancellationToken cancellationToken);

    /// <param name="expectedETag">The ETag from <see cref="LoadAsync"/>; null when the state must not exist yet.</param>
    /// <returns>The new ETag.</returns>
    Task<string> SaveAsync(string conversationKey, DialogState state, string? expectedETag, CancellationToken cancellationToken);

    Task DeleteAsync(string conversationKey, CancellationToken cancellationToken);

    /// <summary>
    /// Makes sure a state that <see cref="LoadAsync"/> gave from memory (<see cref="StoredDialogState.Remembered"/>) is
    /// still the stored one, and fails with <see cref="DialogStateConflictException"/> when another host saved since. A turn
    /// asks before anything it does leaves the conversation without a save that would check it: replies of a turn that
    /// changed nothing, a request sent on.
    /// </summary>
    Task ConfirmCurrentAsync(string conversationKey, string etag, CancellationToken cancellationToken) => Task.CompletedTask;
}

/// <param name="Json">The state in its stored form (<see cref="DialogStateSerializer"/>) as loaded, when the store has it:
/// a turn compares with it to know whether the state changed, without serialising the loaded state once more.</param>
/// <param name="Remembered">Given from this host's memory of its own last save, not read from storage: another host may
/// have saved since (<see cref="IDialogStateStore.ConfirmCurrentAsync"/>).</param>
public sealed record StoredDialogState(DialogState State, string ETag, string? Json = null, bool Remembered = false);

public sealed class DialogStateConflictException(string conversationKey)
    : TurnStateConflictException($"The dialog state of conversation '{conversationKey}' was changed by another turn.")
{
    public string ConversationKey { get; } = conversationKey;
}
