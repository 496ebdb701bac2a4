namespace TakeABreak.Signalering.Consultations;

/// <summary>The consent the person gave: which version of the consent text they saw, and when they agreed.</summary>
public sealed record ConsultationConsent(string TextVersion, DateTimeOffset GivenAt);
