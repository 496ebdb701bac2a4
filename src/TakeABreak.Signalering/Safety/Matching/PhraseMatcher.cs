namespace TakeABreak.Signalering.Safety.Matching;

/// <summary>Finds every term of the lexicon in normalized text, within one sentence at a time.</summary>
internal sealed class PhraseMatcher
{
    private readonly TermVocabulary _vocabulary;
    private readonly PhrasePattern[][] _byFirstPattern;
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
    }

    public List<ConceptMatch> FindAll(NormalizedText text)
    {
        var tokens = text.Tokens;
        var patternStarts = new int[tokens.Count + 1];
        var patterns = new List<int>(tokens.Count * 2);
        for (var i = 0; i < tokens.Count; i++)
        {
            patternStarts[i] = patterns.Count;
            _vocabulary.AddPatterns(text.Word(i), patterns);
        }

        patternStarts[tokens.Count] = patterns.Count;

        var matches = new List<ConceptMatch>();
        for (var i = 0; i < tokens.Count; i++)
        {
            for (var p = patternStarts[i]; p < patternStarts[i + 1]; p++)
            {
                foreach (var phrase in _byFirstPattern[patterns[p]])
                {
                    if (TryMatch(phrase, 1, i + 1, tokens[i].Sentence, tokens, patterns, patternStarts, out var end))
                    {
                        var match = new ConceptMatch(phrase.Concept, i, end, phrase.HasGap, phrase.Language);
                        if (!matches.Contains(match))
                        {
                            matches.Add(match);
                        }
                    }
                }
            }
        }

        return matches;
    }

    private bool TryMatch(
        PhrasePattern phrase,
        int element,
        int position,
        int sentence,
        IReadOnlyList<Token> tokens,
        List<int> patterns,
        int[] patternStarts,
        out int end)
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
                if (TryMatch(phrase, element + 1, position + skip, sentence, tokens, patterns, patternStarts, out end))
                {
                    return true;
                }
            }

            return false;
        }

        if (position >= tokens.Count || tokens[position].Sentence != sentence)
        {
            return false;
        }

        for (var p = patternStarts[position]; p < patternStarts[position + 1]; p++)
        {
            if (patterns[p] == phrase.Elements[element])
            {
                return TryMatch(phrase, element + 1, position + 1, sentence, tokens, patterns, patternStarts, out end);
            }
        }

        return false;
    }
}
