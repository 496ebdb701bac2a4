using Azure;
using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;
using Azure.Storage.Blobs.Specialized;
using Microsoft.Extensions.Logging;
using TakeABreak.Storage.Locking;

namespace TakeABreak.Storage.Blob;

/// <summary>
/// One turn at a time per conversation across hosts: a lease on the conversation's state blob itself, held for the
/// turn, renewed while the turn runs, and expiring by itself when the host dies. The store's writes of that blob carry
/// the lease (<see cref="BlobLeases"/>), and the ETag the lease answers with tells whether this process's last copy of
/// the state is still current — so an ordinary turn costs a lease, a write and a release, and no separate lock blob.
/// A conversation without state gets an empty placeholder blob to lease (its state is written over it).
/// Turns of one conversation within one process are queued before they get here (the host's in-process lock).
/// </summary>
public sealed class BlobConversationLock(
    BlobContainers containers,
    BlobLeases leases,
    TimeProvider timeProvider,
    TimeSpan leaseDuration,
    ILogger<BlobConversationLock> logger) : IConversationLock
{
    private static readonly TimeSpan PollInterval = TimeSpan.FromMilliseconds(25);

    /// <param name="conversationKey">The key of the conversation's <c>conversation_state</c> item.</param>
    public async ValueTask<IAsyncDisposable> AcquireAsync(string conversationKey, CancellationToken cancellationToken = default)
    {
        StorageKinds.EnsureValidKey(conversationKey, nameof(conversationKey));
        try
        {
            await containers.EnsureAsync(StorageKinds.ConversationState, cancellationToken);
            var blob = containers.For(StorageKinds.ConversationState).GetBlobClient(BlobNames.Blob(conversationKey));
            var lease = blob.GetBlobLeaseClient();
            var path = BlobLeases.PathOf(StorageKinds.ConversationState, conversationKey);
            string? etag;
            while ((etag = await TryAcquireAsync(blob, lease, cancellationToken)) is null)
            {
                await Task.Delay(PollInterval, timeProvider, cancellationToken);
            }

            leases.Hold(path, lease.LeaseId, etag);
            var renewal = new LockRenewal(timeProvider, leaseDuration, token => lease.RenewAsync(cancellationToken: token), logger);
            return new Held(lease, path, leases, renewal, logger);
        }
        catch (Exception exception) when (BlobFailures.IsOutage(exception, cancellationToken))
        {
            throw BlobFailures.Unavailable(exception);
        }
    }

    /// <returns>The state blob's ETag once the lease is ours; null while another turn holds it.</returns>
    private async Task<string?> TryAcquireAsync(BlobClient blob, BlobLeaseClient lease, CancellationToken cancellationToken)
    {
        try
        {
            return (await lease.AcquireAsync(leaseDuration, cancellationToken: cancellationToken)).Value.ETag.ToString("H");
        }
        catch (RequestFailedException exception) when (exception.Status == 404)
        {
            await CreatePlaceholderAsync(blob, cancellationToken);
            return await TryAcquireAsync(blob, lease, cancellationToken);
        }
        catch (RequestFailedException exception) when (exception.Status == 409)
        {
            return null;
        }
    }

    private async Task CreatePlaceholderAsync(BlobClient blob, CancellationToken cancellationToken)
    {
        try
        {
            var options = new BlobUploadOptions
            {
                Conditions = new BlobRequestConditions { IfNoneMatch = ETag.All },
                Metadata = BlobStore.TouchedNow(timeProvider),
            };
            var created = await blob.UploadAsync(BinaryData.Empty, options, cancellationToken);

            // This host knows the placeholder is empty: the turn need not download it.
            leases.Remember(BlobLeases.PathOf(StorageKinds.ConversationState, BlobNames.Key(blob.Name)), ReadOnlyMemory<byte>.Empty, created.Value.ETag.ToString("H"), timeProvider.GetUtcNow());
        }
        catch (RequestFailedException exception) when (exception.Status is 409 or 412)
        {
            // Another turn created it first; competing for its lease decides.
        }
    }

    private sealed class Held(BlobLeaseClient lease, string path, BlobLeases leases, LockRenewal renewal, ILogger logger) : IAsyncDisposable
    {
        private int _disposed;

        public async ValueTask DisposeAsync()
        {
            if (Interlocked.Exchange(ref _disposed, 1) == 1)
            {
                return;
            }

            leases.Release(path);
            try
            {
                await renewal.DisposeAsync();
                await lease.ReleaseAsync();
            }
            catch (Exception exception)
            {
                // 404: the state was deleted during the turn (a reset), and the lease with it.
                if (exception is not RequestFailedException { Status: 404 })
                {
                    logger.LogWarning(exception, "Releasing a conversation lease failed; it expires by itself.");
                }
            }
        }
    }
}
