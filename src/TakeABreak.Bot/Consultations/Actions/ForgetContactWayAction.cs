using TakeABreak.Dialogs.Runtime;

namespace TakeABreak.Bot.Consultations.Actions;

/// <summary>
/// Before the way of contact is chosen again ("iets veranderen", or an address that did not work three times): forgets
/// the way and address given, so the question is asked again instead of skipped with the old answer.
/// </summary>
public sealed class ForgetContactWayAction : IDialogAction
{
    public const string ActionName = "forget_contact_way";

    public string Name => ActionName;

    public Task RunAsync(DialogActionContext context, CancellationToken cancellationToken)
    {
        foreach (var name in (string[])[ConsultationValues.ContactWay, ConsultationValues.ContactAddress, ConsultationValues.ContactCheck, ConsultationValues.ContactAttempts])
        {
            context.Values.Remove(name);
        }

        return Task.CompletedTask;
    }
}
