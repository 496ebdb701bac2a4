using TakeABreak.Dialogs.Runtime;
using TakeABreak.Signalering.Assessment;
using TakeABreak.Signalering.Signals;

namespace TakeABreak.Bot.Conversation.Sources;

/// <summary>The person types among the "who is it about" answers (special topics are not person types).</summary>
internal static class PersonTypes
{
    public static IReadOnlyList<string> Chosen(AssessmentContent assessment, DialogValues values) =>
        values.Get(ConversationValues.About)
            .Where(id => assessment.Signals.PersonTypes.Any(type => type.Id == id))
            .ToList();

    /// <summary>
    /// The signals that fit the person types chosen so far. While none is chosen, all of them except those that fit only
    /// person types whose signs are read only once they are named.
    /// </summary>
    public static IReadOnlyList<Signal> FittingSignals(AssessmentContent assessment, DialogValues values)
    {
        var personTypes = Chosen(assessment, values);
        if (personTypes.Count > 0)
        {
            return assessment.Signals.For(personTypes);
        }

        var onlyOnceNamed = assessment.Signals.PersonTypes.Where(type => type.SignsOnlyOnceNamed).Select(type => type.Id).ToHashSet(StringComparer.Ordinal);
        return onlyOnceNamed.Count == 0
            ? assessment.Signals.Signals
            : assessment.Signals.Signals.Where(signal => !signal.PersonTypeIds.All(onlyOnceNamed.Contains)).ToList();
    }
}
