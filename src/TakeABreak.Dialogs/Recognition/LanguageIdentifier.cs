using TakeABreak.Linguistics.Stemming;

namespace TakeABreak.Dialogs.Recognition;

/// <summary>
/// Tells whether a message is clearly Dutch or clearly English by counting function words ("de", "ik", "niet";
/// "the", "she", "my") from content. Only a clear message has a language: at least <see cref="MinWords"/> function
/// words of one language and none of the other, or many more of one than the other. One word ("ok", "nee", a name)
/// never decides.
/// </summary>
public sealed class LanguageIdentifier(IReadOnlyDictionary<TextLanguage, IReadOnlySet<string>> functionWords)
{
    public const int MinWords = 2;

    /// <summary>With words of both languages, the one language needs this many times as many.</summary>
    private const int Dominance = 3;

    private const int MinWordsWhenMixed = 4;

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
        var clear = others == 0 ? hits >= MinWords || OnlyFunctionWordsAndNumbers(text, hits) : hits >= MinWordsWhenMixed && hits >= Dominance * others;
        return clear ? best : null;
    }

    /// <summary>"i'm 15": a contraction is one function word, and the rest are numbers; one word alone never decides.</summary>
    private static bool OnlyFunctionWordsAndNumbers(AnalyzedText text, int hits) =>
        hits >= 1 && text.Words.Length >= MinWords && text.Words.Count(word => word.All(char.IsAsciiDigit)) == text.Words.Length - hits;
}
