using System.Collections.ObjectModel;
using System.Runtime.CompilerServices;

namespace TakeABreak.Dialogs.Recognition;

/// <summary>
/// Each option's texts (its own language and others) in normalised form, as <see cref="AnswerRecognizer"/> compares a
/// whole message with them. A kept (read-only) set of options remembers them, so a question asked again does not
/// normalise its phrases again.
/// </summary>
internal static class NormalizedOptionTexts
{
    private static readonly ConditionalWeakTable<ReadOnlyCollection<RecognizableOption>, List<(string Id, List<string> Texts, List<string> Whole)>> Kept = new();

    public static List<(string Id, List<string> Texts, List<string> Whole)> Of(IReadOnlyList<RecognizableOption> options) =>
        options is ReadOnlyCollection<RecognizableOption> kept ? Kept.GetValue(kept, Build) : Build(options);

    private static List<(string Id, List<string> Texts, List<string> Whole)> Build(IReadOnlyList<RecognizableOption> options) =>
        options.Select(option => (option.Id, Texts: Normalized(option.Texts.Concat(option.OtherLanguageTexts)), Whole: Normalized(option.WholeMessageTexts))).ToList();

    private static List<string> Normalized(IEnumerable<string> texts) =>
        texts.Select(text => AnalyzedText.Phrase(text).Normalized).Where(t => t.Length > 0).ToList();
}
