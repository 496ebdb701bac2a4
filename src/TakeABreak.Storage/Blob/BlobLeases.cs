using System.Collections.Concurrent;

namespace TakeABreak.Storage.Blob;

/// <summary>
/// What this process knows of the blobs it leases for turns: the lease it holds on a blob while a turn runs (so the
/// store's writes carry it), and the last copy of each blob it read or wrote. A copy is used only while a held lease
/// shows the blob still has the copy's ETag: nobody else can have changed it then, so it need not be downloaded again.
/// </summary>
public sealed class BlobLeases
{
    private const int MaxCopies = 10_000;
    private readonly ConcurrentDictionary<string, Held> _held = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, Copy> _copies = new(StringComparer.Ordinal);

    internal static string PathOf(string kind, string key) => kind + "/" + key;

    internal void Hold(string path, string leaseId, string etag) => _held[path] = new Held(leaseId, etag);

    internal void Release(string path) => _held.TryRemove(path, out _);

    /// <summary>The lease held on the blob and the blob's current ETag, when a turn of this process holds it.</summary>
    internal bool TryGetHeld(string path, out string leaseId, out string etag)
    {
        if (_held.TryGetValue(path, out var held))
        {
            (leaseId, etag) = (held.LeaseId, held.ETag);
            return true;
        }

        (leaseId, etag) = (string.Empty, string.Empty);
        return false;
    }

    /// <summary>The blob's copy, when a lease is held and the blob still has the copy's ETag.</summary>
    internal bool TryRecall(string path, out ReadOnlyMemory<byte> data, out string etag, out DateTimeOffset touched)
    {
        if (_held.TryGetValue(path, out var held) && _copies.TryGetValue(path, out var copy) && copy.ETag == held.ETag)
        {
            (data, etag, touched) = (copy.Data, copy.ETag, copy.Touched);
            return true;
        }

        (data, etag, touched) = (ReadOnlyMemory<byte>.Empty, string.Empty, default);
        return false;
    }

    /// <summary>Keeps the blob's content as just read or written; a held lease follows the new ETag.</summary>
    internal void Remember(string path, ReadOnlyMemory<byte> data, string etag, DateTimeOffset touched)
    {
        if (_copies.Count >= MaxCopies)
        {
            _copies.Clear();
        }

        _copies[path] = new Copy(data.ToArray(), etag, touched);
        if (_held.TryGetValue(path, out var held))
        {
            _held[path] = held with { ETag = etag };
        }
    }

    internal void Forget(string path) => _copies.TryRemove(path, out _);

    private sealed record Held(string LeaseId, string ETag);

    private sealed record Copy(ReadOnlyMemory<byte> Data, string ETag, DateTimeOffset Touched);
}
