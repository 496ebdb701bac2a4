using TakeABreak.Signalering.Consultations;

namespace TakeABreak.Storage.Consultations;

/// <summary>A record as read from storage, with the ETag a change must be written with.</summary>
/// <param name="Created">True when this call created it; false when a request with the same id already existed.</param>
public sealed record StoredConsultation(ConsultationRecord Record, string ETag, bool Created = false);
