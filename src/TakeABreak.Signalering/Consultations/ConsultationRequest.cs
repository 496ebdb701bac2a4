using TakeABreak.Signalering.Assessment;
using TakeABreak.Signalering.Consultations.Contact;

namespace TakeABreak.Signalering.Consultations;

/// <summary>
/// What the person in the chat agreed to send: everything a consultation record starts with. Built by the conversation,
/// checked here, then stored as a <see cref="ConsultationRecord"/>. <see cref="Field"/> is a professional's work field
/// (an option id such as "health"), only when they named it.
/// </summary>
public sealed record ConsultationRequest(
    string Channel,
    string Audience,
    IReadOnlyList<string> PersonTypes,
    IReadOnlyList<string> SignalIds,
    IReadOnlyList<string> ContextFactors,
    UrgencyLevel Urgency,
    IReadOnlyList<string> UrgencyReasons,
    string Summary,
    string? OwnWords,
    ContactDetails Contact,
    ConsultationConsent Consent,
    string? Field = null)
{
    public const string ProfessionalAudience = "professional";

    /// <summary>A professional is reached at work: their time is when they are best reached, not when it is safe.</summary>
    public bool IsFromProfessional => Audience == ProfessionalAudience;

    public override string ToString() => $"consultation request ({Audience}, {Urgency.ToId()})";
}
