using TakeABreak.Signalering.Signals;

namespace TakeABreak.Signalering.Assessment;

/// <summary>The signals catalogue, context questions and urgency rules, loaded and checked together.</summary>
public sealed record AssessmentContent(SignalsCatalogue Signals, ContextQuestions Context, UrgencyRules Urgency)
{
    public UrgencyAssessor CreateAssessor() => new(Signals, Context, Urgency);
}
