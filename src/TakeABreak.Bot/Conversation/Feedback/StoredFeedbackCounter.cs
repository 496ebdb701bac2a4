using TakeABreak.Storage.Consultations;

namespace TakeABreak.Bot.Conversation.Feedback;

/// <summary>The "was this helpful?" marks in the durable monthly counts, so they survive restarts and are reported per month.</summary>
public sealed class StoredFeedbackCounter(IMonthlyCountsStore counts, TimeProvider timeProvider) : IFeedbackCounter
{
    public Task AddAsync(int mark, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(mark, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(mark, 5);
        return counts.UpdateAsync(timeProvider.GetUtcNow(), month => month.CountFeedback(mark), cancellationToken);
    }

    public async Task<IReadOnlyList<long>> CountsAsync(CancellationToken cancellationToken)
    {
        var totals = new long[5];
        foreach (var month in await counts.AllAsync(cancellationToken))
        {
            for (var i = 0; i < Math.Min(5, month.FeedbackMarks.Length); i++)
            {
                totals[i] += month.FeedbackMarks[i];
            }
        }

        return totals;
    }
}
