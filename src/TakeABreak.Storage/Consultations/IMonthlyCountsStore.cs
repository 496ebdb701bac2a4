using TakeABreak.Signalering.Consultations.Statistics;

namespace TakeABreak.Storage.Consultations;

/// <summary>The anonymous counts per month, kept durably (they survive restarts and the erasure of requests).</summary>
public interface IMonthlyCountsStore
{
    /// <summary>Changes the counts of the month of <paramref name="moment"/>; concurrent changes are retried, none is lost.</summary>
    Task UpdateAsync(DateTimeOffset moment, Action<MonthlyCounts> change, CancellationToken cancellationToken);

    /// <summary>Every month with counts, oldest first.</summary>
    Task<IReadOnlyList<MonthlyCounts>> AllAsync(CancellationToken cancellationToken);
}
