namespace TakeABreak.Signalering.Assessment;

/// <summary>What the conversation collected: ids only, never the user's own words.</summary>
/// <param name="SignalIds">Signals the user marked.</param>
/// <param name="ContextAnswerIds">At most one answer per context question.</param>
/// <param name="PersonTypeIds">Who the conversation is about; at least one.</param>
/// <param name="MinimumLevel">
/// A level raised by another check, such as the safety guard or a language model. It can raise the
/// outcome, never lower it.
/// </param>
public sealed record AssessmentInput(
    IReadOnlyCollection<string> SignalIds,
    IReadOnlyCollection<string> ContextAnswerIds,
    IReadOnlyCollection<string> PersonTypeIds,
    UrgencyLevel? MinimumLevel = null);
