using TakeABreak.Dialogs.Runtime;

namespace TakeABreak.Bot.Consultations.Actions;

/// <summary>After "do not send": forgets the contact details and the request id; nothing was stored.</summary>
public sealed class ForgetConsultationAction : IDialogAction
{
    public const string ActionName = "forget_consultation";

    public string Name => ActionName;

    public Task RunAsync(DialogActionContext context, CancellationToken cancellationToken)
    {
        foreach (var name in ConsultationValues.ContactValues.Append(ConsultationValues.RequestId).Append(ConsultationValues.ConsentAt))
        {
            context.Values.Remove(name);
        }

        return Task.CompletedTask;
    }
}
