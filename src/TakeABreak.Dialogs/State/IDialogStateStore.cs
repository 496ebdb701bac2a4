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
}

public sealed record StoredDialogState(DialogState State, string ETag);

public sealed class DialogStateConflictException(string conversationKey)
    : Exception($"The dialog state of conversation '{conversationKey}' was changed by another turn.")
{
    public string ConversationKey { get; } = conversationKey;
}
