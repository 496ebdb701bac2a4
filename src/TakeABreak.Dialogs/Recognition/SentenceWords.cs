using TakeABreak.Linguistics.Normalization;

namespace TakeABreak.Dialogs.Recognition;

/// <summary>
/// The words the recognizer reads around an option's phrase, from content (dialogs/strings/recognition.yaml): articles
/// ("de", "the") that may stand between a negation and a phrase, negations ("geen", "not") that cancel the phrase right
/// after them, negations that cancel the phrase right before them in Dutch word order ("hij slaat me niet"; a pronoun may
/// stand between), and every word the content's options use. A known word is read as itself, never as a typo of another
/// word: "vaker" (how often) is not "vader" (father).
/// </summary>
public sealed class SentenceWords(
    IEnumerable<string> articles,
    IEnumerable<string> negations,
    IEnumerable<string> known,
    IEnumerable<string>? negationsAfter = null,
    IEnumerable<string>? beforeNegationsAfter = null)
{
    private readonly HashSet<string> _articles = Normalized(articles);
    private readonly HashSet<string> _negations = Normalized(negations);
    private readonly HashSet<string> _known = Normalized(known);
    private readonly HashSet<string> _negationsAfter = Normalized(negationsAfter ?? []);
    private readonly HashSet<string> _beforeNegationAfter = Normalized(beforeNegationsAfter ?? []);

    public static SentenceWords None { get; } = new([], [], []);

    private SentenceWords? _withoutNegations;

    /// <summary>The same words without negations: for phrases that hold their own negation ("geen kinderen", "no weapon").</summary>
    public SentenceWords WithoutNegations => _withoutNegations ??= new(_articles, [], _known);

    public bool IsNegationAfter(string word) => _negationsAfter.Contains(word);

    public bool MayStandBeforeNegationAfter(string word) => _beforeNegationAfter.Contains(word);

    public bool IsArticle(string word) => _articles.Contains(word);

    public bool IsNegation(string word) => _negations.Contains(word);

    public bool IsKnown(string word) => _known.Contains(word);

    private static HashSet<string> Normalized(IEnumerable<string> phrases) =>
        phrases.SelectMany(phrase => TextNormalizer.Words(TextNormalizer.NormalizeTerm(phrase))).ToHashSet(StringComparer.Ordinal);
}
