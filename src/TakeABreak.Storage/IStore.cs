namespace TakeABreak.Storage;

/// <summary>
/// Items grouped by kind (lower_snake, e.g. "conversation_state") and addressed by key, with optimistic concurrency.
/// A write with an ETag that no longer matches throws <see cref="StorageConflictException"/>;
/// an unreachable provider throws <see cref="StorageUnavailableException"/>.
/// </summary>
public interface IStore
{
    Task<StoredItem?> ReadAsync(string kind, string key, CancellationToken cancellationToken = default);

    /// <summary>
    /// The item's current ETag, or null when it does not exist: whether a copy read earlier is still the stored one,
    /// without fetching the data (a store may answer it more cheaply than a read).
    /// </summary>
    async Task<string?> CurrentETagAsync(string kind, string key, CancellationToken cancellationToken = default) =>
        (await ReadAsync(kind, key, cancellationToken))?.ETag;

    /// <summary>Writes the item. With <paramref name="ifMatchETag"/> null this is an unconditional upsert. Returns the new ETag.</summary>
    Task<string> WriteAsync(string kind, string key, ReadOnlyMemory<byte> data, string? ifMatchETag = null, CancellationToken cancellationToken = default);

    /// <summary>Creates the item only if it does not exist yet. Returns the new ETag.</summary>
    Task<string> CreateAsync(string kind, string key, ReadOnlyMemory<byte> data, CancellationToken cancellationToken = default);

    /// <summary>Deletes the item. Deleting an absent item without an ETag does nothing; with an ETag it is a conflict.</summary>
    Task DeleteAsync(string kind, string key, string? ifMatchETag = null, CancellationToken cancellationToken = default);

    /// <summary>The items of a kind whose key starts with <paramref name="keyPrefix"/>, without their data, in no particular order.</summary>
    IAsyncEnumerable<StoredItemInfo> ListAsync(string kind, string keyPrefix = "", CancellationToken cancellationToken = default);
}
