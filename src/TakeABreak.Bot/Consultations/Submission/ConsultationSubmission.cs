using TakeABreak.Signalering.Consultations;
using TakeABreak.Storage.Consultations;

namespace TakeABreak.Bot.Consultations.Submission;

/// <summary>
/// Stores a confirmed request durably (once per request id), then records it in the audit trail, the staff outbox and
/// the monthly counts. A receipt for the conversation is written first, so when the confirmation never reaches the
/// person, they are told the outcome when they come back.
/// </summary>
internal sealed partial class ConsultationSubmission(
    IConsultationStore store,
    IConsultationAuditTrail audit,
    IStaffNotificationOutbox outbox,
    IMonthlyCountsStore counts,
    IConsultationReceipts receipts,
    ILogger<ConsultationSubmission> logger)
{
    /// <summary>Returns the stored record. Throws when it could not be stored; it may still exist (check with <see cref="FindAsync"/>).</summary>
    public async Task<ConsultationRecord> SubmitAsync(string requestId, ConsultationRequest request, string? conversationKey, CancellationToken cancellationToken)
    {
        if (conversationKey is not null)
        {
            await receipts.AddAsync(conversationKey, requestId, cancellationToken);
        }

        var stored = await store.CreateAsync(requestId, request, cancellationToken);
        var record = stored.Record;
        if (stored.Created)
        {
            LogStored(logger, record.Id, record.Reference, record.Urgency.ToString());
            await AfterStoringAsync(record, cancellationToken);
        }

        return record;
    }

    public async Task<ConsultationRecord?> FindAsync(string requestId, CancellationToken cancellationToken) =>
        (await store.GetAsync(requestId, cancellationToken))?.Record;

    /// <summary>
    /// The record is durable already; staff find it on the staff page and reminders follow from it. So a failure here
    /// is logged and does not turn the confirmation into an error.
    /// </summary>
    private async Task AfterStoringAsync(ConsultationRecord record, CancellationToken cancellationToken)
    {
        try
        {
            await audit.AppendAsync(new ConsultationAuditEntry(record.Id, record.CreatedAt, AuditActions.System, AuditActions.Created), cancellationToken);
            await outbox.AddAsync(StaffNotificationIds.For(StaffNotificationKind.NewRequest, record, record.CreatedAt), cancellationToken);
            await counts.UpdateAsync(record.CreatedAt, month => month.CountConsultation(), cancellationToken);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            LogAfterStoringFailed(logger, record.Id, exception);
        }
    }

    [LoggerMessage(EventId = 3101, Level = LogLevel.Information, Message = "Consultation {ConsultationId} stored as {Reference} with urgency {Urgency}")]
    private static partial void LogStored(ILogger logger, string consultationId, string reference, string urgency);

    [LoggerMessage(EventId = 3102, Level = LogLevel.Error, Message = "Consultation {ConsultationId} is stored, but its audit entry, notification or count failed")]
    private static partial void LogAfterStoringFailed(ILogger logger, string consultationId, Exception exception);
}
