using TakeABreak.Signalering.Content;

namespace TakeABreak.Signalering.Assessment;

/// <summary>The urgency rules, factors, thresholds and their plain words, from dialogs/assessment/urgency.yaml.</summary>
public sealed class UrgencyRules
{
    private readonly Dictionary<UrgencyLevel, UrgencyLevelDescription> levels;
    private readonly Dictionary<string, LocalizedText> reasons;

    public UrgencyRules(
        int version,
        LocalizedText heading,
        IReadOnlyList<UrgencyLevelDescription> levels,
        IReadOnlyList<UrgencyRule> rules,
        IReadOnlyList<UrgencyFactor> factors,
        IReadOnlyList<UrgencyThreshold> thresholds,
        IReadOnlyList<RaisedLevelReason> raisedLevelReasons)
    {
        Version = version;
        Heading = heading;
        Rules = rules;
        Factors = factors;
        Thresholds = thresholds;
        RaisedLevelReasons = raisedLevelReasons;
        this.levels = levels.ToDictionary(level => level.Level);
        reasons = rules.Select(rule => (rule.Id, rule.Reason))
            .Concat(factors.Select(factor => (factor.Id, factor.Reason)))
            .Concat(raisedLevelReasons.Select(raised => (raised.Id, raised.Reason)))
            .ToDictionary(pair => pair.Id, pair => pair.Reason, StringComparer.Ordinal);
    }

    public int Version { get; }

    /// <summary>The sentence shown above the level and its reasons.</summary>
    public LocalizedText Heading { get; }

    public IReadOnlyList<UrgencyRule> Rules { get; }

    public IReadOnlyList<UrgencyFactor> Factors { get; }

    public IReadOnlyList<UrgencyThreshold> Thresholds { get; }

    public IReadOnlyList<RaisedLevelReason> RaisedLevelReasons { get; }

    /// <summary>The plain-words label and description of a level.</summary>
    public UrgencyLevelDescription Describe(UrgencyLevel level) =>
        levels.TryGetValue(level, out var description)
            ? description
            : throw new ArgumentOutOfRangeException(nameof(level), level, "Not an urgency level.");

    /// <summary>The plain words for a reason id of an <see cref="UrgencyAssessment"/>.</summary>
    /// <exception cref="ArgumentException">No rule, factor or raised level has this id.</exception>
    public LocalizedText Reason(string reasonId) =>
        reasons.TryGetValue(reasonId, out var reason)
            ? reason
            : throw new ArgumentException($"Unknown urgency reason '{reasonId}'.", nameof(reasonId));

    /// <summary>The reason for a level raised by another check.</summary>
    public RaisedLevelReason RaisedTo(UrgencyLevel level) =>
        RaisedLevelReasons.FirstOrDefault(raised => raised.Level == level)
        ?? throw new ArgumentOutOfRangeException(nameof(level), level, "No reason is given for raising to this level.");
}
