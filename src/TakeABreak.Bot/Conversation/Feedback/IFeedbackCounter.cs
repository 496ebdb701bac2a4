namespace TakeABreak.Bot.Conversation.Feedback;

/// <summary>Counts "was this helpful?" marks (1–5), anonymously: only how often each mark was given.</summary>
public interface IFeedbackCounter
{
    Task AddAsync(int mark, CancellationToken cancellationToken);

    /// <summary>How often each mark 1–5 was given (index 0 is mark 1).</summary>
    Task<IReadOnlyList<long>> CountsAsync(CancellationToken cancellationToken);
}
