using TakeABreak.BotFramework.Turns;
using TakeABreak.Storage;

namespace TakeABreak.Bot.State;

/// <summary>
/// One turn at a time per conversation across instances: the storage lock (a blob lease or a SQLite lock row), which
/// also queues the turns of one conversation within this process.
/// </summary>
internal sealed class StorageConversationTurnLock(IConversationLock storageLock) : IConversationTurnLock
{
    public ValueTask<IAsyncDisposable> AcquireAsync(string conversationKey, CancellationToken cancellationToken) =>
        storageLock.AcquireAsync(ConversationStorageKey.For(conversationKey), cancellationToken);
}
