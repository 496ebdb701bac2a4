using TakeABreak.Signalering.Consultations;

namespace TakeABreak.Storage.Consultations;

/// <summary>
/// Consultation records, durably and encrypted at rest. Changes are written with the ETag they were read with; a
/// stale ETag throws <see cref="StorageConflictException"/>, so of two staff members claiming at once exactly one wins.
/// </summary>
public interface IConsultationStore
{
    /// <summary>
    /// Stores a new request under <paramref name="id"/> (an idempotency id the caller keeps) with a fresh reference.
    /// When a request with this id exists already, returns that one unchanged, so a retry never makes a second record.
    /// </summary>
    Task<StoredConsultation> CreateAsync(string id, ConsultationRequest request, CancellationToken cancellationToken);

    Task<StoredConsultation?> GetAsync(string id, CancellationToken cancellationToken);

    Task<StoredConsultation?> FindByReferenceAsync(string reference, CancellationToken cancellationToken);

    /// <summary>Every record (open and closed), in no particular order.</summary>
    IAsyncEnumerable<StoredConsultation> ListAsync(CancellationToken cancellationToken);

    /// <summary>Writes a changed record if nobody changed it since <paramref name="ifMatchETag"/>; returns it with its new ETag.</summary>
    Task<StoredConsultation> ReplaceAsync(ConsultationRecord record, string ifMatchETag, CancellationToken cancellationToken);
}
