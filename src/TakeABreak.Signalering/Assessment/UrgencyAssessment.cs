namespace TakeABreak.Signalering.Assessment;

/// <summary>The urgency for follow-up and why, as reason ids (plain words via <see cref="UrgencyRules.Reason"/>), most serious first.</summary>
public sealed record UrgencyAssessment(UrgencyLevel Level, IReadOnlyList<string> ReasonIds);
