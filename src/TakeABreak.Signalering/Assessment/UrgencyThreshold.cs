namespace TakeABreak.Signalering.Assessment;

/// <summary>When the added weights reach <see cref="AtLeast"/>, the urgency is at least <see cref="Level"/>.</summary>
public sealed record UrgencyThreshold(UrgencyLevel Level, int AtLeast);
