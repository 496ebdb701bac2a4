using TakeABreak.Bot.Consultations.Submission;
using TakeABreak.Dialogs.Runtime;
using TakeABreak.Signalering.Assessment;

namespace TakeABreak.Bot.Consultations.Actions;

/// <summary>
/// Says who will contact the person, how soon (per urgency, from content) and exactly what is shared. The urgency is the
/// one the request would carry now (<see cref="ConsultationRequestBuilder.Urgency"/>): the one the conversation said, or
/// higher for what was told before the request was asked for ("mijn man slaat me elke dag", then "ik wil een mens
/// spreken") or for what the safety layer found; kept in <see cref="ConsultationValues.RequestUrgency"/> for the
/// questions after it ("Zo snel als het kan" first at the time question). Only a story told during the request raises it later.
/// </summary>
internal sealed class ExplainConsultationAction(ConsultationRequestBuilder builder) : IDialogAction
{
    public const string ActionName = "explain_consultation";

    public string Name => ActionName;

    public Task RunAsync(DialogActionContext context, CancellationToken cancellationToken)
    {
        var wording = ConsultationWording.For(context);
        var urgency = builder.Urgency(context.Values).ToId();
        context.Values.Set(ConsultationValues.RequestUrgency, urgency);
        context.Say(wording.Text("consultation_who_contacts"));
        context.Say(wording.Optional("consultation_how_soon_" + urgency) ?? wording.Text("consultation_how_soon_information"));
        // A way to reach the person already given ("ja, bel me op 0612345678" at the offer): not promised to be asked again.
        context.Say(context.Values.Has(ConsultationValues.ContactAddress)
            ? wording.Optional("consultation_what_is_shared_contact_known") ?? wording.Text("consultation_what_is_shared")
            : wording.Text("consultation_what_is_shared"));
        return Task.CompletedTask;
    }
}
