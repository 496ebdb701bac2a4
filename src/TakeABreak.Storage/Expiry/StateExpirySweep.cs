using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace TakeABreak.Storage.Expiry;

/// <summary>
/// Deletes conversation and user state that has been idle longer than <see cref="StorageOptions.StateTimeToLive"/>.
/// </summary>
public sealed class StateExpirySweep(
    IStore store,
    IOptions<StorageOptions> options,
    TimeProvider timeProvider,
    ILogger<StateExpirySweep> logger) : BackgroundService
{
    /// <summary>One pass over the expiring kinds; returns how many items were deleted.</summary>
    public async Task<int> SweepOnceAsync(CancellationToken cancellationToken = default)
    {
        var cutoff = timeProvider.GetUtcNow() - options.Value.StateTimeToLive;
        var deleted = 0;
        foreach (var kind in StorageKinds.Expiring)
        {
            var expired = new List<StoredItemInfo>();
            await foreach (var item in store.ListAsync(kind, cancellationToken: cancellationToken))
            {
                if (item.LastModified <= cutoff)
                {
                    expired.Add(item);
                }
            }

            foreach (var item in expired)
            {
                try
                {
                    await store.DeleteAsync(kind, item.Key, item.ETag, cancellationToken);
                    deleted++;
                }
                catch (StorageConflictException)
                {
                    // Touched again (or deleted) since the listing: it is not idle any more.
                }
            }
        }

        return deleted;
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.Value.ExpirySweepInterval, timeProvider);
        do
        {
            try
            {
                var deleted = await SweepOnceAsync(stoppingToken);
                logger.LogInformation("State expiry sweep deleted {Count} idle items.", deleted);
            }
            catch (StorageUnavailableException exception)
            {
                logger.LogWarning(exception, "State expiry sweep skipped: storage unavailable.");
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }
}
