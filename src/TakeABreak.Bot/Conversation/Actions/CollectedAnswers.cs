using TakeABreak.Bot.Conversation.Sources;
using TakeABreak.Dialogs.Runtime;
using TakeABreak.Signalering.Assessment;

namespace TakeABreak.Bot.Conversation.Actions;

/// <summary>
/// The signals and context answers the conversation collected, as the assessor accepts them: context answers come from
/// several questions (how often, the checklist of serious things, and the one-by-one context questions) and from what
/// the safety guard recognised anywhere in the conversation (context.yaml: recognised_by_safety); only those
/// that fit the person types count, and of two answers to one question the more serious (listed first) is kept.
/// </summary>
internal static class CollectedAnswers
{
    public static AssessmentInput For(AssessmentContent assessment, DialogValues values, UrgencyLevel? minimum)
    {
        var personTypes = PersonTypes.Chosen(assessment, values);
        var signals = values.Get(ConversationValues.Signals)
            .Where(id => assessment.Signals.Signals.Any(signal => signal.Id == id && signal.PersonTypeIds.Any(personTypes.Contains)))
            .Distinct(StringComparer.Ordinal)
            .ToList();
        var answers = ConversationValues.ContextAnswers
            .SelectMany(values.Get)
            .Where(assessment.Context.ContainsAnswer)
            .Concat(assessment.Context.AnswersRecognisedBySafety(values.Get(ConversationValues.SafetyFlags)))
            .Select(id => (Id: id, Question: assessment.Context.QuestionOf(id)))
            .Where(answer => answer.Question.PersonTypeIds.Any(personTypes.Contains))
            .GroupBy(answer => answer.Question.Id)
            .Select(group => group.OrderBy(answer => group.First().Question.Answers.ToList().FindIndex(a => a.Id == answer.Id)).First().Id)
            .ToList();
        return new AssessmentInput(signals, answers, personTypes, minimum);
    }
}
