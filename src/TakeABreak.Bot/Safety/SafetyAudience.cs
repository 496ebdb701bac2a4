using TakeABreak.Bot.Conversation;
using TakeABreak.BotFramework.Teams;
using TakeABreak.BotFramework.Turns;
using TakeABreak.Dialogs.Runtime;
using TakeABreak.Dialogs.Turns;

namespace TakeABreak.Bot.Safety;

/// <summary>
/// Whom the guard's acknowledgement speaks to: a professional (everyone in Teams, and whoever said they are one) follows the
/// Meldcode and hears that, not the words written for residents ("je hoeft je naam niet te zeggen"); a young person (who
/// said so, or tells about themselves as a child) hears the words for children first (De Kindertelefoon); someone who passes
/// on what a child told them hears what a child's own words mean (for a professional: acute unsafety in the Meldcode).
/// </summary>
public static class SafetyAudience
{
    private const string Professional = "professional";
    private const string YoungPersonTopic = "topic_young_person";
    private const string Child = "child";
    private const string ChildTellsTheyAreHurt = "tells_they_are_hurt";

    public static async Task<bool> IsProfessionalAsync(ITurnContext turnContext, DialogEngine dialogs, CancellationToken cancellationToken)
    {
        if (TeamsConversation.IsTeams(turnContext.Activity))
        {
            return true;
        }

        var state = await dialogs.StateAsync(turnContext, cancellationToken);
        return state.Values.TryGetValue(ConversationValues.Role, out var role) && role.Contains(Professional, StringComparer.Ordinal);
    }

    /// <summary>The conversation is about a child who told the writer themselves what happens (the sign, ticked from the story or the list).</summary>
    public static async Task<bool> PassesOnAChildsOwnWordsAsync(ITurnContext turnContext, DialogEngine dialogs, CancellationToken cancellationToken)
    {
        var values = (await dialogs.StateAsync(turnContext, cancellationToken)).Values;
        return values.TryGetValue(ConversationValues.About, out var about) && about.Contains(Child, StringComparer.Ordinal)
            && values.TryGetValue(ConversationValues.Signals, out var signals) && signals.Contains(ChildTellsTheyAreHurt, StringComparer.Ordinal);
    }

    /// <summary>A young writer who said their own age ("ik ben 13", "im 14"): then De Kindertelefoon is no condition ("Ben je jonger dan 18, …").</summary>
    public static async Task<bool> SaidTheyAreYoungAsync(ITurnContext turnContext, DialogEngine dialogs, CancellationToken cancellationToken)
    {
        if (TeamsConversation.IsTeams(turnContext.Activity))
        {
            return false;
        }

        var values = (await dialogs.StateAsync(turnContext, cancellationToken)).Values;
        return values.TryGetValue(DialogValues.SaidAlongsideAnswers, out var said) && said.Contains(YoungPersonTopic, StringComparer.Ordinal);
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
