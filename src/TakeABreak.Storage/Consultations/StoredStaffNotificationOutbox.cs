using TakeABreak.Signalering.Consultations;
using TakeABreak.Storage.Records;

namespace TakeABreak.Storage.Consultations;

/// <summary>The outbox in the <see cref="IDurableStore"/>: one item per notification, keyed by its id.</summary>
public sealed class StoredStaffNotificationOutbox(IDurableStore store) : IStaffNotificationOutbox
{
    public async Task AddAsync(StaffNotification notification, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(notification);
        try
        {
            await store.CreateAsync(RecordKinds.Outbox, notification.Id, RecordJson.Serialize(notification), cancellationToken);
        }
        catch (StorageConflictException)
        {
            // Already in the outbox: a retry of the same change.
        }
    }

    public async Task<IReadOnlyList<StaffNotification>> PendingAsync(CancellationToken cancellationToken)
    {
        var keys = new List<string>();
        await foreach (var info in store.ListAsync(RecordKinds.Outbox, string.Empty, cancellationToken))
        {
            keys.Add(info.Key);
        }

        var pending = new List<StaffNotification>();
        foreach (var key in keys)
        {
            if (await store.ReadAsync(RecordKinds.Outbox, key, cancellationToken) is { } item)
            {
                pending.Add(RecordJson.Deserialize<StaffNotification>(item.Data));
            }
        }

        return pending.OrderBy(n => n.At).ThenBy(n => n.Id, StringComparer.Ordinal).ToList();
    }

    public Task CompleteAsync(string notificationId, CancellationToken cancellationToken) =>
        store.DeleteAsync(RecordKinds.Outbox, notificationId, null, cancellationToken);
}
