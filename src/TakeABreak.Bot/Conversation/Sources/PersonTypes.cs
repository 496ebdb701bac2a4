using TakeABreak.Dialogs.Runtime;
using TakeABreak.Signalering.Assessment;

namespace TakeABreak.Bot.Conversation.Sources;

/// <summary>The person types among the "who is it about" answers (special topics are not person types).</summary>
internal static class PersonTypes
{
    public static IReadOnlyList<string> Chosen(AssessmentContent assessment, DialogValues values) =>
        values.Get(ConversationValues.About)
            .Where(id => assessment.Signals.PersonTypes.Any(type => type.Id == id))
            .ToList();
}
