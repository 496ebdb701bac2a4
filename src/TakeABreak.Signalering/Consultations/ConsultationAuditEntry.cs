namespace TakeABreak.Signalering.Consultations;

/// <summary>One line of a request's append-only audit trail: who did what, when. Never holds contact details or note text.</summary>
public sealed record ConsultationAuditEntry(string ConsultationId, DateTimeOffset At, string Actor, string Action, string? Detail = null);

/// <summary>The actions the audit trail records.</summary>
public static class AuditActions
{
    public const string Created = "created";
    public const string Viewed = "viewed";
    public const string Claimed = "claimed";
    public const string NoteAdded = "note_added";
    public const string Closed = "closed";
    public const string Reminded = "reminded";
    public const string Escalated = "escalated";
    public const string PersonalDataErased = "personal_data_erased";
    public const string Withdrawn = "withdrawn";
    public const string PersonAdded = "person_added";

    /// <summary>The actor of changes the bot or the background rules make.</summary>
    public const string System = "system";

    /// <summary>The actor of changes the person who sent the request makes in the chat (withdrawing it, adding to it).</summary>
    public const string Person = "person";
}
