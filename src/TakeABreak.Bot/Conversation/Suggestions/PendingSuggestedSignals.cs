using TakeABreak.Bot.Conversation.Sources;
using TakeABreak.Dialogs.Runtime;
using TakeABreak.Signalering.Assessment;
using TakeABreak.Signalering.Signals;

namespace TakeABreak.Bot.Conversation.Suggestions;

/// <summary>
/// The suggested signals still to offer: suggested, not chosen already, and on the checklist for whom it is about (a
/// suggestion that does not fit the person types chosen is dropped, like the assessment drops such signals).
/// </summary>
internal static class PendingSuggestedSignals
{
    public static IReadOnlyList<Signal> Of(AssessmentContent assessment, DialogValues values)
    {
        var chosen = values.Get(ConversationValues.Signals).ToHashSet(StringComparer.Ordinal);
        var fitting = PersonTypes.FittingSignals(assessment, values).ToDictionary(signal => signal.Id, StringComparer.Ordinal);
        return values.Get(ConversationValues.SuggestedSignals)
            .Where(id => !chosen.Contains(id))
            .Distinct(StringComparer.Ordinal)
            .Select(id => fitting.GetValueOrDefault(id))
            .OfType<Signal>()
            .ToList();
    }
}
