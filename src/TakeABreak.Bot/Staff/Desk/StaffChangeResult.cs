using TakeABreak.Signalering.Consultations;
using TakeABreak.Storage.Consultations;

namespace TakeABreak.Bot.Staff.Desk;

public enum StaffChangeStatus
{
    Done,
    NotFound,

    /// <summary>Someone changed the request since it was read (stale ETag): read it again.</summary>
    Conflict,

    /// <summary>The rules do not allow it (e.g. closing a request someone else claimed).</summary>
    NotAllowed,
}

/// <summary>The outcome of a staff change: the request as it is now, or why nothing changed (<see cref="Refusal"/>: which rule).</summary>
public sealed record StaffChangeResult(StaffChangeStatus Status, StoredConsultation? Consultation = null, string? Reason = null, ConsultationRefusal? Refusal = null);
