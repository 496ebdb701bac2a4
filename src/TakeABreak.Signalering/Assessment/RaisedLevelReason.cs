using TakeABreak.Signalering.Content;

namespace TakeABreak.Signalering.Assessment;

/// <summary>The reason shown when another check (safety guard, language model) raised the urgency to <see cref="Level"/>.</summary>
public sealed record RaisedLevelReason(string Id, UrgencyLevel Level, LocalizedText Reason);
