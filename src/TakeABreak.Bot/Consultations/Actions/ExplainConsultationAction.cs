using TakeABreak.Bot.Conversation;
using TakeABreak.Dialogs.Runtime;
using TakeABreak.Signalering.Assessment;

namespace TakeABreak.Bot.Consultations.Actions;

/// <summary>
/// Says who will contact the person, how soon (per urgency, from content) and exactly what is shared. The urgency is the
/// request's: the one the conversation said, raised to urgent when the safety layer found something serious in the
/// person's words (as the request itself is), and kept in <see cref="ConsultationValues.RequestUrgency"/> for the
/// questions after it ("Zo snel als het kan" first at the time question).
/// </summary>
public sealed class ExplainConsultationAction : IDialogAction
{
    public const string ActionName = "explain_consultation";

    public string Name => ActionName;

    public Task RunAsync(DialogActionContext context, CancellationToken cancellationToken)
    {
        var wording = ConsultationWording.For(context);
        var urgency = RequestUrgency(context.Values).ToId();
        context.Values.Set(ConsultationValues.RequestUrgency, urgency);
        context.Say(wording.Text("consultation_who_contacts"));
        context.Say(wording.Optional("consultation_how_soon_" + urgency) ?? wording.Text("consultation_how_soon_information"));
        context.Say(wording.Text("consultation_what_is_shared"));
        return Task.CompletedTask;
    }

    private static UrgencyLevel RequestUrgency(DialogValues values)
    {
        var said = UrgencyLevelIds.TryParse(values.GetSingle(ConsultationValues.Urgency), out var level) ? level : UrgencyLevel.Information;
        return values.Has(ConversationValues.SafetyFlags) && said < UrgencyLevel.Urgent ? UrgencyLevel.Urgent : said;
    }
}
