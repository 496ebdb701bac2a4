using System.Runtime.InteropServices;

namespace TakeABreak.Signalering.Safety.Matching;

/// <summary>
/// Finds every term of the lexicon in normalized text, within one sentence at a time. The terms are looked up by their
/// first word's pattern and, where the second element is a word too, by the pattern of the next word, so a common first
/// word ("hij", "he") does not try every term that begins with it.
/// </summary>
internal sealed class PhraseMatcher
{
    /// <summary>At most this many terms to try at one word are gathered on the stack; more are tried one by one.</summary>
    private const int MaxGathered = 256;

    /// <summary>A text of fewer words keeps where each word's patterns begin, and its sentences, on the stack.</summary>
    private const int MaxWordsOnStack = 256;

    private readonly TermVocabulary _vocabulary;
    private readonly PhrasePattern[][] _byFirstPattern;
    private readonly int[][] _alwaysTried;
    private readonly Dictionary<long, int[]> _bySecondPattern;
    private readonly int _gapMax;

    public PhraseMatcher(TermVocabulary vocabulary, IEnumerable<PhrasePattern> phrases, int gapMax)
    {
        _vocabulary = vocabulary;
        _gapMax = gapMax;
        var byFirst = new List<PhrasePattern>[vocabulary.PatternCount];
        foreach (var phrase in phrases)
        {
            (byFirst[phrase.Elements[0]] ??= []).Add(phrase);
        }

        _byFirstPattern = [.. byFirst.Select(list => list?.ToArray() ?? [])];
        _alwaysTried = [.. _byFirstPattern.Select(terms => Enumerable.Range(0, terms.Length).Where(index => SecondWord(terms[index]) is null).ToArray())];
        _bySecondPattern = _byFirstPattern
            .SelectMany((terms, first) => terms.Select((term, index) => (Key: SecondWord(term) is { } second ? PairKey(first, second) : (long?)null, Index: index)))
            .Where(term => term.Key is not null)
            .GroupBy(term => term.Key!.Value)
            .ToDictionary(group => group.Key, group => group.Select(term => term.Index).ToArray());
    }

    public List<ConceptMatch> FindAll(NormalizedText text)
    {
        var tokens = text.Tokens;
        var onStack = tokens.Count < MaxWordsOnStack;
        var patternStarts = onStack ? stackalloc int[tokens.Count + 1] : new int[tokens.Count + 1];
        var sentences = onStack ? stackalloc int[tokens.Count] : new int[tokens.Count];
        var found = new List<int>(tokens.Count * 2);
        for (var i = 0; i < tokens.Count; i++)
        {
            patternStarts[i] = found.Count;
            sentences[i] = tokens[i].Sentence;
            _vocabulary.AddPatterns(text.Word(i), found);
        }

        patternStarts[tokens.Count] = found.Count;
        var patterns = CollectionsMarshal.AsSpan(found);
        var words = new Words(patterns, patternStarts, sentences);

        var matches = new List<ConceptMatch>(tokens.Count);
        Span<int> gathered = stackalloc int[MaxGathered];
        for (var i = 0; i < tokens.Count; i++)
        {
            var firstOfWord = matches.Count;
            for (var p = patternStarts[i]; p < patternStarts[i + 1]; p++)
            {
                var terms = _byFirstPattern[patterns[p]];
                if (terms.Length == 0)
                {
                    continue;
                }

                var count = TermsToTry(patterns[p], i, in words, gathered);
                for (var t = 0; t < (count < 0 ? terms.Length : count); t++)
                {
                    var phrase = terms[count < 0 ? t : gathered[t]];
                    if (TryMatch(phrase, 1, i + 1, sentences[i], in words, out var end))
                    {
                        var match = new ConceptMatch(phrase.Concept, i, end, phrase.HasGap, phrase.Language);
                        if (!CollectionsMarshal.AsSpan(matches)[firstOfWord..].Contains(match))
                        {
                            matches.Add(match);
                        }
                    }
                }
            }
        }

        return matches;
    }

    /// <summary>
    /// The indexes (in <see cref="_byFirstPattern"/> of <paramref name="first"/>) of the terms that can begin at word
    /// <paramref name="at"/>, in their order: those whose second element is no word, and those whose second word is a
    /// pattern of the next word in the sentence. -1 when there are more than fit: then every term is tried.
    /// </summary>
    private int TermsToTry(int first, int at, in Words words, Span<int> gathered)
    {
        var count = 0;
        foreach (var index in _alwaysTried[first])
        {
            if (count == gathered.Length)
            {
                return -1;
            }

            gathered[count++] = index;
        }

        var next = at + 1;
        if (next < words.Sentences.Length && words.Sentences[next] == words.Sentences[at])
        {
            for (var q = words.PatternStarts[next]; q < words.PatternStarts[next + 1]; q++)
            {
                if (_bySecondPattern.TryGetValue(PairKey(first, words.Patterns[q]), out var indexes))
                {
                    if (count + indexes.Length > gathered.Length)
                    {
                        return -1;
                    }

                    indexes.CopyTo(gathered[count..]);
                    count += indexes.Length;
                }
            }
        }

        var terms = gathered[..count];
        terms.Sort();
        var distinct = 0;
        foreach (var index in terms)
        {
            if (distinct == 0 || gathered[distinct - 1] != index)
            {
                gathered[distinct++] = index;
            }
        }

        return distinct;
    }

    /// <summary>The second element of a term when it is a word; null when the term is one word or a gap follows its first.</summary>
    private static int? SecondWord(PhrasePattern phrase) =>
        phrase.Elements.Length > 1 && phrase.Elements[1] != PhrasePattern.Gap ? phrase.Elements[1] : null;

    private static long PairKey(int first, int second) => ((long)first << 32) | (uint)second;

    private bool TryMatch(PhrasePattern phrase, int element, int position, int sentence, in Words words, out int end)
    {
        end = position - 1;
        if (element == phrase.Elements.Length)
        {
            return true;
        }

        if (phrase.Elements[element] == PhrasePattern.Gap)
        {
            for (var skip = 0; skip <= _gapMax; skip++)
            {
                if (TryMatch(phrase, element + 1, position + skip, sentence, in words, out end))
                {
                    return true;
                }
            }

            return false;
        }

        if (position >= words.Sentences.Length || words.Sentences[position] != sentence)
        {
            return false;
        }

        for (var p = words.PatternStarts[position]; p < words.PatternStarts[position + 1]; p++)
        {
            if (words.Patterns[p] == phrase.Elements[element])
            {
                return TryMatch(phrase, element + 1, position + 1, sentence, in words, out end);
            }
        }

        return false;
    }

    /// <summary>The patterns of each word of a text (<see cref="PatternStarts"/> says where each word's begin) and its sentences.</summary>
    private readonly ref struct Words(ReadOnlySpan<int> patterns, ReadOnlySpan<int> patternStarts, ReadOnlySpan<int> sentences)
    {
        public ReadOnlySpan<int> Patterns { get; } = patterns;

        public ReadOnlySpan<int> PatternStarts { get; } = patternStarts;

        public ReadOnlySpan<int> Sentences { get; } = sentences;
    }
}
