using TakeABreak.Signalering.Content;

namespace TakeABreak.Signalering.Assessment;

/// <summary>When <see cref="Condition"/> holds, the urgency is at least <see cref="Level"/>, for <see cref="Reason"/>.</summary>
public sealed record UrgencyRule(string Id, UrgencyLevel Level, UrgencyCondition Condition, LocalizedText Reason);
