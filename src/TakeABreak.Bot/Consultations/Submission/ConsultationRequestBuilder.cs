using System.Globalization;
using TakeABreak.Bot.Conversation;
using TakeABreak.Bot.Conversation.Actions;
using TakeABreak.Dialogs.Runtime;
using TakeABreak.Signalering.Assessment;
using TakeABreak.Signalering.Consultations;
using TakeABreak.Signalering.Consultations.Contact;

namespace TakeABreak.Bot.Consultations.Submission;

/// <summary>Builds the <see cref="ConsultationRequest"/> from what the conversation collected.</summary>
internal sealed class ConsultationRequestBuilder(AssessmentContent assessment)
{
    public ConsultationRequest Build(DialogValues values, string channel, string consentVersion, DateTimeOffset now)
    {
        var (personTypes, signals, collected) = Told(values);
        var context = collected.ContextAnswerIds.ToList();
        var (urgency, reasons) = Urgency(values, collected, signals, personTypes);
        var consentAt = DateTimeOffset.TryParse(values.GetSingle(ConsultationValues.ConsentAt), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var given)
            ? given
            : now;

        var request = new ConsultationRequest(
            Channel: channel,
            Audience: values.GetSingle(ConsultationValues.Role) ?? "unknown",
            PersonTypes: personTypes,
            SignalIds: signals,
            ContextFactors: context,
            Urgency: urgency,
            UrgencyReasons: reasons,
            Summary: string.Empty,
            OwnWords: values.GetSingle(ConsultationValues.OwnWords),
            Contact: Contact(values),
            Consent: new ConsultationConsent(consentVersion, consentAt),
            Field: values.GetSingle(ConsultationValues.Field));
        return request;
    }

    /// <summary>
    /// The urgency the request carries with what the conversation holds now: the one it said, or higher when what was told
    /// (or what the safety layer found) is assessed higher. Said when the request is explained, so that a phone number
    /// typed later tells nothing new.
    /// </summary>
    public UrgencyLevel Urgency(DialogValues values)
    {
        var (personTypes, signals, collected) = Told(values);
        return Urgency(values, collected, signals, personTypes).Level;
    }

    /// <summary>Whom it is about, the signs and the other answers the conversation collected, as the assessment knows them.</summary>
    private (List<string> PersonTypes, List<string> Signals, AssessmentInput Collected) Told(DialogValues values) =>
        (values.Get(ConsultationValues.About).Where(id => assessment.Signals.PersonTypes.Any(type => type.Id == id)).ToList(),
         values.Get(ConsultationValues.Signals).Where(assessment.Signals.Contains).ToList(),
         CollectedAnswers.For(assessment, values, SafetyMinimum(values)));

    private (UrgencyLevel Level, IReadOnlyList<string> Reasons) Urgency(DialogValues values, AssessmentInput collected, List<string> signals, List<string> personTypes)
    {
        // Asked for before saying whom it is about ("mijn buurvrouw wordt geslagen", then "ik wil een mens spreken"): no
        // assessment, only what the safety layer found.
        var (assessedLevel, reasons) = personTypes.Count == 0
            ? (collected.MinimumLevel ?? UrgencyLevel.Information, [])
            : Assess(collected with { SignalIds = signals, PersonTypeIds = personTypes });
        var urgency = UrgencyLevelIds.TryParse(values.GetSingle(ConsultationValues.Urgency), out var said)
            ? (UrgencyLevel)Math.Max((int)said, (int)assessedLevel)
            : assessedLevel;
        return (urgency, reasons);
    }

    private (UrgencyLevel Level, IReadOnlyList<string> Reasons) Assess(AssessmentInput input)
    {
        var result = assessment.CreateAssessor().Assess(input);
        return (result.Level, result.ReasonIds.ToList());
    }

    /// <summary>
    /// What the safety layer found serious in the person's words counts as it does for the urgency the conversation says
    /// (<see cref="UrgencyJudgement"/>), also for a request made before that urgency was said.
    /// </summary>
    private static UrgencyLevel? SafetyMinimum(DialogValues values) =>
        values.Has(ConversationValues.SafetyFlags) ? UrgencyLevel.Urgent : null;

    private static ContactDetails Contact(DialogValues values)
    {
        var way = ContactWayIds.Parse(values.GetSingle(ConsultationValues.ContactWay)) ?? ContactWay.PersonContactsMoviera;
        var othersMaySee = values.GetSingle(ConsultationValues.OthersMaySee) switch
        {
            "others_may_see" => true,
            "others_may_not_see" => false,
            _ => (bool?)null,
        };
        return way == ContactWay.PersonContactsMoviera
            ? new ContactDetails(way, null, null, null, values.GetSingle(ConsultationValues.FirstName))
            : new ContactDetails(way, values.GetSingle(ConsultationValues.ContactAddress), values.GetSingle(ConsultationValues.SafeTime), othersMaySee, values.GetSingle(ConsultationValues.FirstName));
    }
}
