using TakeABreak.Dialogs.Content;
using TakeABreak.Dialogs.Recognition;
using TakeABreak.Linguistics.Normalization;
using TakeABreak.Linguistics.Spelling;
using TakeABreak.Linguistics.Stemming;

namespace TakeABreak.Dialogs.Runtime;

/// <summary>
/// Follows the language the user writes in while they have not chosen one: a clearly English message in a Dutch
/// conversation (or the other way round) switches the conversation, so that its answers are read with the right stems.
/// The function words are content (<see cref="EngineStrings.LanguageWords"/>); without them nothing switches.
/// </summary>
internal sealed partial class TypedLanguage
{
    private readonly DialogContent _content;
    private readonly LanguageIdentifier? _identifier;

    public TypedLanguage(DialogContent content)
    {
        _content = content;
        if (content.Strings.Contains(EngineStrings.LanguageWords))
        {
            _identifier = new LanguageIdentifier(
                content.Locales.ToDictionary(
                    AnalyzedText.LanguageOf,
                    locale => (IReadOnlySet<string>)content.Strings.Phrases(EngineStrings.LanguageWords, locale).Select(TextNormalizer.NormalizeTerm).ToHashSet(StringComparer.Ordinal)),
                content.Locales.ToDictionary(AnalyzedText.LanguageOf, locale => WordsOfContent(content, locale)));
        }
    }

    /// <summary>
    /// Every word the content writes in a locale: what the bot knows as words of that language. The name of a vocabulary
    /// class in a phrase ("vaak {child_need}") is no word of it: "need" stays English only.
    /// </summary>
    private static IReadOnlySet<string> WordsOfContent(DialogContent content, string locale) =>
        content.Strings.Ids.SelectMany(id => content.Strings.Phrases(id, locale))
            .SelectMany(phrase => AnalyzedText.Of(ClassName().Replace(phrase, " ")).Words).ToHashSet(StringComparer.Ordinal);

    [System.Text.RegularExpressions.GeneratedRegex(@"\{[^{}]*\}", System.Text.RegularExpressions.RegexOptions.CultureInvariant)]
    private static partial System.Text.RegularExpressions.Regex ClassName();

    /// <summary>Whether a message reads as a sentence in the conversation's language (not a typo or a jumble of letters).</summary>
    public bool ReadsAsSentence(string? text, string locale) =>
        _identifier is not null && !string.IsNullOrWhiteSpace(text) && _identifier.ReadsAsSentenceIn(AnalyzedText.Of(text), AnalyzedText.LanguageOf(locale));

    /// <summary>Switches the conversation to the language of a clearly Dutch or English message; true when it did.</summary>
    public bool Follow(DialogState state, string? text)
    {
        if (SwitchesTo(state, text) is not { } locale)
        {
            return false;
        }

        state.Locale = locale;
        return true;
    }

    /// <summary>The locale a clearly Dutch or English message would switch the conversation to; null when it would not switch.</summary>
    public string? SwitchesTo(DialogState state, string? text)
    {
        if (state.LocaleChosen || _identifier is null || string.IsNullOrWhiteSpace(text)
            || _identifier.Identify(AnalyzedText.Of(text)) is not { } language)
        {
            return null;
        }

        var locale = _content.Locales.FirstOrDefault(l => AnalyzedText.LanguageOf(l) == language);
        return locale is null || locale == (state.Locale ?? _content.DefaultLocale) ? null : locale;
    }
}
