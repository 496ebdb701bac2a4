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
        options.Select(option => new NormalizedOption(option.Id, Normalized(option.Texts.Concat(option.OtherLanguageTexts)), Normalized(option.WholeMessageTexts))).ToList();

    private static List<string> Normalized(IEnumerable<string> texts) =>
        texts.Select(text => AnalyzedText.Phrase(text).Normalized).Where(t => t.Length > 0).ToList();
}

/// <summary>
/// An option's normalised texts (<see cref="Texts"/>, and <see cref="Whole"/> for texts that count only as the whole
/// message), with each text's words worked out once, as a typed sentence is compared with them word by word.
/// </summary>
internal sealed record NormalizedOption(string Id, List<string> Texts, List<string> Whole)
{
    /// <summary>The words of each of <see cref="Texts"/>, in the same order.</summary>
    public string[][] TextWords { get; } = Texts.Select(text => AnalyzedText.Phrase(text).Words).ToArray();

    /// <summary>How many words each of <see cref="Texts"/> has, in the same order.</summary>
    public int[] TextWordCounts { get; } = Texts.Select(text => TextNormalizer.Words(text).Length).ToArray();
}
