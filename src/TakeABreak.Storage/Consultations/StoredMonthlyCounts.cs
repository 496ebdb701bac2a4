using TakeABreak.Signalering.Consultations.Statistics;
using TakeABreak.Storage.Records;

namespace TakeABreak.Storage.Consultations;

/// <summary>One item per month ("2026-11"), changed with its ETag and retried on a conflict.</summary>
public sealed class StoredMonthlyCounts(IDurableStore store) : IMonthlyCountsStore
{
    private const int Attempts = 20;

    public async Task UpdateAsync(DateTimeOffset moment, Action<MonthlyCounts> change, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(change);
        var month = MonthlyCounts.MonthOf(moment);
        for (var attempt = 0; attempt < Attempts; attempt++)
        {
            var item = await store.ReadAsync(RecordKinds.Statistics, month, cancellationToken);
            var counts = item is null ? MonthlyCounts.For(moment) : RecordJson.Deserialize<MonthlyCounts>(item.Data);
            change(counts);
            try
            {
                if (item is null)
                {
                    await store.CreateAsync(RecordKinds.Statistics, month, RecordJson.Serialize(counts), cancellationToken);
                }
                else
                {
                    await store.WriteAsync(RecordKinds.Statistics, month, RecordJson.Serialize(counts), item.ETag, cancellationToken);
                }

                return;
            }
            catch (StorageConflictException)
            {
                // Someone else counted at the same moment: read again.
            }
        }

        throw new StorageConflictException(RecordKinds.Statistics, month, $"still changing after {Attempts} attempts");
    }

    public async Task<IReadOnlyList<MonthlyCounts>> AllAsync(CancellationToken cancellationToken)
    {
        var months = new List<string>();
        await foreach (var info in store.ListAsync(RecordKinds.Statistics, string.Empty, cancellationToken))
        {
            months.Add(info.Key);
        }

        var all = new List<MonthlyCounts>();
        foreach (var month in months.Order(StringComparer.Ordinal))
        {
            if (await store.ReadAsync(RecordKinds.Statistics, month, cancellationToken) is { } item)
            {
                all.Add(RecordJson.Deserialize<MonthlyCounts>(item.Data));
            }
        }

        return all;
    }
}
