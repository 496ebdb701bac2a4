using System.Text.RegularExpressions;
using TakeABreak.Linguistics.Caching;
using TakeABreak.Linguistics.Normalization;
using TakeABreak.Linguistics.Stemming;

namespace TakeABreak.Dialogs.Recognition;

/// <summary>
/// A normalized text as words, with each word's Dutch and English Snowball stem. A typed text is compared by the stems
/// of the conversation's language only (<see cref="Language"/>), so that an English stem cannot match a Dutch word
/// ("banging" and "bang").
/// </summary>
public sealed partial class AnalyzedText
{
    private const int MaxCachedPhrases = 200_000;
    private static readonly BoundedCache<string, AnalyzedText> Phrases = new(MaxCachedPhrases, StringComparer.Ordinal);

    /// <summary>
    /// The message last analysed on this thread: the recognizers of one turn (interruptions, answers, early answers) read
    /// the same message text, so it is normalised and stemmed once. Compared by reference, so it can never be stale.
    /// </summary>
    [ThreadStatic]
    private static AnalyzedText? _lastMessage;

    [ThreadStatic]
    private static string? _lastMessageText;

    private AnalyzedText(string normalized, TextLanguage language = TextLanguage.Dutch, string? typed = null)
    {
        _typed = typed;
        Language = language;
        Normalized = normalized;
        Words = TextNormalizer.Words(normalized);
        DutchStems = Words.Select(word => Stemmer.Stem(word, TextLanguage.Dutch)).ToArray();
        EnglishStems = Words.Select(word => Stemmer.Stem(word, TextLanguage.English)).ToArray();
    }

    private AnalyzedText(AnalyzedText analyzed, TextLanguage language)
    {
        _typed = analyzed._typed;
        _clauseStarts = analyzed._clauseStarts;
        Language = language;
        Normalized = analyzed.Normalized;
        Words = analyzed.Words;
        DutchStems = analyzed.DutchStems;
        EnglishStems = analyzed.EnglishStems;
    }

    /// <summary>The message as typed (without addresses), to find its clauses; null for a phrase of content.</summary>
    private readonly string? _typed;

    private HashSet<int>? _clauseStarts;

    private static readonly char[] ClauseMarks = [',', ';', '.', '!', '?', ':', '\n', '\r', '\u2026'];

    public string Normalized { get; }

    public TextLanguage Language { get; }

    public string[] Words { get; }

    public string[] DutchStems { get; }

    public string[] EnglishStems { get; }

    public static AnalyzedText Of(string? text, TextLanguage language = TextLanguage.Dutch)
    {
        if (text is null || !ReferenceEquals(text, _lastMessageText) || _lastMessage is not { } analyzed)
        {
            var typed = WithoutAddresses(text);
            analyzed = new AnalyzedText(TextNormalizer.NormalizeTerm(typed), language, typed);
            (_lastMessageText, _lastMessage) = (text, analyzed);
        }

        return analyzed.Language == language ? analyzed : new AnalyzedText(analyzed, language);
    }

    /// <summary>
    /// A message without its e-mail and web addresses: their parts are no words ("gp.practice@example.nl" says nothing
    /// about a GP, "j.jansen@school.nl" nothing about a school); the text finders read the address from the message itself.
    /// </summary>
    private static string? WithoutAddresses(string? text) =>
        text is null || (!text.Contains('@') && !text.Contains("www.", StringComparison.OrdinalIgnoreCase) && !text.Contains("://", StringComparison.Ordinal))
            ? text
            : Addresses().Replace(text, " ");

    [GeneratedRegex(@"[^\s@]+@[^\s@]+|(?:https?://|www\.)\S+", RegexOptions.IgnoreCase)]
    private static partial Regex Addresses();

    /// <summary>The language for a locale such as "en" or "nl-NL".</summary>
    public static TextLanguage LanguageOf(string? locale) =>
        locale is not null && locale.StartsWith("en", StringComparison.OrdinalIgnoreCase) ? TextLanguage.English : TextLanguage.Dutch;

    public string[] Stems => Language == TextLanguage.English ? EnglishStems : DutchStems;

    public string[] StemsIn(TextLanguage language) => language == TextLanguage.English ? EnglishStems : DutchStems;

    /// <summary>A phrase from content, analysed once (phrases are few and fixed; the cache is bounded all the same).</summary>
    public static AnalyzedText Phrase(string phrase)
    {
        return Phrases.GetOrAdd(phrase, text => new AnalyzedText(TextNormalizer.NormalizeTerm(text)));
    }

    /// <summary>A phrase from content as one comparable string (<see cref="TextNormalizer.NormalizeTerm"/>), analysed once.</summary>
    public static string NormalizedPhrase(string phrase) => Phrase(phrase).Normalized;

    /// <summary>
    /// Whether the word at <paramref name="word"/> begins a new clause of the message: a comma or the end of a sentence stands
    /// right before it ("weet niet, elke nacht"). A negation does not reach across that mark.
    /// </summary>
    public bool BeginsAClause(int word) => word > 0 && _typed is not null && (_clauseStarts ??= ClauseStartsOf(_typed, Words.Length)).Contains(word);

    /// <summary>The positions of the words that follow a clause mark; none when the pieces do not add up to the whole (never expected).</summary>
    private static HashSet<int> ClauseStartsOf(string typed, int wordCount)
    {
        var starts = new HashSet<int>();
        if (typed.IndexOfAny(ClauseMarks) < 0)
        {
            return starts;
        }

        var at = 0;
        foreach (var piece in typed.Split(ClauseMarks))
        {
            var words = TextNormalizer.Words(TextNormalizer.NormalizeTerm(piece)).Length;
            if (words > 0 && at > 0)
            {
                starts.Add(at);
            }

            at += words;
        }

        return at == wordCount ? starts : [];
    }

    /// <summary>The same text without its first <paramref name="count"/> words.</summary>
    public AnalyzedText Skip(int count) => new(string.Join(' ', Words.Skip(count)), Language);
}
