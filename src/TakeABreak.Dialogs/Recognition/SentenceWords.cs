using TakeABreak.Linguistics.Normalization;

namespace TakeABreak.Dialogs.Recognition;

/// <summary>
/// The words the recognizer reads around an option's phrase, from content (dialogs/strings/recognition.yaml): articles
/// ("de", "the") that may stand between a negation and a phrase, negations ("geen", "not") that cancel the phrase right
/// after them, negations that cancel the phrase right before them in Dutch word order ("hij slaat me niet"; a pronoun may
/// stand between), and every word the content's options use. A known word is read as itself, never as a typo of another
/// word: "vaker" (how often) is not "vader" (father). A question about what a word means ("is dit stalking?", "what
/// does stalking mean?") asks about that word and tells nothing: see <see cref="AskedAbout"/>.
/// </summary>
public sealed class SentenceWords(
    IEnumerable<string> articles,
    IEnumerable<string> negations,
    IEnumerable<string> known,
    IEnumerable<string>? negationsAfter = null,
    IEnumerable<string>? beforeNegationsAfter = null,
    AskingWords? asking = null)
{
    private readonly HashSet<string> _articles = Normalized(articles);
    private readonly HashSet<string> _negations = Normalized(negations);
    private readonly HashSet<string> _known = Normalized(known);
    private readonly HashSet<string> _negationsAfter = Normalized(negationsAfter ?? []);
    private readonly HashSet<string> _beforeNegationAfter = Normalized(beforeNegationsAfter ?? []);

    public static SentenceWords None { get; } = new([], [], []);

    private readonly AskingWords _asking = asking ?? AskingWords.None;

    private SentenceWords? _withoutNegations;

    private SentenceWords? _forQuestions;

    /// <summary>The same words without negations: for phrases that hold their own negation ("geen kinderen", "no weapon").</summary>
    public SentenceWords WithoutNegations => _withoutNegations ??= new(_articles, [], _known);

    /// <summary>The same words for the phrases of questions people ask: "wat is stalking?" is what such a phrase looks for.</summary>
    public SentenceWords ForQuestions => _forQuestions ??= new(_articles, _negations, _known, _negationsAfter, _beforeNegationAfter);

    /// <summary>
    /// True when the words from <paramref name="start"/> to <paramref name="last"/> are what a question asks the meaning of:
    /// the text is only an asking phrase ("is dit", "what does"), an article, those words and words that may close such a
    /// question ("eigenlijk", "mean"), with at most opening words before it ("dus", "so").
    /// </summary>
    public bool AskedAbout(string[] words, int start, int last) => _asking.Asks(words, start, last, _articles);

    public bool IsNegationAfter(string word) => _negationsAfter.Contains(word);

    public bool MayStandBeforeNegationAfter(string word) => _beforeNegationAfter.Contains(word);

    public bool IsArticle(string word) => _articles.Contains(word);

    public bool IsNegation(string word) => _negations.Contains(word);

    public bool IsKnown(string word) => _known.Contains(word);

    /// <summary>The words of the phrases, normalized as the text is.</summary>
    internal static HashSet<string> Normalized(IEnumerable<string> phrases) =>
        phrases.SelectMany(phrase => TextNormalizer.Words(TextNormalizer.NormalizeTerm(phrase))).ToHashSet(StringComparer.Ordinal);
}

/// <summary>
/// The words of a question about what a word means, per language (dialogs/strings/recognition.yaml): the asking phrases
/// ("is dit", "wat betekent", "is this", "what does"), the words that may close such a question ("eigenlijk", "mean") and
/// those that may open it ("dus", "so").
/// </summary>
public sealed class AskingWords(IEnumerable<string> phrases, IEnumerable<string> closing, IEnumerable<string> opening)
{
    private readonly string[][] _phrases = phrases.Select(phrase => TextNormalizer.Words(TextNormalizer.NormalizeTerm(phrase))).Where(words => words.Length > 0).ToArray();
    private readonly HashSet<string> _closing = SentenceWords.Normalized(closing);
    private readonly HashSet<string> _opening = SentenceWords.Normalized(opening);

    public static AskingWords None { get; } = new([], [], []);

    public bool Asks(string[] words, int start, int last, IReadOnlySet<string> articles)
    {
        if (_phrases.Length == 0 || words.Skip(last + 1).Any(word => !_closing.Contains(word)))
        {
            return false;
        }

        var before = start > 0 && articles.Contains(words[start - 1]) ? start - 1 : start;
        return _phrases.Any(phrase => phrase.Length <= before
            && phrase.Select((word, i) => words[before - phrase.Length + i] == word).All(same => same)
            && words.Take(before - phrase.Length).All(_opening.Contains));
    }
}
