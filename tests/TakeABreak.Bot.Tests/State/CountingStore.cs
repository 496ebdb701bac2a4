using TakeABreak.Storage;

namespace TakeABreak.Bot.Tests.State;

/// <summary>The host's storage, counting the calls that touch conversation state.</summary>
internal sealed class CountingStore(IStore inner) : IStore
{
    private int _loads;
    private int _saves;
    private int _deletes;
    private int _checks;

    public (int Loads, int Saves, int Deletes) Counts => (_loads, _saves, _deletes);

    /// <summary>How often a state given from the host's memory was checked against storage (its ETag only).</summary>
    public int Checks => _checks;

    public void Reset() => (_loads, _saves, _deletes, _checks) = (0, 0, 0, 0);

    public Task<string?> CurrentETagAsync(string kind, string key, CancellationToken cancellationToken = default)
    {
        Count(kind, ref _checks);
        return inner.CurrentETagAsync(kind, key, cancellationToken);
    }

    public Task<StoredItem?> ReadAsync(string kind, string key, CancellationToken cancellationToken = default)
    {
        Count(kind, ref _loads);
        return inner.ReadAsync(kind, key, cancellationToken);
    }

    public Task<string> WriteAsync(string kind, string key, ReadOnlyMemory<byte> data, string? ifMatchETag = null, CancellationToken cancellationToken = default)
    {
        Count(kind, ref _saves);
        return inner.WriteAsync(kind, key, data, ifMatchETag, cancellationToken);
    }

    public Task<string> CreateAsync(string kind, string key, ReadOnlyMemory<byte> data, CancellationToken cancellationToken = default)
    {
        Count(kind, ref _saves);
        return inner.CreateAsync(kind, key, data, cancellationToken);
    }

    public Task DeleteAsync(string kind, string key, string? ifMatchETag = null, CancellationToken cancellationToken = default)
    {
        Count(kind, ref _deletes);
        return inner.DeleteAsync(kind, key, ifMatchETag, cancellationToken);
    }

    public IAsyncEnumerable<StoredItemInfo> ListAsync(string kind, string keyPrefix = "", CancellationToken cancellationToken = default) =>
        inner.ListAsync(kind, keyPrefix, cancellationToken);

    private static void Count(string kind, ref int counter)
    {
        if (kind == StorageKinds.ConversationState)
        {
            Interlocked.Increment(ref counter);
        }
    }
}
