using System.Collections.ObjectModel;
using System.Runtime.CompilerServices;
using TakeABreak.Linguistics.Normalization;

namespace TakeABreak.Dialogs.Recognition;

/// <summary>
/// Each option's texts (its own language and others) in normalised form, as <see cref="AnswerRecognizer"/> compares a
/// whole message with them. A kept (read-only) set of options remembers them, so a question asked again does not
/// normalise its phrases again.
/// </summary>
internal static class NormalizedOptionTexts
{
    private static readonly ConditionalWeakTable<ReadOnlyCollection<RecognizableOption>, List<NormalizedOption>> Kept = new();

    public static List<NormalizedOption> Of(IReadOnlyList<RecognizableOption> options) =>
        options is ReadOnlyCollection<RecognizableOption> kept ? Kept.GetValue(kept, Build) : Build(options);

    private static List<NormalizedOption> Build(IReadOnlyList<RecognizableOption> options) =>
        options.Select(option => new NormalizedOption(
            option.Id,
            Normalized(option.Texts.Concat(option.OtherLanguageTexts)),
            Normalized(option.WholeMessageTexts),
            Normalized([.. option.Texts.Take(1), .. option.OtherLanguageLabels]),
            ClassCombinations(option))).ToList();

    /// <summary>The normalised texts that fill in a vocabulary class ("een man van 84" of "een man van {old_age}").</summary>
    private static HashSet<string> ClassCombinations(RecognizableOption option) =>
        Normalized(option.SlottedTexts.Concat(option.SlottedOtherLanguageTexts).SelectMany(slotted => slotted.Listed)).ToHashSet(StringComparer.Ordinal);

    // Normalised only, not stemmed: a vocabulary class lists thousands of texts that inside a sentence are read by slots.
    private static List<string> Normalized(IEnumerable<string> texts) =>
        texts.Select(TextNormalizer.NormalizeTerm).Where(t => t.Length > 0).ToList();
}

/// <summary>
/// An option's normalised texts (<see cref="Texts"/>, and <see cref="Whole"/> for texts that count only as the whole
/// message), and its <see cref="Labels"/> (the button's text, in each language) with their words worked out once, as a
/// typed message is compared with them word by word. <see cref="ClassCombinations"/> are the texts that fill in a
/// vocabulary class.
/// </summary>
internal sealed record NormalizedOption(string Id, List<string> Texts, List<string> Whole, List<string> Labels, IReadOnlySet<string> ClassCombinations)
{
    private readonly Lazy<NormalizedTextLookup> _beginnings = new(() => new(Texts.Where(text => !ClassCombinations.Contains(text))));

    /// <summary><see cref="Texts"/> arranged for look-ups (a vocabulary class makes thousands of them).</summary>
    public NormalizedTextLookup Lookup { get; } = new(Texts);

    /// <summary>
    /// The texts a typed beginning may stand for ("een kind" for "een kind in het gezin"): not those that fill in a class,
    /// as a beginning of "een man van 84" lacks the age that makes it mean the option ("een man" is no older person).
    /// </summary>
    public NormalizedTextLookup Beginnings => ClassCombinations.Count == 0 ? Lookup : _beginnings.Value;

    /// <summary>The words of each of <see cref="Labels"/>, in the same order.</summary>
    public string[][] LabelWords { get; } = Labels.Select(label => AnalyzedText.Phrase(label).Words).ToArray();

    /// <summary>How many words each of <see cref="Labels"/> has, in the same order.</summary>
    public int[] LabelWordCounts { get; } = Labels.Select(label => TextNormalizer.Words(label).Length).ToArray();
}
