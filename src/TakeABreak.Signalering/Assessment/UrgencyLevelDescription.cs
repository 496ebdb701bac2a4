using TakeABreak.Signalering.Content;

namespace TakeABreak.Signalering.Assessment;

/// <summary>The plain-words label and description of a level, for the user.</summary>
public sealed record UrgencyLevelDescription(UrgencyLevel Level, LocalizedText Label, LocalizedText Description);
