namespace TakeABreak.Dialogs.Recognition;

/// <summary>Where an option's phrase was found in a sentence: its words from <see cref="Start"/> up to (not including) <see cref="End"/>.</summary>
public sealed record PhraseHit(string OptionId, int Start, int End)
{
    public int Length => End - Start;

    public bool Within(PhraseHit other) => other.Start <= Start && End <= other.End && other.Length > Length;
}

/// <summary>
/// Finds options mentioned inside a sentence. A phrase (label or synonym) is found when its words occur in order, with at
/// most <see cref="MaxGap"/> other words between them; a word counts when it is the same, has the same Dutch or
/// English stem, is a close spelling (a typo) of a longer word, or is a Dutch compound ending in a long phrase word
/// ("wijkverpleegkundige" holds "verpleegkundige"). Stems are those of the conversation's language. Articles may stand between the words. A phrase right after
/// "geen"/"niet"/"not"/"no" does not count.
/// </summary>
public static class SentenceMatcher
{
    private const int MaxGap = 2;
    private const int MinTypoLength = 5;
    private const int MinStemmedLength = 3;
    private const int MinCompoundPart = 6;
    private static readonly HashSet<string> Articles = new(StringComparer.Ordinal) { "de", "het", "een", "the", "a", "an", "s" };
    private static readonly HashSet<string> Negations = new(StringComparer.Ordinal) { "geen", "niet", "nooit", "not", "no", "never", "without", "zonder" };

    /// <summary>Every phrase hit; hits lying inside a longer hit of another option are dropped ("blauwe plekken" over "plekken").</summary>
    public static IReadOnlyList<PhraseHit> Find(AnalyzedText text, IReadOnlyList<RecognizableOption> options)
    {
        var hits = new List<PhraseHit>();
        if (text.Words.Length == 0)
        {
            return hits;
        }

        foreach (var option in options)
        {
            foreach (var (phrase, stemmed) in option.Texts.Select(t => (t, true)).Concat(option.OtherLanguageTexts.Select(t => (t, false))))
            {
                if (Find(text, AnalyzedText.Phrase(phrase), stemmed) is { } hit)
                {
                    hits.Add(new PhraseHit(option.Id, hit.Start, hit.End));
                }
            }
        }

        return hits.Where(hit => !hits.Any(other => other.OptionId != hit.OptionId && hit.Within(other))).ToList();
    }

    /// <summary>The ids of the options found, in the order of the options; of several, the one preferred option alone.</summary>
    public static IReadOnlyList<string> Mentioned(AnalyzedText text, IReadOnlyList<RecognizableOption> options)
    {
        var found = Find(text, options).Select(hit => hit.OptionId).ToHashSet(StringComparer.Ordinal);
        var mentioned = options.Where(option => found.Contains(option.Id)).DistinctBy(option => option.Id).ToList();
        var preferred = mentioned.Where(option => option.Preferred).ToList();
        return (preferred.Count == 1 ? preferred : mentioned).Select(option => option.Id).ToList();
    }

    private static (int Start, int End)? Find(AnalyzedText text, AnalyzedText phrase, bool stemmed)
    {
        if (phrase.Words.Length == 0 || phrase.Words.Length > text.Words.Length)
        {
            return null;
        }

        for (var start = 0; start < text.Words.Length; start++)
        {
            if (!Same(text, start, phrase, 0, stemmed) || Negated(text, start))
            {
                continue;
            }

            var position = start;
            var matched = 1;
            while (matched < phrase.Words.Length)
            {
                var next = -1;
                for (var candidate = position + 1; candidate <= Math.Min(text.Words.Length - 1, position + 1 + MaxGap); candidate++)
                {
                    if (Same(text, candidate, phrase, matched, stemmed))
                    {
                        next = candidate;
                        break;
                    }
                }

                if (next < 0)
                {
                    break;
                }

                position = next;
                matched++;
            }

            if (matched == phrase.Words.Length)
            {
                return (start, position + 1);
            }
        }

        return null;
    }

    private static bool Negated(AnalyzedText text, int start) =>
        (start > 0 && Negations.Contains(text.Words[start - 1])) || (start > 1 && Negations.Contains(text.Words[start - 2]) && Articles.Contains(text.Words[start - 1]));

    private static bool Same(AnalyzedText text, int index, AnalyzedText phrase, int phraseIndex, bool stemmed)
    {
        var word = text.Words[index];
        var wanted = phrase.Words[phraseIndex];
        if (word == wanted)
        {
            return true;
        }

        var stem = text.Stems[index];
        if (stemmed && word.Length >= MinStemmedLength && stem.Length >= MinStemmedLength && stem == phrase.StemsIn(text.Language)[phraseIndex])
        {
            return true;
        }

        if (stemmed && wanted.Length >= MinCompoundPart && word.Length >= wanted.Length + 3
            && (word.EndsWith(wanted, StringComparison.Ordinal) || word.EndsWith(phrase.DutchStems[phraseIndex], StringComparison.Ordinal) && phrase.DutchStems[phraseIndex].Length >= MinCompoundPart))
        {
            return true;
        }

        return wanted.Length >= MinTypoLength && word.Length >= MinTypoLength && Math.Abs(word.Length - wanted.Length) <= EditDistance.Tolerance(wanted.Length)
            && !char.IsDigit(word[0]) && EditDistance.Close(word, wanted);
    }
}
