using TakeABreak.Signalering.Assessment;
using TakeABreak.Signalering.Consultations;
using TakeABreak.Signalering.Consultations.Contact;

namespace TakeABreak.Storage.Tests.Records;

internal static class ConsultationSamples
{
    public const string Phone = "+31612345678";
    public const string OwnWords = "Ik hoor elke nacht geschreeuw bij de buren op nummer 12";

    public static ConsultationRequest Request(UrgencyLevel urgency = UrgencyLevel.Concern, DateTimeOffset? consentAt = null) => new(
        Channel: "directline",
        Audience: "resident",
        PersonTypes: ["partner"],
        SignalIds: ["partner_injuries", "partner_fear"],
        ContextFactors: ["children_present_yes"],
        Urgency: urgency,
        UrgencyReasons: ["children_present"],
        Summary: "Buur, over een partner; signalen: verwondingen, angst.",
        OwnWords: OwnWords,
        Contact: new ContactDetails(ContactWay.Phone, Phone, "na 18 uur", false, "Sanne"),
        Consent: new ConsultationConsent("consultation_consent_v1", consentAt ?? new DateTimeOffset(2026, 11, 28, 9, 0, 0, TimeSpan.Zero)));
}
