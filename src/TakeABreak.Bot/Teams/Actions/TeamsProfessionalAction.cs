using TakeABreak.Bot.Conversation;
using TakeABreak.Dialogs.Runtime;

namespace TakeABreak.Bot.Teams.Actions;

/// <summary>In Teams the people who chat are professionals: the role is set without asking ("role": professional).</summary>
public sealed class TeamsProfessionalAction : IDialogAction
{
    public const string ActionName = "teams_professional";
    public const string Professional = "professional";

    public string Name => ActionName;

    public Task RunAsync(DialogActionContext context, CancellationToken cancellationToken)
    {
        context.Values.Set(ConversationValues.Role, Professional);
        return Task.CompletedTask;
    }
}
