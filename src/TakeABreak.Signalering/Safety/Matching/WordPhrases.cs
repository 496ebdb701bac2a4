namespace TakeABreak.Signalering.Safety.Matching;

/// <summary>
/// Phrases matched word for word in a normalized text ("nu is het voorbij", "tv"), looked up by their first word, so a
/// reply is not compared with every phrase at every word.
/// </summary>
internal sealed class WordPhrases
{
    private readonly Dictionary<string, string[][]>.AlternateLookup<ReadOnlySpan<char>> _byFirstWord;
    private readonly bool _holdsAnEmptyPhrase;

    public WordPhrases(IEnumerable<string[]> phrases)
    {
        ArgumentNullException.ThrowIfNull(phrases);
        var all = phrases.ToList();
        _holdsAnEmptyPhrase = all.Exists(phrase => phrase.Length == 0);
        _byFirstWord = all
            .Where(phrase => phrase.Length > 0)
            .GroupBy(phrase => phrase[0], StringComparer.Ordinal)
            .ToDictionary(group => group.Key, group => group.ToArray(), StringComparer.Ordinal)
            .GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>Whether one of the phrases is in the text, its words one after another.</summary>
    public bool AnyIn(NormalizedText text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (_holdsAnEmptyPhrase)
        {
            return true;
        }

        for (var start = 0; start < text.Tokens.Count; start++)
        {
            if (_byFirstWord.TryGetValue(text.Word(start), out var phrases))
            {
                foreach (var phrase in phrases)
                {
                    if (StandsAt(text, start, phrase))
                    {
                        return true;
                    }
                }
            }
        }

        return false;
    }

    private static bool StandsAt(NormalizedText text, int start, string[] phrase)
    {
        if (start + phrase.Length > text.Tokens.Count)
        {
            return false;
        }

        for (var i = 1; i < phrase.Length; i++)
        {
            if (!text.Word(start + i).SequenceEqual(phrase[i]))
            {
                return false;
            }
        }

        return true;
    }
}
