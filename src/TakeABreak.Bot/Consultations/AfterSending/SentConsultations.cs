using TakeABreak.Signalering.Consultations;
using TakeABreak.Storage;
using TakeABreak.Storage.Consultations;

namespace TakeABreak.Bot.Consultations.AfterSending;

/// <summary>What became of a change the person asked for in the chat after sending their request.</summary>
public enum SentChange
{
    Done,

    /// <summary>The request was withdrawn before (by this person, in this chat).</summary>
    Withdrawn,

    /// <summary>Moviera closed the request already.</summary>
    Closed,

    /// <summary>The request cannot be found or storage is out: the person is sent to Moviera itself.</summary>
    NotFound,
}

/// <summary>
/// The person's side of a request once it is sent, found by the reference the conversation keeps: how it stands, withdrawing
/// it, and adding a line to it. Changes are written with the ETag they were read with (tried again when staff changed the
/// request in between), audited with the person as actor, and a withdrawal goes to the staff outbox (the card in the staff
/// channel is updated) and the anonymous counts.
/// </summary>
internal sealed partial class SentConsultations(
    IConsultationStore store,
    IConsultationAuditTrail audit,
    IStaffNotificationOutbox outbox,
    IMonthlyCountsStore counts,
    TimeProvider timeProvider,
    ILogger<SentConsultations> logger)
{
    private const int Attempts = 3;

    public async Task<ConsultationRecord?> FindAsync(string? reference, CancellationToken cancellationToken)
    {
        if (ConsultationReference.Normalize(reference ?? string.Empty) is not { } normalized)
        {
            return null;
        }

        try
        {
            return (await store.FindByReferenceAsync(normalized, cancellationToken))?.Record;
        }
        catch (StorageUnavailableException exception)
        {
            LogFailed(logger, normalized, exception.GetType().Name, exception);
            return null;
        }
    }

    public Task<SentChange> WithdrawAsync(string? reference, CancellationToken cancellationToken) =>
        ChangeAsync(reference, AuditActions.Withdrawn, (record, now) => record.Withdraw(now), cancellationToken);

    public Task<SentChange> AddAsync(string? reference, string text, CancellationToken cancellationToken) =>
        ChangeAsync(reference, AuditActions.PersonAdded, (record, now) => record.AddFromPerson(text, now), cancellationToken);

    private async Task<SentChange> ChangeAsync(string? reference, string auditAction, Func<ConsultationRecord, DateTimeOffset, ConsultationRecord> change, CancellationToken cancellationToken)
    {
        if (ConsultationReference.Normalize(reference ?? string.Empty) is not { } normalized)
        {
            return SentChange.NotFound;
        }

        try
        {
            for (var attempt = 1; attempt <= Attempts; attempt++)
            {
                if (await store.FindByReferenceAsync(normalized, cancellationToken) is not { } stored)
                {
                    return SentChange.NotFound;
                }

                var now = timeProvider.GetUtcNow();
                ConsultationRecord changed;
                try
                {
                    changed = change(stored.Record, now);
                }
                catch (ConsultationTransitionException exception)
                {
                    return exception.Refusal == ConsultationRefusal.Withdrawn ? SentChange.Withdrawn : SentChange.Closed;
                }

                try
                {
                    await store.ReplaceAsync(changed, stored.ETag, cancellationToken);
                }
                catch (StorageConflictException) when (attempt < Attempts)
                {
                    continue;
                }

                await AfterChangeAsync(stored.Record, changed, auditAction, now, cancellationToken);
                return SentChange.Done;
            }
        }
        catch (Exception exception) when (exception is StorageUnavailableException or StorageConflictException)
        {
            LogFailed(logger, normalized, exception.GetType().Name, exception);
        }

        return SentChange.NotFound;
    }

    /// <summary>The change is durable; the audit line, the staff notification and the count follow (a failure is logged).</summary>
    private async Task AfterChangeAsync(ConsultationRecord before, ConsultationRecord changed, string auditAction, DateTimeOffset now, CancellationToken cancellationToken)
    {
        try
        {
            await audit.AppendAsync(new ConsultationAuditEntry(changed.Id, now, AuditActions.Person, auditAction), cancellationToken);
            // The card in the staff channel is built again from the record: withdrawn, or when the person last added something.
            await outbox.AddAsync(StaffNotificationIds.For(StaffNotificationKind.StatusChanged, changed, now, changed.Status == before.Status ? auditAction : changed.Status.ToString().ToLowerInvariant()), cancellationToken);
            if (changed.Status == ConsultationStatus.Withdrawn && before.Status != ConsultationStatus.Withdrawn)
            {
                await counts.UpdateAsync(now, month => month.CountWithdrawal(), cancellationToken);
            }

            LogChanged(logger, changed.Id, auditAction);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            LogAfterChangeFailed(logger, changed.Id, exception);
        }
    }

    [LoggerMessage(EventId = 3111, Level = LogLevel.Information, Message = "The person changed consultation {ConsultationId} in the chat: {Action}")]
    private static partial void LogChanged(ILogger logger, string consultationId, string action);

    [LoggerMessage(EventId = 3112, Level = LogLevel.Error, Message = "Consultation {ConsultationId} was changed by the person, but its audit entry, notification or count failed")]
    private static partial void LogAfterChangeFailed(ILogger logger, string consultationId, Exception exception);

    [LoggerMessage(EventId = 3113, Level = LogLevel.Warning, Message = "Consultation {Reference} could not be read or changed for the person ({ExceptionType})")]
    private static partial void LogFailed(ILogger logger, string reference, string exceptionType, Exception exception);
}
