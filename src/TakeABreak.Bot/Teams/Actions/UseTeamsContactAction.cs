using TakeABreak.Bot.Consultations;
using TakeABreak.Dialogs.Runtime;
using TakeABreak.Signalering.Consultations.Contact;

namespace TakeABreak.Bot.Teams.Actions;

/// <summary>
/// In a Teams chat Moviera contacts the professional through Teams by default, at the account they write from (their
/// Entra object id), without asking for an address. The first time it sets that contact ("teams_contact": account); when
/// the person asks to change the contact it gives the full choice instead ("teams_contact": choose).
/// </summary>
public sealed class UseTeamsContactAction(TeamsUser user) : IDialogAction
{
    public const string ActionName = "use_teams_contact";
    public const string Flag = "teams_contact";

    public string Name => ActionName;

    public Task RunAsync(DialogActionContext context, CancellationToken cancellationToken)
    {
        var values = context.Values;
        if (values.GetSingle(Flag) is not null || user.ObjectId is null)
        {
            values.Set(Flag, "choose");
            return Task.CompletedTask;
        }

        values.Set(Flag, "account");
        values.Set(ConsultationValues.ContactWay, ContactWay.Teams.ToId());
        values.Set(ConsultationValues.ContactAddress, user.Name is { Length: > 0 } name ? $"{name} (Entra {user.ObjectId})" : $"Entra {user.ObjectId}");
        values.Set(ConsultationValues.ContactCheck, "valid");
        context.Say(ConsultationWording.For(context).Text("teams_contact_default"));
        return Task.CompletedTask;
    }
}
