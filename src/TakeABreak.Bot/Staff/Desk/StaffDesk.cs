using TakeABreak.Signalering.Consultations;
using TakeABreak.Storage;
using TakeABreak.Storage.Consultations;

namespace TakeABreak.Bot.Staff.Desk;

/// <summary>
/// What Moviera staff do with requests, for the page and the API alike: look, claim, add a note, close. Every view of a
/// request and every change is audited; changes are written with the ETag the staff member saw (one winner), and
/// status changes go to the staff outbox and the anonymous counts.
/// </summary>
public sealed partial class StaffDesk(
    IConsultationStore store,
    IConsultationAuditTrail audit,
    IStaffNotificationOutbox outbox,
    IMonthlyCountsStore counts,
    TimeProvider timeProvider,
    ILogger<StaffDesk> logger)
{
    /// <summary>How long a request the person withdrew stays in the overview, marked so, for whoever was about to call.</summary>
    public static readonly TimeSpan WithdrawnShownFor = TimeSpan.FromDays(7);

    /// <summary>
    /// Requests not closed yet, most urgent first, then oldest first, and those withdrawn in the last week (marked as such).
    /// The overview shows no contact details.
    /// </summary>
    public async Task<IReadOnlyList<StoredConsultation>> OpenAsync(CancellationToken cancellationToken)
    {
        var now = timeProvider.GetUtcNow();
        var open = new List<StoredConsultation>();
        await foreach (var stored in store.ListAsync(cancellationToken))
        {
            var record = stored.Record;
            if (record.Status is ConsultationStatus.New or ConsultationStatus.Claimed
                || (record.Status == ConsultationStatus.Withdrawn && record.WithdrawnAt is { } withdrawnAt && now - withdrawnAt < WithdrawnShownFor))
            {
                open.Add(stored);
            }
        }

        return open.OrderByDescending(s => s.Record.Urgency).ThenBy(s => s.Record.CreatedAt).ToList();
    }

    /// <summary>One request with its contact details; the view is audited.</summary>
    public async Task<StoredConsultation?> ViewAsync(string id, string staffMember, CancellationToken cancellationToken)
    {
        var stored = await FindAsync(id, cancellationToken);
        if (stored is not null)
        {
            await audit.AppendAsync(new ConsultationAuditEntry(stored.Record.Id, timeProvider.GetUtcNow(), staffMember, AuditActions.Viewed), cancellationToken);
        }

        return stored;
    }

    public async Task<IReadOnlyList<ConsultationAuditEntry>?> AuditAsync(string id, string staffMember, CancellationToken cancellationToken)
    {
        var stored = await FindAsync(id, cancellationToken);
        return stored is null ? null : await audit.ForAsync(stored.Record.Id, cancellationToken);
    }

    public Task<StaffChangeResult> ClaimAsync(string id, string etag, string staffMember, CancellationToken cancellationToken) =>
        ChangeAsync(id, etag, staffMember, AuditActions.Claimed, null, (record, now) => record.Claim(staffMember, now), cancellationToken);

    public Task<StaffChangeResult> AddNoteAsync(string id, string etag, string staffMember, string text, CancellationToken cancellationToken) =>
        ChangeAsync(id, etag, staffMember, AuditActions.NoteAdded, null, (record, now) => record.AddNote(staffMember, text, now), cancellationToken);

    public Task<StaffChangeResult> CloseAsync(string id, string etag, string staffMember, ConsultationOutcome outcome, CancellationToken cancellationToken) =>
        ChangeAsync(id, etag, staffMember, AuditActions.Closed, outcome.ToId(), (record, now) => record.Close(StaffMemberName.Same(record.Assignee, staffMember) ? record.Assignee! : staffMember, outcome, now), cancellationToken);

    private async Task<StoredConsultation?> FindAsync(string id, CancellationToken cancellationToken)
    {
        if (ConsultationReference.Normalize(id) is { } reference && id.Length <= 8)
        {
            return await store.FindByReferenceAsync(reference, cancellationToken);
        }

        return IsRecordId(id) ? await store.GetAsync(id, cancellationToken) : null;
    }

    private async Task<StaffChangeResult> ChangeAsync(
        string id,
        string etag,
        string staffMember,
        string auditAction,
        string? detail,
        Func<ConsultationRecord, DateTimeOffset, ConsultationRecord> change,
        CancellationToken cancellationToken)
    {
        var stored = await FindAsync(id, cancellationToken);
        if (stored is null)
        {
            return new StaffChangeResult(StaffChangeStatus.NotFound);
        }

        if (!string.Equals(stored.ETag, etag, StringComparison.Ordinal))
        {
            return new StaffChangeResult(StaffChangeStatus.Conflict, stored);
        }

        var now = timeProvider.GetUtcNow();
        ConsultationRecord changed;
        try
        {
            changed = change(stored.Record, now);
        }
        catch (ConsultationTransitionException exception)
        {
            return new StaffChangeResult(StaffChangeStatus.NotAllowed, stored, exception.Message, exception.Refusal);
        }

        StoredConsultation written;
        try
        {
            written = await store.ReplaceAsync(changed, stored.ETag, cancellationToken);
        }
        catch (StorageConflictException)
        {
            return new StaffChangeResult(StaffChangeStatus.Conflict, await FindAsync(id, cancellationToken));
        }

        await audit.AppendAsync(new ConsultationAuditEntry(changed.Id, now, staffMember, auditAction, detail), cancellationToken);
        if (changed.Status != stored.Record.Status)
        {
            await outbox.AddAsync(StaffNotificationIds.For(StaffNotificationKind.StatusChanged, changed, now, changed.Status.ToString().ToLowerInvariant()), cancellationToken);
            await CountAsync(changed, now, cancellationToken);
        }

        LogChanged(logger, changed.Id, auditAction);
        return new StaffChangeResult(StaffChangeStatus.Done, written);
    }

    private Task CountAsync(ConsultationRecord changed, DateTimeOffset now, CancellationToken cancellationToken) => changed.Status switch
    {
        ConsultationStatus.Claimed => counts.UpdateAsync(now, month => month.CountClaim(now - changed.CreatedAt), cancellationToken),
        ConsultationStatus.Closed when changed.Outcome is { } outcome => counts.UpdateAsync(now, month => month.CountOutcome(outcome), cancellationToken),
        _ => Task.CompletedTask,
    };

    private static bool IsRecordId(string id) =>
        id.Length is > 0 and <= 64 && id.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_');

    [LoggerMessage(EventId = 3301, Level = LogLevel.Information, Message = "Staff changed consultation {ConsultationId}: {Action}")]
    private static partial void LogChanged(ILogger logger, string consultationId, string action);
}
