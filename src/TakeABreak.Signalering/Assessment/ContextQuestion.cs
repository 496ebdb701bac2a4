using TakeABreak.Signalering.Content;

namespace TakeABreak.Signalering.Assessment;

/// <summary>A question about the context of the signals; the user picks one of its answers.</summary>
public sealed record ContextQuestion(
    string Id,
    IReadOnlyList<string> PersonTypeIds,
    LocalizedText Question,
    IReadOnlyList<ContextAnswer> Answers);

/// <param name="Summary">The answer as it reads on its own, without its question ("Iemand is zwanger" for "Ja").</param>
/// <param name="RecognisedBySafety">
/// Ids of safety rules (dialogs/safety/rules.yaml) whose verdict tells this answer: when the guard recognised one of them
/// in the conversation, the answer counts as given, even if the person told it outside the question.
/// </param>
public sealed record ContextAnswer(string Id, LocalizedText Label, LocalizedText Summary, IReadOnlyList<string> RecognisedBySafety);
