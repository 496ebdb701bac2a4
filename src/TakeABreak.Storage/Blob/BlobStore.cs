using System.Globalization;
using System.Runtime.CompilerServices;
using Azure;
using Azure.Storage.Blobs.Models;
using TakeABreak.Storage.Health;

namespace TakeABreak.Storage.Blob;

/// <summary>
/// <see cref="IStore"/> on Azure Blob Storage: a container per kind, a blob per key, ETags for conditional writes.
/// The last-modified time is the application's clock, kept in metadata, so expiry follows <see cref="TimeProvider"/>.
/// One request per call: a read is a download, a write an upload with <c>If-Match</c> (or <c>If-None-Match: *</c> to
/// create), so a turn of a conversation costs a read and, when its state changed, a write — no lease, no lock blob.
/// </summary>
public sealed class BlobStore(BlobContainers containers, TimeProvider timeProvider) : IStore, IStorageProbe
{
    private const string TouchedMetadata = "touched";

    public async Task ProbeAsync(CancellationToken cancellationToken)
    {
        try
        {
            await containers.For(StorageKinds.ConversationState).ExistsAsync(cancellationToken);
        }
        catch (Exception exception) when (BlobFailures.IsOutage(exception, cancellationToken) || exception is RequestFailedException)
        {
            throw BlobFailures.Unavailable(exception);
        }
    }

    public async Task<StoredItem?> ReadAsync(string kind, string key, CancellationToken cancellationToken = default)
    {
        StorageKinds.EnsureValidKind(kind);
        StorageKinds.EnsureValidKey(key);
        try
        {
            var blob = containers.For(kind).GetBlobClient(BlobNames.Blob(key));
            var content = (await blob.DownloadContentAsync(cancellationToken)).Value;
            var data = content.Content.ToMemory();
            var etag = content.Details.ETag.ToString("H");
            return new StoredItem(kind, key, data, etag, Touched(content.Details.Metadata, content.Details.LastModified));
        }
        catch (RequestFailedException exception) when (exception.Status == 404)
        {
            return null;
        }
        catch (Exception exception) when (BlobFailures.IsOutage(exception, cancellationToken))
        {
            throw BlobFailures.Unavailable(exception);
        }
    }

    /// <summary>One request for the properties only (no download).</summary>
    public async Task<string?> CurrentETagAsync(string kind, string key, CancellationToken cancellationToken = default)
    {
        StorageKinds.EnsureValidKind(kind);
        StorageKinds.EnsureValidKey(key);
        try
        {
            var blob = containers.For(kind).GetBlobClient(BlobNames.Blob(key));
            var properties = (await blob.GetPropertiesAsync(cancellationToken: cancellationToken)).Value;
            return properties.ETag.ToString("H");
        }
        catch (RequestFailedException exception) when (exception.Status == 404)
        {
            return null;
        }
        catch (Exception exception) when (BlobFailures.IsOutage(exception, cancellationToken))
        {
            throw BlobFailures.Unavailable(exception);
        }
    }

    public Task<string> WriteAsync(string kind, string key, ReadOnlyMemory<byte> data, string? ifMatchETag = null, CancellationToken cancellationToken = default)
    {
        StorageKinds.EnsureValidKind(kind);
        StorageKinds.EnsureValidKey(key);
        var conditions = ifMatchETag is null ? new BlobRequestConditions() : new BlobRequestConditions { IfMatch = new ETag(ifMatchETag) };
        return UploadAsync(kind, key, data, conditions, "the item changed or was deleted since it was read", cancellationToken);
    }

    public Task<string> CreateAsync(string kind, string key, ReadOnlyMemory<byte> data, CancellationToken cancellationToken = default)
    {
        StorageKinds.EnsureValidKind(kind);
        StorageKinds.EnsureValidKey(key);
        return UploadAsync(kind, key, data, new BlobRequestConditions { IfNoneMatch = ETag.All }, "the item already exists", cancellationToken);
    }

    /// <summary>The metadata that records when a blob was last written, by the application's clock.</summary>
    internal static Dictionary<string, string> TouchedNow(TimeProvider timeProvider) => new()
    {
        [TouchedMetadata] = timeProvider.GetUtcNow().ToUnixTimeMilliseconds().ToString(CultureInfo.InvariantCulture),
    };

