namespace TakeABreak.Storage.Consultations;

/// <summary>
/// Which conversations have a stored request whose confirmation may not have reached the person (the turn failed or the
/// host stopped after storing). Written before the request is stored, removed once the confirmation was sent, so the
/// person is told the outcome when they come back.
/// </summary>
public interface IConsultationReceipts
{
    Task AddAsync(string conversationKey, string consultationId, CancellationToken cancellationToken);

    /// <summary>The consultation id of an open receipt of this conversation, or null. Cheap when there is none.</summary>
    Task<string?> FindAsync(string conversationKey, CancellationToken cancellationToken);

    Task RemoveAsync(string conversationKey, CancellationToken cancellationToken);

    /// <summary>Re-reads which conversations have open receipts (other hosts may have written some).</summary>
    Task RefreshAsync(CancellationToken cancellationToken);
}
