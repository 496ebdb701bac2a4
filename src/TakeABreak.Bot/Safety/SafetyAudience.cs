using TakeABreak.Bot.Conversation;
using TakeABreak.BotFramework.Teams;
using TakeABreak.BotFramework.Turns;
using TakeABreak.Dialogs.Turns;

namespace TakeABreak.Bot.Safety;

/// <summary>
/// Whom the guard's acknowledgement speaks to: a professional (everyone in Teams, and whoever said they are one) follows the
/// Meldcode and hears that, not the words written for residents ("je hoeft je naam niet te zeggen").
/// </summary>
public static class SafetyAudience
{
    private const string Professional = "professional";

    public static async Task<bool> IsProfessionalAsync(ITurnContext turnContext, DialogEngine dialogs, CancellationToken cancellationToken)
    {
        if (TeamsConversation.IsTeams(turnContext.Activity))
        {
            return true;
        }

        var state = await dialogs.StateAsync(turnContext, cancellationToken);
        return state.Values.TryGetValue(ConversationValues.Role, out var role) && role.Contains(Professional, StringComparer.Ordinal);
    }
}