    public async Task DeleteAsync(string kind, string key, string? ifMatchETag = null, CancellationToken cancellationToken = default)
    {
        StorageKinds.EnsureValidKind(kind);
        StorageKinds.EnsureValidKey(key);
        var conditions = ifMatchETag is null ? new BlobRequestConditions() : new BlobRequestConditions { IfMatch = new ETag(ifMatchETag) };
        try
        {
            var blob = containers.For(kind).GetBlobClient(BlobNames.Blob(key));
            await blob.DeleteAsync(DeleteSnapshotsOption.IncludeSnapshots, conditions, cancellationToken);
        }
        catch (RequestFailedException exception) when (exception.Status == 404 && ifMatchETag is null)
        {
        }
        catch (RequestFailedException exception) when (exception.Status is 404 or 412)
        {
            throw new StorageConflictException(kind, key, "the item changed or was deleted since it was read", exception);
        }
        catch (Exception exception) when (BlobFailures.IsOutage(exception, cancellationToken))
        {
            throw BlobFailures.Unavailable(exception);
        }
    }

    public async IAsyncEnumerable<StoredItemInfo> ListAsync(string kind, string keyPrefix = "", [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        StorageKinds.EnsureValidKind(kind);
        StorageKinds.EnsureValidKeyPrefix(keyPrefix);
        var blobs = containers.For(kind).GetBlobsAsync(
            new GetBlobsOptions { Traits = BlobTraits.Metadata, Prefix = keyPrefix.Length == 0 ? null : BlobNames.Blob(keyPrefix) },
            cancellationToken);
        await using var enumerator = blobs.GetAsyncEnumerator(cancellationToken);
        while (true)
        {
            BlobItem blob;
            try
            {
                if (!await enumerator.MoveNextAsync())
                {
                    yield break;
                }

                blob = enumerator.Current;
            }
            catch (RequestFailedException exception) when (exception.Status == 404)
            {
                break;
            }
            catch (Exception exception) when (BlobFailures.IsOutage(exception, cancellationToken))
            {
                throw BlobFailures.Unavailable(exception);
            }

            yield return new StoredItemInfo(
                kind, BlobNames.Key(blob.Name), blob.Properties.ETag?.ToString("H") ?? string.Empty, Touched(blob.Metadata, blob.Properties.LastModified));
        }
    }

    private async Task<string> UploadAsync(
        string kind, string key, ReadOnlyMemory<byte> data, BlobRequestConditions conditions, string conflictReason, CancellationToken cancellationToken)
    {
        var conditional = conditions.IfMatch is not null;

        try
        {
            await containers.EnsureAsync(kind, cancellationToken);
            var blob = containers.For(kind).GetBlobClient(BlobNames.Blob(key));
            var metadata = TouchedNow(timeProvider);
            var options = new BlobUploadOptions { Conditions = conditions, Metadata = metadata };
            var response = await blob.UploadAsync(BinaryData.FromBytes(data), options, cancellationToken);
            return response.Value.ETag.ToString("H");
        }
        catch (RequestFailedException exception) when (exception.Status == 404 && exception.ErrorCode == "ContainerNotFound" && !conditional)
        {
            containers.Forget(kind);
            throw new StorageUnavailableException($"Blob container for kind '{kind}' disappeared; it is created again on the next write.", exception);
        }
        catch (RequestFailedException exception) when (exception.Status is 404 or 409 or 412)
        {
            throw new StorageConflictException(kind, key, conflictReason, exception);
        }
        catch (Exception exception) when (BlobFailures.IsOutage(exception, cancellationToken))
        {
            throw BlobFailures.Unavailable(exception);
        }
    }

    private static DateTimeOffset Touched(IDictionary<string, string>? metadata, DateTimeOffset? fallback) =>
        metadata is not null && metadata.TryGetValue(TouchedMetadata, out var value) && long.TryParse(value, CultureInfo.InvariantCulture, out var milliseconds)
            ? DateTimeOffset.FromUnixTimeMilliseconds(milliseconds)
            : fallback ?? DateTimeOffset.MinValue;
}
