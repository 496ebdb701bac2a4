namespace TakeABreak.Signalering.Safety;

/// <summary>
/// The outcome of assessing one message: a level, the ids of the rules that led to it (from dialogs/safety/rules.yaml),
/// the message the bot should answer with (an id in dialogs/safety/messages.yaml; null: the default for the level) and
/// the language the message was written in when the detector could tell. It never carries the message text, so it is
/// safe to log.
/// </summary>
public sealed record SafetyVerdict
{
    public static readonly SafetyVerdict None = new(SafetyLevel.None, []);

    public SafetyVerdict(SafetyLevel level, IReadOnlyList<string> reasonIds, string? answerId = null, string? locale = null)
    {
        ArgumentNullException.ThrowIfNull(reasonIds);
        Level = level;
        ReasonIds = reasonIds;
        AnswerId = answerId;
        Locale = locale;
    }

    public SafetyLevel Level { get; }

    /// <summary>Rule ids, most serious first (after <see cref="RaisedBy"/>: this verdict's, then the other's).</summary>
    public IReadOnlyList<string> ReasonIds { get; }

    /// <summary>The message of the most serious rule that fired, when that rule names one (e.g. 113 for thoughts of suicide).</summary>
    public string? AnswerId { get; }

    /// <summary>"nl" or "en" when most of the words that were recognised are of one language; null when it is not clear.</summary>
    public string? Locale { get; }

    public bool IsAcute => Level == SafetyLevel.Acute;

    /// <summary>Combines two verdicts, e.g. the detector's and a language model's: the level can only go up.</summary>
    public SafetyVerdict RaisedBy(SafetyVerdict other)
    {
        ArgumentNullException.ThrowIfNull(other);
        var first = other.Level > Level ? other : this;
        var second = first == this ? other : this;
        return new SafetyVerdict(
            first.Level,
            [.. ReasonIds.Union(other.ReasonIds, StringComparer.Ordinal)],
            first.AnswerId ?? (first.Level == second.Level ? second.AnswerId : null),
            first.Locale ?? second.Locale);
    }

    public override string ToString() =>
        ReasonIds.Count == 0 ? Level.ToString() : $"{Level} ({string.Join(", ", ReasonIds)})";

    public bool Equals(SafetyVerdict? other) =>
        other is not null && Level == other.Level && ReasonIds.SequenceEqual(other.ReasonIds, StringComparer.Ordinal)
        && AnswerId == other.AnswerId;

    public override int GetHashCode() => HashCode.Combine(Level, ReasonIds.Count, AnswerId);
}
