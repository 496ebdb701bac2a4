using TakeABreak.Signalering.Assessment;
using TakeABreak.Signalering.Consultations.Contact;

namespace TakeABreak.Signalering.Consultations;

/// <summary>
/// A consultation request as Moviera keeps it, with its status rules. Immutable: every change returns a new record,
/// so a store can write it back with the ETag it was read with.
/// </summary>
public sealed record ConsultationRecord
{
    public required string Id { get; init; }

    public required string Reference { get; init; }

    public required DateTimeOffset CreatedAt { get; init; }

    public required ConsultationRequest Request { get; init; }

    public ConsultationStatus Status { get; init; } = ConsultationStatus.New;

    public ConsultationOutcome? Outcome { get; init; }

    public string? Assignee { get; init; }

    public DateTimeOffset? ClaimedAt { get; init; }

    public DateTimeOffset? ClosedAt { get; init; }

    public IReadOnlyList<ConsultationNote> Notes { get; init; } = [];

    /// <summary>When the last "not claimed in time" reminder was raised.</summary>
    public DateTimeOffset? RemindedAt { get; init; }

    /// <summary>When the request was escalated because nobody claimed it; it is never deleted for that.</summary>
    public DateTimeOffset? EscalatedAt { get; init; }

    /// <summary>When contact details and free text were erased after the retention period (or when it was withdrawn).</summary>
    public DateTimeOffset? PersonalDataErasedAt { get; init; }

    /// <summary>When the person withdrew the request in the chat.</summary>
    public DateTimeOffset? WithdrawnAt { get; init; }

    public UrgencyLevel Urgency => Request.Urgency;

    public static ConsultationRecord Create(string id, string reference, ConsultationRequest request, DateTimeOffset now)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(id);
        ArgumentNullException.ThrowIfNull(request);
        if (!ConsultationReference.IsValid(reference))
        {
            throw new ArgumentException($"'{reference}' is not a consultation reference.", nameof(reference));
        }

        return new ConsultationRecord { Id = id, Reference = reference, CreatedAt = now.ToUniversalTime(), Request = request };
    }

    public ConsultationRecord Claim(string staffMember, DateTimeOffset now)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(staffMember);
        if (Status != ConsultationStatus.New)
        {
            throw Status switch
            {
                ConsultationStatus.Claimed => new ConsultationTransitionException(ConsultationRefusal.AlreadyClaimed, $"{Reference} is already claimed by {Assignee}."),
                ConsultationStatus.Withdrawn => WithdrawnRefusal(),
                _ => new ConsultationTransitionException(ConsultationRefusal.AlreadyClosed, $"{Reference} is already closed."),
            };
        }

        return this with { Status = ConsultationStatus.Claimed, Assignee = staffMember, ClaimedAt = now };
    }

    public ConsultationRecord AddNote(string staffMember, string text, DateTimeOffset now)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(staffMember);
        if (string.IsNullOrWhiteSpace(text))
        {
            throw new ConsultationTransitionException(ConsultationRefusal.EmptyNote, "A note needs text.");
        }

        if (PersonalDataErasedAt is not null)
        {
            throw new ConsultationTransitionException(ConsultationRefusal.PastRetention, $"{Reference} is past its retention period; no notes can be added.");
        }

        return this with { Notes = [.. Notes, new ConsultationNote(now, staffMember, text.Trim())] };
    }

    /// <summary>Closes a claimed request with its outcome. Only the assignee closes it, so a close never overtakes a claim.</summary>
    public ConsultationRecord Close(string staffMember, ConsultationOutcome outcome, DateTimeOffset now)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(staffMember);
        switch (Status)
        {
            case ConsultationStatus.New:
                throw new ConsultationTransitionException(ConsultationRefusal.NotClaimedYet, $"{Reference} must be claimed before it is closed.");
            case ConsultationStatus.Closed:
                throw new ConsultationTransitionException(ConsultationRefusal.AlreadyClosed, $"{Reference} is already closed.");
            case ConsultationStatus.Withdrawn:
                throw WithdrawnRefusal();
        }

        if (!string.Equals(Assignee, staffMember, StringComparison.OrdinalIgnoreCase))
        {
            throw new ConsultationTransitionException(ConsultationRefusal.ClaimedBySomeoneElse, $"{Reference} is claimed by {Assignee}; only they can close it.");
        }

        return this with { Status = ConsultationStatus.Closed, Outcome = outcome, ClosedAt = now };
    }

    /// <summary>
    /// The person withdraws the request (new or claimed): nobody contacts them, and their consent to keep what they sent
    /// ends, so contact details, their words, the summary and the notes are erased at once. What remains is anonymous.
    /// </summary>
    public ConsultationRecord Withdraw(DateTimeOffset now)
    {
        switch (Status)
        {
            case ConsultationStatus.Closed:
                throw new ConsultationTransitionException(ConsultationRefusal.AlreadyClosed, $"{Reference} is already closed.");
            case ConsultationStatus.Withdrawn:
                throw WithdrawnRefusal();
        }

        return Erased(now) with { Status = ConsultationStatus.Withdrawn, WithdrawnAt = now };
    }

    /// <summary>Something the person adds in the chat after sending ("bel me liever na 20 uur"), kept as a note with its time.</summary>
    public ConsultationRecord AddFromPerson(string text, DateTimeOffset now)
    {
        if (Status is ConsultationStatus.Closed or ConsultationStatus.Withdrawn || PersonalDataErasedAt is not null)
        {
            throw Status == ConsultationStatus.Withdrawn ? WithdrawnRefusal() : new ConsultationTransitionException(ConsultationRefusal.AlreadyClosed, $"{Reference} is already closed.");
        }

        return AddNote(AuditActions.Person, text, now);
    }

    public ConsultationRecord MarkReminded(DateTimeOffset now) => this with { RemindedAt = now };

    public ConsultationRecord MarkEscalated(DateTimeOffset now) => this with { EscalatedAt = now };

    /// <summary>Erases contact details and every free text; what remains is anonymous.</summary>
    public ConsultationRecord ErasePersonalData(DateTimeOffset now)
    {
        if (Status != ConsultationStatus.Closed)
        {
            throw new ConsultationTransitionException(ConsultationRefusal.NotClosedYet, $"{Reference} is not closed; its contact details are still needed.");
        }

        return Erased(now);
    }

    private ConsultationRecord Erased(DateTimeOffset now) =>
        this with
        {
            Request = Request with
            {
                OwnWords = null,
                Summary = string.Empty,
                Contact = new ContactDetails(Request.Contact.Way, null, null, null, null),
            },
            Notes = Notes.Select(note => note with { Text = string.Empty }).ToList(),
            PersonalDataErasedAt = now,
        };

    private ConsultationTransitionException WithdrawnRefusal() =>
        new(ConsultationRefusal.Withdrawn, $"{Reference} was withdrawn by the person.");

    public override string ToString() => $"consultation {Reference} ({Status})";
}
