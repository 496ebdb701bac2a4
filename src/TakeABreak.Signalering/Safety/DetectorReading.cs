namespace TakeABreak.Signalering.Safety;

/// <summary>
/// What the detector read in a text: its verdict and the parts of the situation it found on the way (who, what, when), so
/// that a second reading can weigh combinations no rule lists without reading the text again. Holds no text, so it is safe
/// to log.
/// </summary>
public sealed class DetectorReading
{
    public static readonly DetectorReading Empty = new(SafetyVerdict.None, []);

    public DetectorReading(SafetyVerdict verdict, IReadOnlyList<FoundConcept> found)
    {
        Verdict = verdict ?? throw new ArgumentNullException(nameof(verdict));
        Found = found ?? throw new ArgumentNullException(nameof(found));
    }

    public SafetyVerdict Verdict { get; }

    /// <summary>Each concept of the lexicon found, once per way it was placed, in the order found.</summary>
    public IReadOnlyList<FoundConcept> Found { get; }
}

/// <summary>
/// A concept of dialogs/safety/lexicon.yaml found in a text: its id, its role as written in the lexicon ("signal",
/// "now_marker", "blocker", ...), for a signal how the detector placed it, and whether the lexicon places it in time by its
/// verb (an act, or a weapon by the verb near it: <paramref name="IsPlacedByAVerb"/>) rather than by time words only (a person,
/// a feeling, a scene).
/// </summary>
public readonly record struct FoundConcept(string ConceptId, string Role, FoundPlacement Placement, bool IsPlacedByAVerb = false);

/// <summary>How the detector placed a signal it found; <see cref="NotASignal"/> for the other roles.</summary>
public enum FoundPlacement
{
    NotASignal,

    /// <summary>Nothing places it in time.</summary>
    Unplaced,

    /// <summary>Happening this moment: a now word or a progressive form.</summary>
    Now,

    /// <summary>In the present, without saying it is this moment ("wordt geslagen").</summary>
    Present,

    /// <summary>Another time: a habit, the recent past, a condition or the future.</summary>
    OtherTime,

    DistantPast,

    /// <summary>A negation near it denies it ("hij slaat me niet").</summary>
    Negated,

    /// <summary>A blocker sets it aside: a question, a game, news, an ordinary mishap.</summary>
    Blocked,
}
