namespace TakeABreak.Signalering.Consultations;

/// <summary>
/// A status change that the rules do not allow, e.g. closing a request nobody claimed. <see cref="Refusal"/> says which
/// rule, so staff can be told in their own words.
/// </summary>
public sealed class ConsultationTransitionException(ConsultationRefusal refusal, string message) : InvalidOperationException(message)
{
    public ConsultationRefusal Refusal { get; } = refusal;
}

/// <summary>Which rule refused a change to a consultation request.</summary>
public enum ConsultationRefusal
{
    AlreadyClaimed,
    AlreadyClosed,
    NotClaimedYet,
    ClaimedBySomeoneElse,
    EmptyNote,
    PastRetention,
    NotClosedYet,
    Withdrawn,
}

public static class ConsultationRefusalIds
{
    /// <summary>The id content uses for the rule: "already_claimed", "claimed_by_someone_else", …</summary>
    public static string ToId(this ConsultationRefusal refusal) => refusal switch
    {
        ConsultationRefusal.AlreadyClaimed => "already_claimed",
        ConsultationRefusal.AlreadyClosed => "already_closed",
        ConsultationRefusal.NotClaimedYet => "not_claimed_yet",
        ConsultationRefusal.ClaimedBySomeoneElse => "claimed_by_someone_else",
        ConsultationRefusal.EmptyNote => "empty_note",
        ConsultationRefusal.PastRetention => "past_retention",
        ConsultationRefusal.NotClosedYet => "not_closed_yet",
        ConsultationRefusal.Withdrawn => "withdrawn",
        _ => throw new ArgumentOutOfRangeException(nameof(refusal), refusal, "Not a refusal."),
    };
}
