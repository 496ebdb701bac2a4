namespace TakeABreak.Signalering.Safety;

/// <summary>
/// The outcome of assessing one message: a level and the ids of the rules that led to it
/// (from dialogs/safety/rules.yaml). It never carries the message text, so it is safe to log.
/// </summary>
public sealed record SafetyVerdict
{
    public static readonly SafetyVerdict None = new(SafetyLevel.None, []);

    public SafetyVerdict(SafetyLevel level, IReadOnlyList<string> reasonIds)
    {
        ArgumentNullException.ThrowIfNull(reasonIds);
        Level = level;
        ReasonIds = reasonIds;
    }

    public SafetyLevel Level { get; }

    /// <summary>Rule ids, most serious first.</summary>
    public IReadOnlyList<string> ReasonIds { get; }

    public bool IsAcute => Level == SafetyLevel.Acute;

    /// <summary>Combines two verdicts, e.g. the detector's and a language model's: the level can only go up.</summary>
    public SafetyVerdict RaisedBy(SafetyVerdict other)
    {
        ArgumentNullException.ThrowIfNull(other);
        var level = other.Level > Level ? other.Level : Level;
        return new SafetyVerdict(level, [.. ReasonIds.Union(other.ReasonIds, StringComparer.Ordinal)]);
    }

    public override string ToString() =>
        ReasonIds.Count == 0 ? Level.ToString() : $"{Level} ({string.Join(", ", ReasonIds)})";

    public bool Equals(SafetyVerdict? other) =>
        other is not null && Level == other.Level && ReasonIds.SequenceEqual(other.ReasonIds, StringComparer.Ordinal);

    public override int GetHashCode() => HashCode.Combine(Level, ReasonIds.Count);
}
