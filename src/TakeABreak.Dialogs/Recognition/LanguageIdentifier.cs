using TakeABreak.Linguistics.Stemming;

namespace TakeABreak.Dialogs.Recognition;

/// <summary>
/// Tells whether a message is clearly Dutch or clearly English by counting function words ("de", "ik", "niet";
/// "the", "she", "my") from content. Only a clear message has a language: at least <see cref="MinWords"/> function
/// words of one language and none of the other, or many more of one than the other. One word ("ok", "nee", a name)
/// never decides. A message of three words or more with one function word of a language and none of the other is clear too when all its
/// other words are words of that language and one of them is of that language only ("hi i need help": "need").
/// </summary>
public sealed class LanguageIdentifier(
    IReadOnlyDictionary<TextLanguage, IReadOnlySet<string>> functionWords,
    IReadOnlyDictionary<TextLanguage, IReadOnlySet<string>>? vocabulary = null)
{
    public const int MinWords = 2;

    /// <summary>With words of both languages, the one language needs this many times as many.</summary>
    private const int Dominance = 3;

    private const int MinWordsWhenMixed = 4;

    /// <summary>Words a message needs before its words alone tell its language: "my neighbour" stays undecided.</summary>
    private const int MinWordsByVocabulary = 3;

    /// <summary>
    /// Whether a message reads as a sentence in the language: clearly that language, or at least <see cref="MinWords"/> of
    /// its function words and more of them than of another's ("de moeder heeft het me verteld": "me" is English too).
    /// </summary>
    public bool ReadsAsSentenceIn(AnalyzedText text, TextLanguage language)
    {
        if (Identify(text) is { } clear)
        {
            return clear == language;
        }

        var counts = functionWords.ToDictionary(pair => pair.Key, pair => text.Words.Count(pair.Value.Contains));
        return counts.TryGetValue(language, out var hits) && hits >= MinWords && counts.Where(pair => pair.Key != language).All(pair => pair.Value < hits);
    }

    public TextLanguage? Identify(AnalyzedText text)
    {
        var counts = functionWords.ToDictionary(pair => pair.Key, pair => text.Words.Count(pair.Value.Contains));
        var ranked = counts.OrderByDescending(pair => pair.Value).ToList();
        if (ranked.Count == 0)
        {
            return null;
        }

        var (best, hits) = ranked[0];
        var others = ranked.Skip(1).Sum(pair => pair.Value);
        var clear = others == 0
            ? hits >= MinWords || OnlyFunctionWordsAndNumbers(text, hits) || (hits >= 1 && OnlyWordsOf(best, text))
            : hits >= MinWordsWhenMixed && hits >= Dominance * others;
        return clear ? best : null;
    }

    /// <summary>
    /// Every word that is no function word or number is a word of this language, and one at least is of no other language:
    /// "hi i need help" is English ("need"), "hoi ik zoek hulp" Dutch ("zoek").
    /// </summary>
    private bool OnlyWordsOf(TextLanguage language, AnalyzedText text)
    {
        if (vocabulary is null || !vocabulary.TryGetValue(language, out var own) || text.Words.Length < MinWordsByVocabulary)
        {
            return false;
        }

        var content = text.Words.Where(word => !functionWords[language].Contains(word) && !word.All(char.IsAsciiDigit)).ToList();
        var others = vocabulary.Where(pair => pair.Key != language).Select(pair => pair.Value).ToList();
        return content.Count > 0 && content.All(own.Contains) && content.Any(word => others.All(other => !other.Contains(word)));
    }

    /// <summary>"i'm 15": a contraction is one function word, and the rest are numbers; one word alone never decides.</summary>
    private static bool OnlyFunctionWordsAndNumbers(AnalyzedText text, int hits) =>
        hits >= 1 && text.Words.Length >= MinWords && text.Words.Count(word => word.All(char.IsAsciiDigit)) == text.Words.Length - hits;
}
