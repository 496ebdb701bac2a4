using System.Text.Json;
using TakeABreak.Storage;
using TakeABreak.Storage.Records;

namespace TakeABreak.Bot.Consultations.Delivery;

/// <summary>
/// Makes delivery of an outbox entry happen once, whichever host tries: before sending, a host takes the entry's lease
/// in the durable store (a create, or an ETag-guarded takeover of an expired lease); afterwards it marks the entry
/// delivered (kept, so a host that still sees the entry in the outbox never sends it again) or sets when it may be
/// tried again (backoff).
/// </summary>
internal sealed class DeliveryLeases(IDurableStore store, TimeProvider timeProvider)
{
    public const string Kind = "teams_delivery";
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <summary>The lease, or null when the entry was delivered, another host is delivering it, or it waits for its next try.</summary>
    public async Task<DeliveryLease?> TryTakeAsync(string entryId, TimeSpan leaseTime, CancellationToken cancellationToken)
    {
        var now = timeProvider.GetUtcNow();
        var existing = await store.ReadAsync(Kind, entryId, cancellationToken);
        if (existing is null)
        {
            var fresh = new DeliveryState(DeliveryState.Sending, now + leaseTime, 0);
            try
            {
                var etag = await store.CreateAsync(Kind, entryId, Serialize(fresh), cancellationToken);
                return new DeliveryLease(entryId, etag, fresh);
            }
            catch (StorageConflictException)
            {
                return null;
            }
        }

        var state = JsonSerializer.Deserialize<DeliveryState>(existing.Data.Span, Json)!;
        if (state.Status == DeliveryState.Delivered || state.Until > now)
        {
            return null;
        }

        var taken = state with { Status = DeliveryState.Sending, Until = now + leaseTime };
        try
        {
            var etag = await store.WriteAsync(Kind, entryId, Serialize(taken), existing.ETag, cancellationToken);
            return new DeliveryLease(entryId, etag, taken);
        }
        catch (StorageConflictException)
        {
            return null;
        }
    }

    /// <summary>True when the entry was delivered already (its outbox entry may still be there).</summary>
    public async Task<bool> IsDeliveredAsync(string entryId, CancellationToken cancellationToken) =>
        await store.ReadAsync(Kind, entryId, cancellationToken) is { } item
        && JsonSerializer.Deserialize<DeliveryState>(item.Data.Span, Json)!.Status == DeliveryState.Delivered;

    public Task DeliveredAsync(DeliveryLease lease, CancellationToken cancellationToken) =>
        store.WriteAsync(Kind, lease.EntryId, Serialize(lease.State with { Status = DeliveryState.Delivered }), null, cancellationToken);

    /// <summary>Gives the entry back, to be tried again after <paramref name="retryAfter"/>; returns the number of failures so far.</summary>
    public async Task<int> FailedAsync(DeliveryLease lease, Func<int, TimeSpan> retryAfter, CancellationToken cancellationToken)
    {
        var failures = lease.State.Failures + 1;
        var waiting = lease.State with { Status = DeliveryState.Waiting, Until = timeProvider.GetUtcNow() + retryAfter(failures), Failures = failures };
        try
        {
            await store.WriteAsync(Kind, lease.EntryId, Serialize(waiting), lease.ETag, cancellationToken);
        }
        catch (StorageConflictException)
        {
            // Another host took the lease over meanwhile (ours expired); it decides now.
        }

        return failures;
    }

    private static byte[] Serialize(DeliveryState state) => JsonSerializer.SerializeToUtf8Bytes(state, Json);
}

internal sealed record DeliveryState(string Status, DateTimeOffset Until, int Failures)
{
    public const string Sending = "sending";
    public const string Waiting = "waiting";
    public const string Delivered = "delivered";
}

internal sealed record DeliveryLease(string EntryId, string ETag, DeliveryState State);
