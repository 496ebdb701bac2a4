using System.Collections.Concurrent;
using TakeABreak.Dialogs.Content;
using TakeABreak.Dialogs.Recognition;

namespace TakeABreak.Dialogs.Runtime;

/// <summary>The options of a question as the user sees them and as the recognizer sees them (labels and synonyms in every language).</summary>
internal sealed class QuestionOptions(DialogContent content, DialogExtensionRegistry extensions)
{
    // The content never changes while it is loaded, so a string's phrases in all languages are gathered once.
    private readonly ConcurrentDictionary<string, IReadOnlyList<string>> _allPhrases = new(StringComparer.Ordinal);
    private HashSet<string>? _plainWords;

    public IReadOnlyList<DialogOption> Of(PromptDefinition prompt, DialogValues values, string locale) =>
        prompt.Source is { } source
            ? extensions.OptionSource(source).GetOptions(values, locale)
            : prompt.Options.Select(option => new DialogOption(
                    option.Id,
                    content.Strings.Text(option.Label, locale),
                    content.Locales.SelectMany(l => content.Strings.Phrases(option.Label, l))
                        .Concat(option.Also is null ? [] : AllPhrases(option.Also))
                        .ToList())
                {
                    Understood = option.Understood is null ? null : content.Strings.Text(option.Understood, locale),
                    Preferred = option.Prefer,
                    PhrasesByLocale = content.Locales.ToDictionary(
                        l => l,
                        l => (IReadOnlyList<string>)[.. content.Strings.Phrases(option.Label, l), .. option.Also is null ? [] : content.Strings.Phrases(option.Also, l)]),
                })
                .ToList();

    /// <summary>The options for the recognizer; phrases of other languages than <paramref name="locale"/> are compared without stems.</summary>
    public static List<RecognizableOption> Recognizable(IEnumerable<DialogOption> options, string? locale = null) =>
        options.Select(option => option.PhrasesByLocale is { } byLocale && locale is not null && byLocale.ContainsKey(locale)
                ? new RecognizableOption(option.Id, [option.Label, .. byLocale[locale]], option.Preferred)
                {
                    OtherLanguageTexts = byLocale.Where(pair => pair.Key != locale).SelectMany(pair => pair.Value).ToList(),
                }
                : new RecognizableOption(option.Id, [option.Label, .. option.Also ?? []], option.Preferred))
            .ToList();

    public YesNoWords YesNo => new(AllPhrases(EngineStrings.Yes), AllPhrases(EngineStrings.No));

    /// <summary>True for an option that means "I don't know" or a plain yes/no: never taken from a message for a question not asked yet.</summary>
    public bool OnlyWhenAsked(DialogOption option)
    {
        var plain = _plainWords ??= AllPhrases(EngineStrings.DontKnow).Concat(AllPhrases(EngineStrings.Yes)).Concat(AllPhrases(EngineStrings.No))
            .Select(TextNormalizer.Normalize).ToHashSet(StringComparer.Ordinal);
        return plain.Contains(TextNormalizer.Normalize(option.Label)) || (option.Also ?? []).Any(text => plain.Contains(TextNormalizer.Normalize(text)));
    }

    /// <summary>How to say that these options were understood: each option's own words, else its label under the question's template.</summary>
    public string Understood(PromptDefinition prompt, IReadOnlyList<DialogOption> chosen, string locale)
    {
        var own = chosen.Where(option => option.Understood is not null).Select(option => option.Understood!);
        var labels = chosen.Where(option => option.Understood is null).Select(option => LowerFirst(option.Label)).ToList();
        var joined = string.Join(", ", labels);
        var fromLabels = labels.Count == 0 ? [] : new[] { prompt.Understood is { } template ? string.Format(System.Globalization.CultureInfo.InvariantCulture, content.Strings.Text(template, locale), joined) : joined };
        return string.Join("; ", own.Concat(fromLabels));
    }

    public IReadOnlyList<string> AllPhrases(string stringId) =>
        _allPhrases.GetOrAdd(stringId, id => content.Locales.SelectMany(locale => content.Strings.Phrases(id, locale)).Distinct().ToList());

    private static string LowerFirst(string text) =>
        text.Length > 1 && char.IsUpper(text[0]) && !char.IsUpper(text[1]) ? char.ToLowerInvariant(text[0]) + text[1..] : text;
}
