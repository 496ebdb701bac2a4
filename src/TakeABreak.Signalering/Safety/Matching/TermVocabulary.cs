namespace TakeABreak.Signalering.Safety.Matching;

/// <summary>
/// All single words and word prefixes of the lexicon, each with a pattern id, and the lookup of a user's word:
/// exact, then with doubled letters squeezed ("hellp" → "help"), then with typos (deletion index, checked by edit distance).
/// Typos are only tried for words that are not known (not a lexicon word and not an ordinary word),
/// and never in the first letter, where people rarely mistype and where many real words differ.
/// </summary>
internal sealed class TermVocabulary
{
    private readonly Dictionary<string, int> _words;
    private readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _wordLookup;
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _ordinaryLookup;
    private readonly (string Prefix, int Id)[] _prefixes;
    private readonly Dictionary<string, int[]>.AlternateLookup<ReadOnlySpan<char>> _deletionLookup;
    private readonly string[] _wordById;
    private readonly TypoAllowance[] _typos;
    private readonly int _minimumTypoLength;

    public TermVocabulary(
        IReadOnlyDictionary<string, int> words,
        IReadOnlyDictionary<string, int> prefixes,
        IEnumerable<string> ordinaryWords,
        IReadOnlyList<TypoAllowance> typos)
    {
        _words = new Dictionary<string, int>(words, StringComparer.Ordinal);
        _wordLookup = _words.GetAlternateLookup<ReadOnlySpan<char>>();
        _ordinaryLookup = new HashSet<string>(ordinaryWords, StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
        _prefixes = [.. prefixes.Select(pair => (pair.Key, pair.Value)).OrderBy(pair => pair.Key, StringComparer.Ordinal)];
        _typos = [.. typos.OrderBy(typo => typo.MinLength)];
        _minimumTypoLength = _typos.Length == 0 ? int.MaxValue : _typos[0].MinLength;

        PatternCount = words.Count + prefixes.Count;
        _wordById = new string[PatternCount];
        foreach (var (word, id) in words)
        {
            _wordById[id] = word;
        }

        var deletions = new Dictionary<string, HashSet<int>>(StringComparer.Ordinal);
        foreach (var (word, id) in words)
        {
            var edits = AllowedEdits(word.Length);
            if (edits > 0)
            {
                AddDeletions(word, edits, id, deletions);
            }
        }

        _deletionLookup = deletions
            .ToDictionary(pair => pair.Key, pair => pair.Value.ToArray(), StringComparer.Ordinal)
            .GetAlternateLookup<ReadOnlySpan<char>>();
    }

    public int PatternCount { get; }

    /// <summary>Adds the pattern ids that match <paramref name="word"/> to <paramref name="patterns"/>.</summary>
    public void AddPatterns(ReadOnlySpan<char> word, List<int> patterns)
    {
        foreach (var (prefix, id) in _prefixes)
        {
            if (word.StartsWith(prefix, StringComparison.Ordinal))
            {
                patterns.Add(id);
            }
        }

        if (_wordLookup.TryGetValue(word, out var exact))
        {
            patterns.Add(exact);
            return;
        }

        if (_ordinaryLookup.Contains(word) || word.Length > EditDistance.MaxWordLength)
        {
            return;
        }

        Span<char> squeezed = stackalloc char[word.Length];
        var squeezedLength = Squeeze(word, squeezed);
        if (squeezedLength < word.Length && _wordLookup.TryGetValue(squeezed[..squeezedLength], out var withoutDoubles))
        {
            patterns.Add(withoutDoubles);
            return;
        }

        if (word.Length >= _minimumTypoLength)
        {
            AddTypoMatches(word, patterns);
        }
    }

    private void AddTypoMatches(ReadOnlySpan<char> word, List<int> patterns)
    {
        var start = patterns.Count;
        var edits = AllowedEdits(word.Length);
        if (edits == 0)
        {
            return;
        }

        Span<char> once = stackalloc char[word.Length];
        Span<char> twice = stackalloc char[word.Length];
        TryCandidates(word, word, patterns, start);
        for (var i = 0; i < word.Length; i++)
        {
            var first = DeleteAt(word, i, once);
            TryCandidates(word, first, patterns, start);
            if (edits < 2)
            {
                continue;
            }

            for (var j = i; j < first.Length; j++)
            {
                TryCandidates(word, DeleteAt(first, j, twice), patterns, start);
            }
        }
    }

    private void TryCandidates(ReadOnlySpan<char> word, ReadOnlySpan<char> key, List<int> patterns, int start)
    {
        if (!_deletionLookup.TryGetValue(key, out var candidates))
        {
            return;
        }

        foreach (var id in candidates)
        {
            var candidate = _wordById[id];
            if (candidate[0] != word[0] || AlreadyFound(patterns, start, id))
            {
                continue;
            }

            var allowed = AllowedEdits(Math.Min(candidate.Length, word.Length));
            if (allowed > 0 && EditDistance.Bounded(word, candidate, allowed) <= allowed)
            {
                patterns.Add(id);
            }
        }
    }

    private static bool AlreadyFound(List<int> patterns, int start, int id)
    {
        for (var i = start; i < patterns.Count; i++)
        {
            if (patterns[i] == id)
            {
                return true;
            }
        }

        return false;
    }

    private int AllowedEdits(int length)
    {
        var edits = 0;
        foreach (var typo in _typos)
        {
            if (length >= typo.MinLength)
            {
                edits = typo.MaxEdits;
            }
        }

        return edits;
    }

    private static void AddDeletions(string word, int edits, int id, Dictionary<string, HashSet<int>> deletions)
    {
        var frontier = new HashSet<string>(StringComparer.Ordinal) { word };
        for (var round = 0; round <= edits; round++)
        {
            var next = new HashSet<string>(StringComparer.Ordinal);
            foreach (var variant in frontier)
            {
                if (!deletions.TryGetValue(variant, out var ids))
                {
                    deletions[variant] = ids = [];
                }

                ids.Add(id);
                if (round < edits)
                {
                    for (var i = 0; i < variant.Length; i++)
                    {
                        next.Add(variant.Remove(i, 1));
                    }
                }
            }

            frontier = next;
        }
    }

    private static ReadOnlySpan<char> DeleteAt(ReadOnlySpan<char> word, int index, Span<char> buffer)
    {
        word[..index].CopyTo(buffer);
        word[(index + 1)..].CopyTo(buffer[index..]);
        return buffer[..(word.Length - 1)];
    }

    private static int Squeeze(ReadOnlySpan<char> word, Span<char> into)
    {
        var length = 0;
        foreach (var c in word)
        {
            if (length == 0 || into[length - 1] != c)
            {
                into[length++] = c;
            }
        }

        return length;
    }
}
