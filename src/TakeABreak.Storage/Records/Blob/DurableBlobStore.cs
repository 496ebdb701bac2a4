using TakeABreak.Storage.Blob;

namespace TakeABreak.Storage.Records.Blob;

/// <summary>
/// Records in Blob Storage. A Put Blob is acknowledged only once the service has committed it durably, so every write
/// that returns here is confirmed; nothing is buffered on this side.
/// </summary>
public sealed class DurableBlobStore(BlobStore blobs) : IDurableStore
{
    public Task<StoredItem?> ReadAsync(string kind, string key, CancellationToken cancellationToken = default) =>
        blobs.ReadAsync(kind, key, cancellationToken);

    public Task<string> WriteAsync(string kind, string key, ReadOnlyMemory<byte> data, string? ifMatchETag = null, CancellationToken cancellationToken = default) =>
        blobs.WriteAsync(kind, key, data, ifMatchETag, cancellationToken);

    public Task<string> CreateAsync(string kind, string key, ReadOnlyMemory<byte> data, CancellationToken cancellationToken = default) =>
        blobs.CreateAsync(kind, key, data, cancellationToken);

    public Task DeleteAsync(string kind, string key, string? ifMatchETag = null, CancellationToken cancellationToken = default) =>
        blobs.DeleteAsync(kind, key, ifMatchETag, cancellationToken);

    public IAsyncEnumerable<StoredItemInfo> ListAsync(string kind, string keyPrefix = "", CancellationToken cancellationToken = default) =>
        blobs.ListAsync(kind, keyPrefix, cancellationToken);
}
