using TakeABreak.Linguistics.Normalization;
using TakeABreak.Linguistics.Spelling;

namespace TakeABreak.Dialogs.Recognition;

/// <summary>
/// Normalised texts (an option's phrases, with their vocabulary classes filled in) arranged once so that a typed message
/// is compared with them by a few look-ups instead of one comparison per text: by the text itself, by its length for a
/// close spelling (<see cref="EditDistance.Close"/> never accepts a length more than <see cref="MaxTolerance"/> away),
/// in sorted order for a beginning, and by every run of a message's words for a phrase inside it. A vocabulary class
/// makes thousands of texts of one phrase; the answers are the same as comparing with each text in turn.
/// </summary>
internal sealed class NormalizedTextLookup
{
    private const int MaxTolerance = 3;

    private readonly HashSet<string> _texts;
    private readonly Dictionary<int, List<string>> _byLength = [];
    private readonly Lazy<string[]> _sorted;
    private readonly Lazy<HashSet<string>> _firstWords;
    private readonly HashSet<string> _severalWords;
    private readonly int _mostWords;

    public NormalizedTextLookup(IEnumerable<string> normalized)
    {
        _texts = new HashSet<string>(normalized.Where(text => text.Length > 0), StringComparer.Ordinal);
        foreach (var text in _texts)
        {
            if (!_byLength.TryGetValue(text.Length, out var sameLength))
            {
                _byLength[text.Length] = sameLength = [];
            }

            sameLength.Add(text);
        }

        _sorted = new(() => [.. _texts.Order(StringComparer.Ordinal)]);
        _severalWords = _texts.Where(text => text.Contains(' ', StringComparison.Ordinal)).ToHashSet(StringComparer.Ordinal);
        _mostWords = _severalWords.Select(text => text.Count(c => c == ' ') + 1).DefaultIfEmpty(0).Max();
        _firstWords = new(() => _texts.Select(text => TextNormalizer.Words(TextNormalizer.NormalizeTerm(text)).FirstOrDefault()).OfType<string>().ToHashSet(StringComparer.Ordinal));
    }

    /// <summary>The first word of each text (worked out on first use, as the sorted texts are: many questions never need them).</summary>
    public IReadOnlySet<string> FirstWords => _firstWords.Value;

    public bool Contains(string typed) => _texts.Contains(typed);

    /// <summary>True when one of <paramref name="texts"/> is one of these texts.</summary>
    public bool ContainsAny(IEnumerable<string> texts) => texts.Any(_texts.Contains);

    /// <summary>True when the typed text is one of the texts apart from a few typos (<see cref="EditDistance.Close"/>).</summary>
    public bool HasClose(string typed)
    {
        for (var length = typed.Length - MaxTolerance; length <= typed.Length + MaxTolerance; length++)
        {
            if (_byLength.TryGetValue(length, out var texts) && texts.Exists(text => EditDistance.Close(typed, text)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>True when a text starts with <paramref name="beginning"/> (found by halving the sorted texts).</summary>
    public bool HasStartingWith(string beginning)
    {
        var sorted = _sorted.Value;
        var index = Array.BinarySearch(sorted, beginning, StringComparer.Ordinal);
        var first = index >= 0 ? index : ~index;
        return first < sorted.Length && sorted[first].StartsWith(beginning, StringComparison.Ordinal);
    }

    /// <summary>True when a text of several words stands in the typed text as whole words ("... mijn moeder ..." holds "mijn moeder").</summary>
    public bool HasSeveralWordsWithin(string typed)
    {
        if (_severalWords.Count == 0)
        {
            return false;
        }

        var words = typed.Split(' ');
        for (var start = 0; start < words.Length - 1; start++)
        {
            for (var end = start + 2; end <= Math.Min(words.Length, start + _mostWords); end++)
            {
                if (_severalWords.Contains(string.Join(' ', words, start, end - start)))
                {
                    return true;
                }
            }
        }

        return false;
    }
}
