using System.Collections.Concurrent;
using TakeABreak.Dialogs.Runtime;
using TakeABreak.Signalering.Assessment;

namespace TakeABreak.Bot.Conversation.Sources;

/// <summary>The context questions that fit the person types chosen so far, one after another.</summary>
public sealed class ContextQuestionSource(AssessmentContent assessment) : IDialogQuestionSource
{
    public const string SourceName = "context_questions";

    public string Name => SourceName;

    // The catalogue does not change while loaded: each question is built once per locale, so the recognizers get the
    // same options every turn and reuse what they derived from them.
    private readonly ConcurrentDictionary<(string Question, string Locale), DialogQuestion> _questions = new();

    public IReadOnlyList<DialogQuestion> GetQuestions(DialogValues values, string locale) =>
        assessment.Context.For(PersonTypes.Chosen(assessment, values))
            .Select(question => _questions.GetOrAdd((question.Id, locale), _ => new DialogQuestion(
                question.Id,
                question.Question.In(locale),
                question.Answers.Select(answer => new DialogOption(answer.Id, answer.Label.In(locale), [answer.Label.Nl, answer.Label.En])).ToList())))
            .ToList();
}
