using TakeABreak.Dialogs.Runtime;

namespace TakeABreak.Bot.Consultations.Actions;

/// <summary>
/// After "do not send" (or the request taken back while it is made): forgets the contact details, the request id and its
/// urgency (so questions about the request no longer count as such); nothing was stored.
/// </summary>
public sealed class ForgetConsultationAction : IDialogAction
{
    public const string ActionName = "forget_consultation";

    public string Name => ActionName;

    public Task RunAsync(DialogActionContext context, CancellationToken cancellationToken)
    {
        foreach (var name in ConsultationValues.ContactValues.Append(ConsultationValues.RequestId).Append(ConsultationValues.ConsentAt).Append(ConsultationValues.RequestUrgency))
        {
            context.Values.Remove(name);
        }

        return Task.CompletedTask;
    }
}
