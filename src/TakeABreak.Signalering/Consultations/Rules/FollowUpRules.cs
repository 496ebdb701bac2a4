using TakeABreak.Signalering.Assessment;
using TakeABreak.Signalering.Consultations.Calendar;

namespace TakeABreak.Signalering.Consultations.Rules;

/// <summary>
/// When a request needs a reminder, an escalation or the erasure of its personal data. An unclaimed request is
/// escalated, never deleted.
/// </summary>
public sealed class FollowUpRules(FollowUpRulesOptions options)
{
    private readonly WorkingHours _workingHours = new(options.WorkingDayStart, options.WorkingDayEnd);

    public DateTimeOffset ClaimDeadline(ConsultationRecord record) =>
        IsUrgent(record)
            ? record.CreatedAt + options.UrgentClaimWithin
            : _workingHours.Add(record.CreatedAt, options.OtherClaimWithinWorkingHours);

    public DateTimeOffset EscalationDeadline(ConsultationRecord record) =>
        IsUrgent(record)
            ? record.CreatedAt + options.UrgentEscalateAfter
            : _workingHours.Add(record.CreatedAt, options.OtherEscalateAfterWorkingHours);

    public bool ReminderDue(ConsultationRecord record, DateTimeOffset now) =>
        record.Status == ConsultationStatus.New && record.RemindedAt is null && now >= ClaimDeadline(record);

    public bool EscalationDue(ConsultationRecord record, DateTimeOffset now) =>
        record.Status == ConsultationStatus.New && record.EscalatedAt is null && now >= EscalationDeadline(record);

    public bool ErasureDue(ConsultationRecord record, DateTimeOffset now) =>
        record.Status == ConsultationStatus.Closed
        && record.PersonalDataErasedAt is null
        && record.ClosedAt is { } closed
        && now >= closed + options.ErasePersonalDataAfterClosing;

    private static bool IsUrgent(ConsultationRecord record) => record.Urgency >= UrgencyLevel.Urgent;
}
