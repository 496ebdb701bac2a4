namespace TakeABreak.BotFramework.Turns;

/// <summary>Makes sure one conversation runs one turn at a time in this process; across instances a lost save runs the turn again (<see cref="BotAdapter"/>).</summary>
public interface IConversationTurnLock
{
    ValueTask<IAsyncDisposable> AcquireAsync(string conversationKey, CancellationToken cancellationToken);
}

/// <summary>Serialises turns of a conversation within this process.</summary>
public sealed class InProcessConversationTurnLock : IConversationTurnLock
{
    private readonly Dictionary<string, Entry> _entries = new(StringComparer.Ordinal);
    private readonly Lock _gate = new();

    public async ValueTask<IAsyncDisposable> AcquireAsync(string conversationKey, CancellationToken cancellationToken)
    {
        Entry entry;
        lock (_gate)
        {
            if (!_entries.TryGetValue(conversationKey, out entry!))
            {
                entry = new Entry();
                _entries[conversationKey] = entry;
            }

            entry.Users++;
        }

        try
        {
            await entry.Semaphore.WaitAsync(cancellationToken);
        }
        catch
        {
            Leave(conversationKey, entry);
            throw;
        }

        return new Release(() =>
        {
            entry.Semaphore.Release();
            Leave(conversationKey, entry);
        });
    }

    private void Leave(string conversationKey, Entry entry)
    {
        lock (_gate)
        {
            if (--entry.Users == 0)
            {
                _entries.Remove(conversationKey);
                entry.Semaphore.Dispose();
            }
        }
    }

    private sealed class Entry
    {
        public SemaphoreSlim Semaphore { get; } = new(1, 1);

        public int Users { get; set; }
    }

    private sealed class Release(Action release) : IAsyncDisposable
    {
        private int _released;

        public ValueTask DisposeAsync()
        {
            if (Interlocked.Exchange(ref _released, 1) == 0)
            {
                release();
            }

            return ValueTask.CompletedTask;
        }
    }
}
