using TakeABreak.Bot.Conversation;
using TakeABreak.BotFramework.Teams;
using TakeABreak.BotFramework.Turns;
using TakeABreak.Dialogs.Runtime;
using TakeABreak.Dialogs.Turns;

namespace TakeABreak.Bot.Safety;

/// <summary>
/// Whom the guard's acknowledgement speaks to: a professional (everyone in Teams, and whoever said they are one) follows the
/// Meldcode and hears that, not the words written for residents ("je hoeft je naam niet te zeggen"); a young person (who
/// said so, or tells about themselves as a child) hears the words for children first (De Kindertelefoon).
/// </summary>
public static class SafetyAudience
{
    private const string Professional = "professional";
    private const string YoungPersonTopic = "topic_young_person";
    private const string Child = "child";

    public static async Task<bool> IsProfessionalAsync(ITurnContext turnContext, DialogEngine dialogs, CancellationToken cancellationToken)
    {
        if (TeamsConversation.IsTeams(turnContext.Activity))
        {
            return true;
        }

        var state = await dialogs.StateAsync(turnContext, cancellationToken);
        return state.Values.TryGetValue(ConversationValues.Role, out var role) && role.Contains(Professional, StringComparer.Ordinal);
    }

    public static async Task<bool> IsYoungPersonAsync(ITurnContext turnContext, DialogEngine dialogs, CancellationToken cancellationToken)
    {
        if (TeamsConversation.IsTeams(turnContext.Activity))
        {
            return false;
        }

        var values = (await dialogs.StateAsync(turnContext, cancellationToken)).Values;
        return (values.TryGetValue(DialogValues.SaidAlongsideAnswers, out var said) && said.Contains(YoungPersonTopic, StringComparer.Ordinal))
            || (values.TryGetValue(ConversationValues.Role, out var role) && role.Contains(ConversationValues.RoleSelf, StringComparer.Ordinal)
                && values.TryGetValue(ConversationValues.About, out var about) && about.Contains(Child, StringComparer.Ordinal));
    }
}
