using System.Globalization;
using TakeABreak.Signalering.Consultations;
using TakeABreak.Storage.Records;

namespace TakeABreak.Storage.Consultations;

/// <summary>
/// Each entry is its own item, created only if absent ("{consultation}/{time}-{random}"), so no entry can be
/// overwritten through this class; keys sort by time.
/// </summary>
public sealed class StoredAuditTrail(IDurableStore store) : IConsultationAuditTrail
{
    public async Task AppendAsync(ConsultationAuditEntry entry, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(entry);
        var key = string.Create(
            CultureInfo.InvariantCulture,
            $"{entry.ConsultationId}/{entry.At.UtcTicks:D19}-{Guid.NewGuid():N}");
        await store.CreateAsync(RecordKinds.Audit, key, RecordJson.Serialize(entry), cancellationToken);
    }

    public async Task<IReadOnlyList<ConsultationAuditEntry>> ForAsync(string consultationId, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(consultationId);
        var keys = new List<string>();
        await foreach (var info in store.ListAsync(RecordKinds.Audit, consultationId + "/", cancellationToken))
        {
            keys.Add(info.Key);
        }

        var entries = new List<ConsultationAuditEntry>();
        foreach (var key in keys.Order(StringComparer.Ordinal))
        {
            if (await store.ReadAsync(RecordKinds.Audit, key, cancellationToken) is { } item)
            {
                entries.Add(RecordJson.Deserialize<ConsultationAuditEntry>(item.Data));
            }
        }

        return entries;
    }
}
