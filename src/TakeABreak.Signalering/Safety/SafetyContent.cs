namespace TakeABreak.Signalering.Safety;

/// <summary>The loaded safety content: the detector and what the bot says on acute danger.</summary>
public sealed class SafetyContent
{
    internal SafetyContent(DangerDetector detector, SafetyMessages messages, IEnumerable<string> ruleIds)
    {
        Detector = detector;
        Messages = messages;
        RuleIds = ruleIds.ToHashSet(StringComparer.Ordinal);
    }

    public DangerDetector Detector { get; }

    public SafetyMessages Messages { get; }

    /// <summary>The ids of the rules in rules.yaml: the reason ids a verdict can give.</summary>
    public IReadOnlySet<string> RuleIds { get; }
}
