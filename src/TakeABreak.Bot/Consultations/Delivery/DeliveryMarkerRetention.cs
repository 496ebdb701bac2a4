using System.Text.Json;
using Microsoft.Extensions.Options;
using TakeABreak.Storage;
using TakeABreak.Storage.Consultations;
using TakeABreak.Storage.Records;

namespace TakeABreak.Bot.Consultations.Delivery;

/// <summary>
/// Forgets the delivery markers of <see cref="DeliveryLeases"/> once they are older than
/// <see cref="DeliveryOptions.MarkerTimeToLive"/>: a delivered entry's marker (its outbox entry is removed with it, in
/// case that removal failed before), and a marker whose outbox entry is gone. A marker of an entry still waiting in the
/// outbox stays, or the entry could be sent twice.
/// </summary>
internal sealed class DeliveryMarkerRetention(
    IDurableStore store,
    IStaffNotificationOutbox outbox,
    IOptions<DeliveryOptions> options,
    TimeProvider timeProvider)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <returns>How many markers were deleted.</returns>
    public async Task<int> SweepOnceAsync(CancellationToken cancellationToken)
    {
        var cutoff = timeProvider.GetUtcNow() - options.Value.MarkerTimeToLive;
        var old = new List<StoredItemInfo>();
        await foreach (var item in store.ListAsync(DeliveryLeases.Kind, string.Empty, cancellationToken))
        {
            if (item.LastModified <= cutoff)
            {
                old.Add(item);
            }
        }

        if (old.Count == 0)
        {
            return 0;
        }

        var waiting = (await outbox.PendingAsync(cancellationToken)).Select(entry => entry.Id).ToHashSet(StringComparer.Ordinal);
        var deleted = 0;
        foreach (var info in old)
        {
            if (await store.ReadAsync(DeliveryLeases.Kind, info.Key, cancellationToken) is not { } marker || marker.ETag != info.ETag)
            {
                continue; // gone or changed since the listing: a host is working on it
            }

            var delivered = JsonSerializer.Deserialize<DeliveryState>(marker.Data.Span, Json)!.Status == DeliveryState.Delivered;
            if (!delivered && waiting.Contains(info.Key))
            {
                continue;
            }

            if (delivered)
            {
                await outbox.CompleteAsync(info.Key, cancellationToken);
            }

            try
            {
                await store.DeleteAsync(DeliveryLeases.Kind, info.Key, marker.ETag, cancellationToken);
                deleted++;
            }
            catch (StorageConflictException)
            {
                // Changed since it was read: not old any more.
            }
        }

        return deleted;
    }
}
