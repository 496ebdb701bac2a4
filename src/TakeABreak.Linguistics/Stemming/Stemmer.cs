using TakeABreak.Linguistics.Caching;
using Lucene.Net.Tartarus.Snowball;
using Lucene.Net.Tartarus.Snowball.Ext;

namespace TakeABreak.Linguistics.Stemming;

/// <summary>
/// Reduces a normalized word (lower case, no accents) to its Snowball stem, so "schreeuwt", "schreeuwde",
/// "geschreeuwd" and "schreeuwen" compare equal, and "strangled" and "strangling" too. Dutch uses the
/// Kraaij-Pohlmann stemmer (it knows participles and the past tense); because no Snowball stemmer removes the
/// present-tense "-t", a Dutch word of five letters or more ending in a consonant + "t" loses that "t" first.
/// Both sides of a comparison go through the same function, so this only makes matching a little coarser.
/// Kraaij-Pohlmann takes "ge" off the front of any word, also of nouns that are not participles: "geweer" (gun) would be
/// "weer" (again), "gezin" (family) "zin" (wish). A word that is nothing but "ge" and its stem keeps its "ge", unless it ends in "t" or "d"
/// as participles of verbs such as "pesten" and "zetten" do ("gepest", "gezet").
/// A few common Dutch words fold into another word's stem: "eerst" and "eerder" (first, earlier) into "eer" (honour).
/// They keep their own form (<see cref="KeptWhole"/>).
/// Thread-safe; stems are cached per language up to a bounded number of words, so a flood of unique words
/// cannot grow memory without limit.
/// </summary>
public static class Stemmer
{
    private const int MaxCachedWords = 50_000;
    private const int MaxStemmedLength = 40;

    private static readonly HashSet<string> KeptWhole = new(["eerst", "eerder", "eerdere"], StringComparer.Ordinal);

    [ThreadStatic] private static SnowballProgram? dutch;
    [ThreadStatic] private static SnowballProgram? english;

    private static readonly BoundedCache<string, string> DutchCache = new(MaxCachedWords, StringComparer.Ordinal);
    private static readonly BoundedCache<string, string> EnglishCache = new(MaxCachedWords, StringComparer.Ordinal);

    public static string Stem(string word, TextLanguage language)
    {
        ArgumentNullException.ThrowIfNull(word);
        if (word.Length < 3 || word.Length > MaxStemmedLength)
        {
            return word;
        }

        var cache = language == TextLanguage.Dutch ? DutchCache : EnglishCache;
        if (cache.TryGetValue(word, out var cached))
        {
            return cached;
        }

        var stem = Compute(word, language);
        cache.TryAdd(word, stem);
        return stem;
    }

    /// <summary>Stems a word as Dutch and as English, for text whose language is not known.</summary>
    public static (string Dutch, string English) StemBoth(string word) =>
        (Stem(word, TextLanguage.Dutch), Stem(word, TextLanguage.English));

    private static string Compute(string word, TextLanguage language)
    {
        SnowballProgram program;
        var stemmed = word;
        if (language == TextLanguage.Dutch)
        {
            if (KeptWhole.Contains(word))
            {
                return word;
            }

            program = dutch ??= new KpStemmer();
            stemmed = WithoutPresentTenseT(word);
        }
        else
        {
            program = english ??= new EnglishStemmer();
        }

        program.SetCurrent(stemmed);
        program.Stem();
        var stem = program.Current;
        return language == TextLanguage.Dutch && IsNounStartingWithGe(word, stem) ? word : stem;
    }

    /// <summary>"geweer" → "weer", "gezin" → "zin": the stemmer took off "ge" and nothing else, and no participle ends so.</summary>
    private static bool IsNounStartingWithGe(string word, string stem) =>
        word.Length == stem.Length + 2 && word[^1] is not ('t' or 'd')
        && word.StartsWith("ge", StringComparison.Ordinal) && word.AsSpan(2).SequenceEqual(stem);

    private static string WithoutPresentTenseT(string word) =>
        word.Length >= 5 && word[^1] == 't' && !IsVowel(word[^2]) && word[^2] != 't' ? word[..^1] : word;

    private static bool IsVowel(char c) => c is 'a' or 'e' or 'i' or 'o' or 'u' or 'y';
}
