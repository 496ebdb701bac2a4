using TakeABreak.Signalering.Assessment;

namespace TakeABreak.Signalering.Consultations;

/// <summary>
/// Something Moviera staff should hear about in their Teams channel. Kept in an outbox until delivered; it holds the
/// reference and urgency only, never contact details.
/// </summary>
public sealed record StaffNotification(string Id, StaffNotificationKind Kind, string ConsultationId, string Reference, UrgencyLevel Urgency, DateTimeOffset At, string? Status = null);

public enum StaffNotificationKind
{
    NewRequest,
    Reminder,
    Escalation,
    StatusChanged,
}
