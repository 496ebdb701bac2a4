using TakeABreak.Signalering.Consultations;

namespace TakeABreak.Storage.Consultations;

/// <summary>The append-only audit trail of every request: entries are added, never changed or removed.</summary>
public interface IConsultationAuditTrail
{
    Task AppendAsync(ConsultationAuditEntry entry, CancellationToken cancellationToken);

    /// <summary>The entries of one request, oldest first.</summary>
    Task<IReadOnlyList<ConsultationAuditEntry>> ForAsync(string consultationId, CancellationToken cancellationToken);
}
