using TakeABreak.Dialogs.Runtime;

namespace TakeABreak.Bot.Consultations.Actions;

/// <summary>Says who will contact the person, how soon (per urgency, from content) and exactly what is shared.</summary>
public sealed class ExplainConsultationAction : IDialogAction
{
    public const string ActionName = "explain_consultation";

    public string Name => ActionName;

    public Task RunAsync(DialogActionContext context, CancellationToken cancellationToken)
    {
        var wording = ConsultationWording.For(context);
        var urgency = context.Values.GetSingle(ConsultationValues.Urgency) ?? "information";
        context.Say(wording.Text("consultation_who_contacts"));
        context.Say(wording.Optional("consultation_how_soon_" + urgency) ?? wording.Text("consultation_how_soon_information"));
        context.Say(wording.Text("consultation_what_is_shared"));
        return Task.CompletedTask;
    }
}
