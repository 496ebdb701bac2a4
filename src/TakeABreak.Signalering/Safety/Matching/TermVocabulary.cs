using TakeABreak.Linguistics.Caching;
using TakeABreak.Linguistics.Stemming;

namespace TakeABreak.Signalering.Safety.Matching;

/// <summary>
/// All words, stems and word prefixes of the lexicon, each with a pattern id, and the lookup of a user's word.
/// Words of signals are patterns by their stem in their own language (the shared <see cref="Stemmer"/>), so "wurgen" also
/// finds "wurgt", "wurgde" and "gewurgd", and "strangle" finds "strangling"; words of the other concepts (time words,
/// negations, blockers) are patterns as written. A word the lexicon does not know is then tried with doubled letters
/// squeezed ("hellp" → "help") and with typos (deletion index, checked by edit distance), never in the first letter,
/// where people rarely mistype and where many real words differ. Ordinary words (real words one typo away from a lexicon
/// word, "geslapen" is not "geslagen") are only found as they are written: never by typo, never by stem.
/// The patterns of a word are remembered (thread-safe, up to <see cref="MaxCachedWords"/> words), so a common word costs
/// one lookup; a flood of unique words cannot grow memory without limit.
/// </summary>
internal sealed class TermVocabulary
{
    /// <summary>Shorter words are only found as they are written: their stems say too little.</summary>
    public const int MinimumStemmedLength = 3;

    public const int MaxCachedWords = 50_000;

    private readonly BoundedCache<string, int[]> _cache = new(MaxCachedWords, StringComparer.Ordinal);
    private readonly BoundedCache<string, int[]>.Alternate<ReadOnlySpan<char>> _cacheLookup;

    private readonly Dictionary<string, int[]>.AlternateLookup<ReadOnlySpan<char>> _wordLookup;
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _ordinaryLookup;
    private readonly (string Prefix, int Id)[] _prefixes;
    private readonly Dictionary<string, List<int>>.AlternateLookup<ReadOnlySpan<char>> _deletionLookup;
    private readonly string[] _typoWords;
    private readonly int[][] _typoWordIds;
    private readonly Dictionary<string, int> _dutchStems;
    private readonly Dictionary<string, int> _englishStems;
    private readonly TypoAllowance[] _typos;
    private readonly int _minimumTypoLength;
    private readonly NumberWords _numbers;
    private readonly ChatSlips _slips;
    private readonly Dictionary<string, int[]>.AlternateLookup<ReadOnlySpan<char>> _transposedLookup;
    private readonly Dictionary<string, int[]>.AlternateLookup<ReadOnlySpan<char>> _droppedLetterLookup;

