namespace TakeABreak.Dialogs.Recognition;

/// <summary>An option as the recognizer sees it: an id and every text that means it (label, other spellings, id).</summary>
/// <param name="Preferred">When this option and others are named in one sentence, this one is taken ("mijn vriend slaat mij": about myself).</param>
public sealed record RecognizableOption(string Id, IReadOnlyList<string> Texts, bool Preferred = false)
{
    /// <summary>
    /// Texts in another language than the conversation's: inside a sentence they count only as the same word or a typo,
    /// never by stem (a Dutch stem of "banging" is "bang", which is Dutch for afraid).
    /// </summary>
    public IReadOnlyList<string> OtherLanguageTexts { get; init; } = [];

    /// <summary>
    /// Phrases of <see cref="Texts"/> (in the conversation's language) that name vocabulary classes: inside a sentence they
    /// are found by their slots, every combination, instead of by the combinations listed in <see cref="Texts"/>.
    /// </summary>
    public IReadOnlyList<SlottedPhrase> SlottedTexts { get; init; } = [];

    /// <summary>The same for <see cref="OtherLanguageTexts"/>, each resolved in its own language and compared without stems.</summary>
    public IReadOnlyList<SlottedPhrase> SlottedOtherLanguageTexts { get; init; } = [];

    /// <summary>The label (button text) in the other languages; <c>Texts[0]</c> is the label in the conversation's language.</summary>
    public IReadOnlyList<string> OtherLanguageLabels { get; init; } = [];

    /// <summary>
    /// Texts that mean this option only as the whole message, never inside a sentence: "ik" at "Wat past het best bij
    /// jou?" is about oneself, while "ik" in "ik maak me zorgen om mijn buurvrouw" says nothing. Content writes them with
    /// a leading "=".
    /// </summary>
    public IReadOnlyList<string> WholeMessageTexts { get; init; } = [];

    /// <summary>
    /// Texts that, found word for word anywhere in the message (no stems, no typos), mean this option is not meant there:
    /// "mijn dochter van 24" names a daughter who is no child at risk.
    /// </summary>
    public IReadOnlyList<string> UnlessTexts { get; init; } = [];

    /// <summary>
    /// Texts that say this option is not so ("geen pistool", "no gun"), found word for word: they cancel only the option's
    /// own words they hold, so "geen pistool maar wel een mes" still names a weapon.
    /// </summary>
    public IReadOnlyList<string> DeniedTexts { get; init; } = [];

    /// <summary>
    /// When not empty, this option counts in a message only when one of these texts is found there too (in the conversation's
    /// language, like <see cref="Texts"/>): "zei dat" is a disclosure only next to a word of harm.
    /// </summary>
    public IReadOnlyList<string> RequiredTexts { get; init; } = [];

    /// <summary>Options that, named in the same sentence, are meant instead of this one ("een oudere man, zijn dochter …": the older person, not a child).</summary>
    public IReadOnlyList<string> YieldsTo { get; init; } = [];

    /// <summary>False: typed only, not shown as a button, so a number typed alone never means it.</summary>
    public bool Button { get; init; } = true;
}
