namespace TakeABreak.Bot.Conversation.Feedback;

/// <summary>Keeps the counts in this process until a stored counter exists.</summary>
public sealed class InMemoryFeedbackCounter : IFeedbackCounter
{
    private readonly long[] _counts = new long[5];

    public Task AddAsync(int mark, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(mark, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(mark, 5);
        Interlocked.Increment(ref _counts[mark - 1]);
        return Task.CompletedTask;
    }

    public Task<IReadOnlyList<long>> CountsAsync(CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<long>>(_counts.Select(count => Interlocked.Read(ref count)).ToArray());
}