    /// <param name="words">Words as written, with the pattern ids they give (their own id and/or the id of their stem).</param>
    /// <param name="stems">Stems of signal words per language, with their pattern id.</param>
    public TermVocabulary(
        IReadOnlyDictionary<string, int[]> words,
        IReadOnlyDictionary<string, int> prefixes,
        IReadOnlyDictionary<(TextLanguage Language, string Stem), int> stems,
        IEnumerable<string> ordinaryWords,
        IReadOnlyList<TypoAllowance> typos,
        int patternCount,
        NumberWords? numbers = null,
        ChatSlips? slips = null)
    {
        _numbers = numbers ?? NumberWords.None;
        _slips = slips ?? ChatSlips.None;
        _wordLookup = new Dictionary<string, int[]>(words, StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
        _ordinaryLookup = new HashSet<string>(ordinaryWords, StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
        _prefixes = [.. prefixes.Select(pair => (pair.Key, pair.Value)).OrderBy(pair => pair.Key, StringComparer.Ordinal)];
        _dutchStems = stems.Where(pair => pair.Key.Language == TextLanguage.Dutch).ToDictionary(pair => pair.Key.Stem, pair => pair.Value, StringComparer.Ordinal);
        _englishStems = stems.Where(pair => pair.Key.Language == TextLanguage.English).ToDictionary(pair => pair.Key.Stem, pair => pair.Value, StringComparer.Ordinal);
        _typos = [.. typos.OrderBy(typo => typo.MinLength)];
        _minimumTypoLength = _typos.Length == 0 ? int.MaxValue : _typos[0].MinLength;
        PatternCount = patternCount;

        _typoWords = [.. words.Keys];
        _typoWordIds = [.. _typoWords.Select(word => words[word])];
        var deletions = new Dictionary<string, List<int>>(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
        for (var index = 0; index < _typoWords.Length; index++)
        {
            var edits = AllowedEdits(_typoWords[index].Length);
            if (edits > 0)
            {
                AddDeletions(_typoWords[index], edits, 0, index, deletions);
            }
        }

        _cacheLookup = _cache.ByAlternateKey<ReadOnlySpan<char>>();
        _deletionLookup = deletions;
        _transposedLookup = TransposedWords(words, _slips).GetAlternateLookup<ReadOnlySpan<char>>();
        _droppedLetterLookup = words
            .Where(pair => _slips.DroppedLetterWords.Contains(pair.Key))
            .GroupBy(pair => pair.Key[..^1], StringComparer.Ordinal)
            .ToDictionary(group => group.Key, group => group.SelectMany(pair => pair.Value).Distinct().ToArray(), StringComparer.Ordinal)
            .GetAlternateLookup<ReadOnlySpan<char>>();
    }

    public int PatternCount { get; }

    /// <summary>Whether any term word matches <paramref name="word"/>, in any of the ways <see cref="AddPatterns"/> allows.</summary>
    public bool Knows(ReadOnlySpan<char> word)
    {
        var patterns = new List<int>();
        AddPatterns(word, patterns);
        return patterns.Count > 0;
    }

    /// <summary>Whether <paramref name="word"/> is a word of a term as written.</summary>
    public bool KnowsAsWritten(ReadOnlySpan<char> word) => _wordLookup.ContainsKey(word);

    /// <summary>Whether <paramref name="word"/> is a real word one typo away from a term word ("geslapen").</summary>
    public bool IsOrdinary(ReadOnlySpan<char> word) => _ordinaryLookup.Contains(word);

    /// <summary>Whether <paramref name="word"/> has the stem of a signal word in Dutch or English ("wurgt").</summary>
    public bool KnowsBySignalStem(ReadOnlySpan<char> word)
    {
        var text = word.ToString();
        return _dutchStems.ContainsKey(Stemmer.Stem(text, TextLanguage.Dutch)) || _englishStems.ContainsKey(Stemmer.Stem(text, TextLanguage.English));
    }

    /// <summary>Adds the pattern ids that match <paramref name="word"/> to <paramref name="patterns"/>.</summary>
    public void AddPatterns(ReadOnlySpan<char> word, List<int> patterns)
    {
        if (_cacheLookup.TryGetValue(word, out var cached))
        {
            patterns.AddRange(cached);
            return;
        }

        var start = patterns.Count;
        Find(word, patterns);
        _cacheLookup.TryAdd(word, [.. patterns[start..]]);
    }

    private void Find(ReadOnlySpan<char> word, List<int> patterns)
    {
        var start = patterns.Count;
        if (_numbers.IsNumber(word) && _wordLookup.TryGetValue(TermSyntax.Number, out var numberIds))
        {
            AddAll(numberIds, patterns, start);
        }

        foreach (var (prefix, id) in _prefixes)
        {
            if (word.StartsWith(prefix, StringComparison.Ordinal))
            {
                patterns.Add(id);
            }
        }

        var known = _wordLookup.TryGetValue(word, out var ids);
        if (known)
        {
            AddAll(ids!, patterns, start);
        }

        AddWithDroppedFinalLetter(word, patterns, start);
        if (_ordinaryLookup.Contains(word) || word.Length > EditDistance.MaxWordLength)
        {
            return;
        }

        var stemmed = AddStemMatches(word, patterns, start);
        if (known || stemmed)
        {
            return;
        }

        Span<char> squeezed = stackalloc char[word.Length];
        var squeezedLength = Squeeze(word, squeezed);
        if (squeezedLength < word.Length && _wordLookup.TryGetValue(squeezed[..squeezedLength], out var withoutDoubles))
        {
            AddAll(withoutDoubles, patterns, start);
            return;
        }

        if (word.Length >= _minimumTypoLength)
        {
            AddTypoMatches(word, patterns, start);
        }

        if (patterns.Count == start && _transposedLookup.TryGetValue(word, out var transposed))
        {
            AddAll(transposed, patterns, start);
        }

        if (patterns.Count == start)
        {
            AddVerbEndingSlips(word, patterns, start);
        }
    }

    /// <summary>
    /// Two spelling slips of verb endings that chat makes and the edit distance does not allow in short words: a Dutch verb
    /// ending in d for t ("schopd", "slaad" are "schopt", "slaat"), and an English consonant not doubled before -ed or -ing
    /// ("stabed", "hiting" are "stabbed", "hitting"). Only a signal's stem is looked up, once per word the lexicon does not know.
    /// </summary>
    private void AddVerbEndingSlips(ReadOnlySpan<char> word, List<int> patterns, int start)
    {
        if (word.Length < ChatSlips.MinimumDroppedLength)
        {
            return;
        }

        if (word[^1] == 'd' && _dutchStems.TryGetValue(Stemmer.Stem(string.Concat(word[..^1], "t"), TextLanguage.Dutch), out var dutch))
        {
            AddAll([dutch], patterns, start);
            return;
        }

        var ending = word.EndsWith("ed", StringComparison.Ordinal) ? 2 : word.EndsWith("ing", StringComparison.Ordinal) ? 3 : 0;
        if (ending == 0 || word.Length - ending < 2)
        {
            return;
        }

        var consonant = word[word.Length - ending - 1];
        var before = word[word.Length - ending - 2];
        if (IsVowel(consonant) || consonant is 'w' or 'x' or 'y' || !IsVowel(before))
        {
            return;
        }

        var doubled = string.Concat(word[..(word.Length - ending)], consonant.ToString(), word[(word.Length - ending)..]);
        if (_englishStems.TryGetValue(Stemmer.Stem(doubled, TextLanguage.English), out var english))
        {
            AddAll([english], patterns, start);
        }
    }

    private static bool IsVowel(char letter) => letter is 'a' or 'e' or 'i' or 'o' or 'u';

    /// <summary>"kapot make" is "kapot maken": a term word as written with the final letter chat dropped.</summary>
    private void AddWithDroppedFinalLetter(ReadOnlySpan<char> word, List<int> patterns, int start)
    {
        if (word.Length >= ChatSlips.MinimumDroppedLength && _droppedLetterLookup.TryGetValue(word, out var found))
        {
            AddAll(found, patterns, start);
        }
    }

    /// <summary>
    /// Every word of a signal's one-word term with at least the minimum of letters, with two neighbouring letters swapped,
    /// never the first letter ("knfie", "mse"); a variant that is itself a lexicon word is left out.
    /// </summary>
    private static Dictionary<string, int[]> TransposedWords(IReadOnlyDictionary<string, int[]> words, ChatSlips slips)
    {
        var transposed = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        foreach (var (word, ids) in words)
        {
            if (word.Length < slips.TranspositionMinLength || !slips.Swappable.Contains(word))
            {
                continue;
            }

            for (var i = 1; i < word.Length - 1; i++)
            {
                if (word[i] == word[i + 1])
                {
                    continue;
                }

                var letters = word.ToCharArray();
                (letters[i], letters[i + 1]) = (letters[i + 1], letters[i]);
                var variant = new string(letters);
                if (words.ContainsKey(variant))
                {
                    continue;
                }

                if (!transposed.TryGetValue(variant, out var list))
                {
                    transposed[variant] = list = [];
                }

                list.AddRange(ids.Where(id => !list.Contains(id)));
            }
        }

        return transposed.ToDictionary(pair => pair.Key, pair => pair.Value.ToArray(), StringComparer.Ordinal);
    }

    private bool AddStemMatches(ReadOnlySpan<char> word, List<int> patterns, int start)
    {
        if (word.Length < MinimumStemmedLength)
        {
            return false;
        }

        var text = word.ToString();
        var found = false;
        if (_dutchStems.TryGetValue(Stemmer.Stem(text, TextLanguage.Dutch), out var dutch))
        {
            AddAll([dutch], patterns, start);
            found = true;
        }

        if (_englishStems.TryGetValue(Stemmer.Stem(text, TextLanguage.English), out var english))
        {
            AddAll([english], patterns, start);
            found = true;
        }

        return found;
    }

    private static void AddAll(ReadOnlySpan<int> ids, List<int> patterns, int start)
    {
        foreach (var id in ids)
        {
            if (!AlreadyFound(patterns, start, id))
            {
                patterns.Add(id);
            }
        }
    }

    private void AddTypoMatches(ReadOnlySpan<char> word, List<int> patterns, int start)
    {
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

        foreach (var index in candidates)
        {
            var candidate = _typoWords[index];
            if (candidate[0] != word[0])
            {
                continue;
            }

            var allowed = AllowedEdits(Math.Min(candidate.Length, word.Length));
            if (allowed > 0 && EditDistance.Bounded(word, candidate, allowed) <= allowed)
            {
                AddAll(_typoWordIds[index], patterns, start);
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

    /// <summary>
    /// Files word number <paramref name="index"/> under <paramref name="variant"/> and under every variant with up to
    /// <paramref name="edits"/> more letters deleted (each set of positions once: deletions from <paramref name="from"/> on).
    /// Built on the stack: only a variant that is new to the index becomes a string.
    /// </summary>
    private static void AddDeletions(ReadOnlySpan<char> variant, int edits, int from, int index, Dictionary<string, List<int>>.AlternateLookup<ReadOnlySpan<char>> deletions)
    {
        if (!deletions.TryGetValue(variant, out var indexes))
        {
            deletions[variant] = indexes = [];
        }

        // the variants of one word are filed one after another, so a repeat of this word is always the last entry
        if (indexes.Count == 0 || indexes[^1] != index)
        {
            indexes.Add(index);
        }

        if (edits == 0)
        {
            return;
        }

        Span<char> shorter = stackalloc char[variant.Length];
        for (var i = from; i < variant.Length; i++)
        {
            AddDeletions(DeleteAt(variant, i, shorter), edits - 1, i, index, deletions);
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
