using TakeABreak.Bot.Consultations;
using TakeABreak.Dialogs.Runtime;

namespace TakeABreak.Bot.Teams.Actions;

/// <summary>
/// In a Teams chat Moviera contacts the professional through Teams by default, at the account they write from (their
/// Entra object id), without asking for an address. The first time it sets that contact ("teams_contact": account) and
/// the flow asks whether that is fine; when the person asks to change the contact, or already told another way ("ja,
/// bel me maar" at consent), or Teams sent no display name staff could find the account by, it gives the full choice
/// instead ("teams_contact": choose), where what they told is kept.
/// </summary>
public sealed class UseTeamsContactAction(TeamsUser user) : IDialogAction
{
    public const string ActionName = "use_teams_contact";
    public const string Flag = OwnTeamsAccount.Flag;

    public string Name => ActionName;

    public Task RunAsync(DialogActionContext context, CancellationToken cancellationToken)
    {
        var values = context.Values;
        if (values.GetSingle(Flag) is not null || !OwnTeamsAccount.Findable(user) || values.Told(ConsultationValues.ContactWay))
        {
            values.Set(Flag, "choose");
            return Task.CompletedTask;
        }

        OwnTeamsAccount.Use(values, user);
        return Task.CompletedTask;
    }
}
