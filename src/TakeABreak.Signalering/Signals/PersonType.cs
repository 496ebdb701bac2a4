using TakeABreak.Signalering.Content;

namespace TakeABreak.Signalering.Signals;

/// <summary>Who a conversation is about, e.g. "partner" or "older_person".</summary>
public sealed record PersonType(string Id, LocalizedText Label)
{
    /// <summary>The option as someone it happens to reads it, answering "who hurts you" ("Mijn kind"); null: the label.</summary>
    public LocalizedText? LabelSelf { get; init; }

    /// <summary>How the bot says it understood <see cref="LabelSelf"/> ("het gaat om je kind").</summary>
    public LocalizedText? UnderstoodSelf { get; init; }

    /// <summary>Phrases that also mean this person type, for recognising it in what people type.</summary>
    public LocalizedText Also { get; init; } = LocalizedText.None;

    /// <summary>
    /// Phrases that mean this person type only for someone it happens to, answering who hurts them ("mijn moeder" from a
    /// young person is someone at home); a worried neighbour's "mijn moeder" says nothing about whom it is about.
    /// </summary>
    public LocalizedText AlsoSelf { get; init; } = LocalizedText.None;

    /// <summary>Like <see cref="YieldsTo"/>, only for someone it happens to: "mijn man slaat me en mijn moeder weet het niet" is about her partner.</summary>
    public IReadOnlyList<string> YieldsToSelf { get; init; } = [];

    /// <summary>Phrases that, written word for word in a message, mean this person type is not meant there ("mijn dochter van 24").</summary>
    public LocalizedText Unless { get; init; } = LocalizedText.None;

    /// <summary>
    /// Like <see cref="Unless"/>, only for someone it happens to: a young person's "mijn vader slaat mijn moeder" is no
    /// partner of their own; a neighbour's "de vader slaat de moeder" still is.
    /// </summary>
    public LocalizedText UnlessSelf { get; init; } = LocalizedText.None;

    /// <summary>Person types that, named in the same sentence, are meant instead of this one (an older man's daughter is not a child at risk).</summary>
    public IReadOnlyList<string> YieldsTo { get; init; } = [];

    /// <summary>
    /// The signals that fit only this person type are read from a story only once this person type is known: their words
    /// ("slaat", "bedreigt") say something else about other people ("mijn vader slaat mijn moeder").
    /// </summary>
    public bool SignsOnlyOnceNamed { get; init; }
}
