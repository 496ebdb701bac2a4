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

    /// <summary>The signals that fit the person types chosen so far; while none is chosen, those a story can name first.</summary>
    public static IReadOnlyList<Signal> FittingSignals(AssessmentContent assessment, DialogValues values)
    {
        var personTypes = Chosen(assessment, values);
        return personTypes.Count == 0 ? assessment.Signals.BeforeAPersonType : assessment.Signals.For(personTypes);
    }
}
