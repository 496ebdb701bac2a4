using TakeABreak.Signalering.Content;

namespace TakeABreak.Signalering.Assessment;

/// <summary>A question about the context of the signals; the user picks one of its answers.</summary>
public sealed record ContextQuestion(
    string Id,
    IReadOnlyList<string> PersonTypeIds,
    LocalizedText Question,
    IReadOnlyList<ContextAnswer> Answers);

public sealed record ContextAnswer(string Id, LocalizedText Label);
