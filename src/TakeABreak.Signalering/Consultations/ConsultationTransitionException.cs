namespace TakeABreak.Signalering.Consultations;

/// <summary>A status change that the rules do not allow, e.g. closing a request nobody claimed.</summary>
public sealed class ConsultationTransitionException(string message) : InvalidOperationException(message);
