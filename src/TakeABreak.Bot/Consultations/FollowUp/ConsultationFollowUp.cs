using TakeABreak.Signalering.Consultations;
using TakeABreak.Signalering.Consultations.Rules;
using TakeABreak.Storage;
using TakeABreak.Storage.Consultations;

namespace TakeABreak.Bot.Consultations.FollowUp;

/// <summary>
/// One pass over all requests: a reminder for a request not claimed in time, an escalation for one still not claimed
/// (never a deletion), and the erasure of contact details and free text once a closed request is past retention.
/// Each change is written with the record's ETag, audited, and put in the staff outbox.
/// </summary>
public sealed partial class ConsultationFollowUp(
    IConsultationStore store,
    IConsultationAuditTrail audit,
    IStaffNotificationOutbox outbox,
    IConsultationReceipts receipts,
    FollowUpRules rules,
    TimeProvider timeProvider,
    ILogger<ConsultationFollowUp> logger)
{
    public async Task<FollowUpReport> RunOnceAsync(CancellationToken cancellationToken)
    {
        var now = timeProvider.GetUtcNow();
        await receipts.RefreshAsync(cancellationToken);
        int reminders = 0, escalations = 0, erasures = 0;
        await foreach (var stored in store.ListAsync(cancellationToken))
        {
            var record = stored.Record;
            try
            {
                if (rules.EscalationDue(record, now))
                {
                    await ChangeAsync(stored, record.MarkEscalated(now) with { RemindedAt = record.RemindedAt ?? now }, AuditActions.Escalated, StaffNotificationKind.Escalation, now, cancellationToken);
                    escalations++;
                }
                else if (rules.ReminderDue(record, now))
                {
                    await ChangeAsync(stored, record.MarkReminded(now), AuditActions.Reminded, StaffNotificationKind.Reminder, now, cancellationToken);
                    reminders++;
                }
                else if (rules.ErasureDue(record, now))
                {
                    await ChangeAsync(stored, record.ErasePersonalData(now), AuditActions.PersonalDataErased, null, now, cancellationToken);
                    erasures++;
                }
            }
            catch (StorageConflictException)
            {
                // Staff changed it at the same moment; the next pass looks again.
            }
        }

        if (reminders + escalations + erasures > 0)
        {
            LogPass(logger, reminders, escalations, erasures);
        }

        return new FollowUpReport(reminders, escalations, erasures);
    }

    private async Task ChangeAsync(
        StoredConsultation stored, ConsultationRecord changed, string auditAction, StaffNotificationKind? notification, DateTimeOffset now, CancellationToken cancellationToken)
    {
        await store.ReplaceAsync(changed, stored.ETag, cancellationToken);
        await audit.AppendAsync(new ConsultationAuditEntry(changed.Id, now, AuditActions.System, auditAction), cancellationToken);
        if (notification is { } kind)
        {
            await outbox.AddAsync(StaffNotificationIds.For(kind, changed, now), cancellationToken);
        }
    }

    [LoggerMessage(EventId = 3201, Level = LogLevel.Information, Message = "Consultation follow-up: {Reminders} reminders, {Escalations} escalations, {Erasures} erasures")]
    private static partial void LogPass(ILogger logger, int reminders, int escalations, int erasures);
}
