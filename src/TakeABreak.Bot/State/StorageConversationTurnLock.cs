using TakeABreak.BotFramework.Turns;
using TakeABreak.Storage;

namespace TakeABreak.Bot.State;

/// <summary>
/// One turn at a time per conversation across instances: first queue within this process (so one host does not
/// compete with itself for the storage lock), then hold the storage lock (a blob lease or a SQLite lock row).
/// </summary>
internal sealed class StorageConversationTurnLock(IConversationLock storageLock) : IConversationTurnLock
{
    private readonly InProcessConversationTurnLock _local = new();

    public async ValueTask<IAsyncDisposable> AcquireAsync(string conversationKey, CancellationToken cancellationToken)
    {
        var local = await _local.AcquireAsync(conversationKey, cancellationToken);
        try
        {
            var shared = await storageLock.AcquireAsync(conversationKey, cancellationToken);
            return new Held(shared, local);
        }
        catch
        {
            await local.DisposeAsync();
            throw;
        }
    }

    private sealed class Held(IAsyncDisposable shared, IAsyncDisposable local) : IAsyncDisposable
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
