using TakeABreak.Bot.Consultations;
using TakeABreak.Dialogs.Runtime;

namespace TakeABreak.Bot.Teams.Actions;

/// <summary>
/// In a Teams chat Moviera contacts the professional through Teams by default, at the account they write from (their
/// Entra object id), without asking for an address. The first time it proposes that contact ("teams_contact": account)
/// and the flow asks whether that is fine (agreed, use_own_teams_account sets it); when the person asks to change the contact, or already told another way ("ja,
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

        // Only proposed: the way is set when they agree, so "nee, bel me" at the proposal answers the way question.
        values.Set(Flag, "account");
        return Task.CompletedTask;
    }
}
