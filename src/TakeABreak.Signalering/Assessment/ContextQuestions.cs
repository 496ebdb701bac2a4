namespace TakeABreak.Signalering.Assessment;

/// <summary>The context questions from dialogs/assessment/context.yaml, in the order they are asked.</summary>
public sealed class ContextQuestions
{
    private readonly Dictionary<string, ContextQuestion> questionsByAnswer;
    private readonly Dictionary<string, ContextAnswer> answers;

    public ContextQuestions(int version, IReadOnlyList<ContextQuestion> questions)
    {
        Version = version;
        Questions = questions;
        questionsByAnswer = questions
            .SelectMany(question => question.Answers.Select(answer => (answer.Id, question)))
            .ToDictionary(pair => pair.Id, pair => pair.question, StringComparer.Ordinal);
        answers = questions.SelectMany(question => question.Answers).ToDictionary(answer => answer.Id, StringComparer.Ordinal);
    }

    public int Version { get; }

    public IReadOnlyList<ContextQuestion> Questions { get; }

    /// <summary>The questions to ask when the conversation is about these person types.</summary>
    public IReadOnlyList<ContextQuestion> For(IEnumerable<string> personTypeIds)
    {
        var wanted = personTypeIds.ToHashSet(StringComparer.Ordinal);
        return Questions.Where(question => question.PersonTypeIds.Any(wanted.Contains)).ToList();
    }

    public bool ContainsAnswer(string answerId) => answers.ContainsKey(answerId);

    /// <summary>The answers the safety guard's reasons tell, in question order.</summary>
    public IEnumerable<string> AnswersRecognisedBySafety(IEnumerable<string> safetyReasonIds)
    {
        var reasons = safetyReasonIds.ToHashSet(StringComparer.Ordinal);
        return Questions
            .SelectMany(question => question.Answers)
            .Where(answer => answer.RecognisedBySafety.Any(reasons.Contains))
            .Select(answer => answer.Id);
    }

    /// <exception cref="ArgumentException">No answer has this id.</exception>
    public ContextAnswer GetAnswer(string answerId) =>
        answers.TryGetValue(answerId, out var answer)
            ? answer
            : throw new ArgumentException($"Unknown context answer '{answerId}': it is not in the context questions.", nameof(answerId));

    /// <summary>The question an answer belongs to.</summary>
    /// <exception cref="ArgumentException">No answer has this id.</exception>
    public ContextQuestion QuestionOf(string answerId) =>
        questionsByAnswer.TryGetValue(answerId, out var question)
            ? question
            : throw new ArgumentException($"Unknown context answer '{answerId}': it is not in the context questions.", nameof(answerId));
}
