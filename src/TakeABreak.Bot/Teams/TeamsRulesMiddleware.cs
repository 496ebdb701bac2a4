using Microsoft.Extensions.Options;
using TakeABreak.Bot.Teams.StaffChannel;
using TakeABreak.BotFramework.Schema;
using TakeABreak.BotFramework.Teams;
using TakeABreak.BotFramework.Turns;
using TakeABreak.Dialogs.Content;
using IMiddleware = TakeABreak.BotFramework.Turns.IMiddleware;

namespace TakeABreak.Bot.Teams;

/// <summary>
/// The rules for Teams, before anything else reads a Teams activity: users of a tenant that is not allowed get a polite
/// refusal; in a team channel or group chat nobody starts a conversation about a sensitive subject that everyone there
/// would share — members who join get no welcome, and a message gets a pointer to the personal chat, except the staff
/// commands that link the staff channel. Card actions (Oppakken, Afsluiten) are answered here. Personal chats go on to
/// the guard and the conversation.
/// </summary>
internal sealed class TeamsRulesMiddleware(
    IOptions<TeamsOptions> options,
    DialogContent content,
    TeamsUser user,
    StaffChannelCommands staffCommands,
    StaffCardActions cardActions) : IMiddleware
{
    public const string TenantNotAllowed = "teams_tenant_not_allowed";
    public const string UsePersonalChat = "teams_use_personal_chat";

    public async Task OnTurnAsync(ITurnContext turnContext, NextDelegate next, CancellationToken cancellationToken)
    {
        var activity = turnContext.Activity;
        if (!TeamsConversation.IsTeams(activity))
        {
            await next(cancellationToken);
            return;
        }

        if (!IsAllowedTenant(TeamsConversation.TenantId(activity)))
        {
            if (AdaptiveCardInvoke.IsAction(activity))
            {
                turnContext.InvokeResponse = AdaptiveCardInvoke.Error(400, "tenantNotAllowed", Text(turnContext, TenantNotAllowed));
            }

            await ReplyToMessageAsync(turnContext, TenantNotAllowed, cancellationToken);
            return;
        }

        if (AdaptiveCardInvoke.IsAction(activity))
        {
            await cardActions.HandleAsync(turnContext, cancellationToken);
            return;
        }

        if (!TeamsConversation.IsPersonal(activity))
        {
            if (activity.IsType(ActivityTypes.Message) && activity.Conversation?.ConversationType == "channel" && await staffCommands.TryHandleAsync(turnContext, cancellationToken))
            {
                return;
            }

            await ReplyToMessageAsync(turnContext, UsePersonalChat, cancellationToken);
            return;
        }

        user.From(activity.From);
        await next(cancellationToken);
    }

    private bool IsAllowedTenant(string? tenantId) =>
        options.Value.AllowedTenants.Count == 0
        || (tenantId is not null && options.Value.AllowedTenants.Contains(tenantId, StringComparer.OrdinalIgnoreCase));

    private string Text(ITurnContext turnContext, string stringId) =>
        content.Strings.Text(stringId, content.LocaleFor(turnContext.Activity.Locale));

    private Task ReplyToMessageAsync(ITurnContext turnContext, string stringId, CancellationToken cancellationToken)
    {
        if (!turnContext.Activity.IsType(ActivityTypes.Message))
        {
            return Task.CompletedTask;
        }

        var locale = content.LocaleFor(turnContext.Activity.Locale);
        return turnContext.SendActivityAsync(
            new Activity { Type = ActivityTypes.Message, Text = content.Strings.Text(stringId, locale), TextFormat = "plain", Locale = locale },
            cancellationToken);
    }
}
