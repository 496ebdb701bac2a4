using TakeABreak.BotFramework.Turns;
using TakeABreak.Storage;

namespace TakeABreak.Bot.State;

/// <summary>
/// One turn at a time per conversation: queued in this process first, and then, when the storage is shared by several
/// hosts (Blob), held across them by the storage's lock on the conversation's state. SQLite has one owner process,
/// so the in-process queue is all it needs.
/// </summary>
internal sealed class StorageConversationTurnLock(IConversationLock? sharedLock) : IConversationTurnLock
{
    private readonly InProcessConversationTurnLock _inProcess = new();

    public async ValueTask<IAsyncDisposable> AcquireAsync(string conversationKey, CancellationToken cancellationToken)
    {
        var local = await _inProcess.AcquireAsync(conversationKey, cancellationToken);
        if (sharedLock is null)
        {
            return local;
        }

        try
        {
            var shared = await sharedLock.AcquireAsync(StoredDialogStateStore.StorageKeyOf(conversationKey), cancellationToken);
            return new BothHeld(shared, local);
        }
        catch
        {
            await local.DisposeAsync();
            throw;
        }
    }

    private sealed class BothHeld(IAsyncDisposable shared, IAsyncDisposable local) : IAsyncDisposable
    {
        public async ValueTask DisposeAsync()
        {
            try
            {
                await shared.DisposeAsync();
            }
            finally
            {
                await local.DisposeAsync();
            }
        }
    }
}
