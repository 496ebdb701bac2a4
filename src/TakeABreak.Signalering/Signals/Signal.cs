using TakeABreak.Signalering.Content;

namespace TakeABreak.Signalering.Signals;

/// <summary>Something a user may have noticed. Not proof: it gets meaning from context.</summary>
public sealed record Signal(
    string Id,
    string GroupId,
    IReadOnlyList<string> PersonTypeIds,
    LocalizedText Label,
    LocalizedText Explanation)
{
    /// <summary>The sign as someone it happens to reads it ("Ik ben bang om naar huis te gaan"); null: the label.</summary>
    public LocalizedText? LabelSelf { get; init; }

    /// <summary>Phrases that also mean this signal, for recognising it in what people type.</summary>
    public LocalizedText Also { get; init; } = LocalizedText.None;

    /// <summary>Phrases that, written word for word in a message, mean this signal is not meant there ("ze zei dat ze gevallen was").</summary>
    public LocalizedText Unless { get; init; } = LocalizedText.None;

    /// <summary>When not empty: the signal counts in a message only when one of these phrases is there too ("zei dat" next to "slaat").</summary>
    public LocalizedText OnlyWith { get; init; } = LocalizedText.None;
}
