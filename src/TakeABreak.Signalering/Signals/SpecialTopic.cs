using TakeABreak.Signalering.Content;

namespace TakeABreak.Signalering.Signals;

/// <summary>
/// A form of violence this bot does not handle (e.g. honour-based violence): it needs a specialised
/// approach, so the conversation hands over to <see cref="Handover"/> with the explanation.
/// </summary>
public sealed record SpecialTopic(string Id, string Handover, LocalizedText Label, LocalizedText Explanation)
{
    /// <summary>Phrases that also mean this topic, for recognising it in what people type.</summary>
    public LocalizedText Also { get; init; } = LocalizedText.None;
}
