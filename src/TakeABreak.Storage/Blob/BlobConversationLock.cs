using Azure;
using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;
using Azure.Storage.Blobs.Specialized;
using Microsoft.Extensions.Logging;
using TakeABreak.Storage.Locking;

namespace TakeABreak.Storage.Blob;

/// <summary>
/// A blob lease per conversation, on an empty lock blob in its own container: held for the turn, renewed while the
/// turn runs, and expiring by itself when the host dies. On release the lock blob is deleted, so no trace of the
/// conversation stays behind.
/// </summary>
public sealed class BlobConversationLock(
    BlobContainers containers,
    TimeProvider timeProvider,
    TimeSpan leaseDuration,
    ILogger<BlobConversationLock> logger) : IConversationLock, IStaleLockCleaner
{
    private static readonly TimeSpan PollInterval = TimeSpan.FromMilliseconds(25);
    private readonly InProcessKeyedLock _local = new();

    public async ValueTask<IAsyncDisposable> AcquireAsync(string conversationKey, CancellationToken cancellationToken = default)
    {
        StorageKinds.EnsureValidKey(conversationKey, nameof(conversationKey));
        var local = await _local.AcquireAsync(conversationKey, cancellationToken);
        try
        {
            await containers.EnsureAsync(StorageKinds.ConversationLocks, cancellationToken);
            var blob = containers.For(StorageKinds.ConversationLocks).GetBlobClient(BlobNames.Blob(conversationKey));
            var lease = blob.GetBlobLeaseClient();
            while (!await TryAcquireAsync(blob, lease, cancellationToken))
            {
                await Task.Delay(PollInterval, timeProvider, cancellationToken);
            }

            var renewal = new LockRenewal(timeProvider, leaseDuration, token => lease.RenewAsync(cancellationToken: token), logger);
            return new Held(blob, lease, renewal, local, logger);
        }
        catch (Exception exception) when (BlobFailures.IsOutage(exception, cancellationToken))
        {
            local.Dispose();
            throw BlobFailures.Unavailable(exception);
        }
        catch
        {
            local.Dispose();
            throw;
        }
    }

    public async Task<int> RemoveStaleLocksAsync(DateTimeOffset cutoff, CancellationToken cancellationToken)
    {
        var removed = 0;
        try
        {
            var container = containers.For(StorageKinds.ConversationLocks);
            await foreach (var blob in container.GetBlobsAsync(new GetBlobsOptions(), cancellationToken))
            {
                if (blob.Properties.LeaseState == LeaseState.Leased || blob.Properties.LastModified > cutoff)
                {
                    continue;
                }

                try
                {
                    await container.GetBlobClient(blob.Name).DeleteAsync(conditions: new BlobRequestConditions { IfMatch = blob.Properties.ETag }, cancellationToken: cancellationToken);
                    removed++;
                }
                catch (RequestFailedException exception) when (exception.Status is 404 or 409 or 412)
                {
                    // Taken again or released meanwhile.
                }
            }
        }
        catch (RequestFailedException exception) when (exception.Status == 404)
        {
        }
        catch (Exception exception) when (BlobFailures.IsOutage(exception, cancellationToken))
        {
            throw BlobFailures.Unavailable(exception);
        }

        return removed;
    }

    private async Task<bool> TryAcquireAsync(BlobClient blob, BlobLeaseClient lease, CancellationToken cancellationToken)
    {
        // The lock blob is deleted on release, so it is usually absent: create it first, then lease it.
        await CreateLockBlobAsync(blob, cancellationToken);
        try
        {
            await lease.AcquireAsync(leaseDuration, cancellationToken: cancellationToken);
            return true;
        }
        catch (RequestFailedException exception) when (exception.Status is 404 or 409)
        {
            // 404: released and deleted just now; 409: leased by another turn.
            return false;
        }
    }

    private static async Task CreateLockBlobAsync(BlobClient blob, CancellationToken cancellationToken)
    {
        try
        {
            var options = new BlobUploadOptions { Conditions = new BlobRequestConditions { IfNoneMatch = ETag.All } };
            await blob.UploadAsync(BinaryData.Empty, options, cancellationToken);
        }
        catch (RequestFailedException exception) when (exception.Status is 409 or 412)
        {
            // Another host created it first; competing for its lease decides.
        }
    }

    private sealed class Held(BlobClient blob, BlobLeaseClient lease, LockRenewal renewal, IDisposable local, ILogger logger) : IAsyncDisposable
    {
        private int _disposed;

        public async ValueTask DisposeAsync()
        {
            if (Interlocked.Exchange(ref _disposed, 1) == 1)
            {
                return;
            }

            try
            {
                await renewal.DisposeAsync();
                await blob.DeleteAsync(conditions: new BlobRequestConditions { LeaseId = lease.LeaseId });
            }
            catch (Exception exception)
            {
                logger.LogWarning(exception, "Releasing a conversation lease failed; it expires by itself.");
                await TryReleaseLeaseAsync();
            }
            finally
            {
                local.Dispose();
            }
        }

        private async Task TryReleaseLeaseAsync()
        {
            try
            {
                await lease.ReleaseAsync();
            }
            catch (Exception exception)
            {
                logger.LogDebug(exception, "Releasing the lease itself failed as well.");
            }
        }
    }
}
