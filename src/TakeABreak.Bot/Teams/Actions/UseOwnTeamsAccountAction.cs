using TakeABreak.Dialogs.Runtime;

namespace TakeABreak.Bot.Teams.Actions;

/// <summary>
/// "Via Teams" chosen in a Teams chat: Moviera contacts the professional at the account they write from, without asking
/// for an address ("teams_contact": account). Without an account staff can find (no display name) the flag stays as it
/// was and the flow asks for a work e-mail address.
/// </summary>
public sealed class UseOwnTeamsAccountAction(TeamsUser user) : IDialogAction
{
    public const string ActionName = "use_own_teams_account";

    public string Name => ActionName;

    public Task RunAsync(DialogActionContext context, CancellationToken cancellationToken)
    {
        if (OwnTeamsAccount.Findable(user))
        {
            OwnTeamsAccount.Use(context.Values, user);
        }

        return Task.CompletedTask;
    }
}
