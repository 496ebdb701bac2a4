namespace TakeABreak.Storage;

/// <summary>
/// One turn at a time per conversation, across processes and hosts that share the storage.
/// Dispose the returned handle to release; a lock whose holder died expires by itself.
/// </summary>
public interface IConversationLock
{
    ValueTask<IAsyncDisposable> AcquireAsync(string conversationKey, CancellationToken cancellationToken = default);
}
