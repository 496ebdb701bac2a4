namespace TakeABreak.Dialogs.Recognition;

/// <summary>
/// Where an option's phrase was found in a sentence: its words from <see cref="Start"/> up to (not including)
/// <see cref="End"/>; <see cref="Matched"/> are the positions of the phrase's own words (the others are words between).
/// </summary>
public sealed record PhraseHit(string OptionId, int Start, int End, IReadOnlyList<int> Matched)
{
    public int Length => End - Start;

    /// <summary>True when every word of this hit is a word of a longer hit ("blauwe plekken" over "plekken").</summary>
    public bool Within(PhraseHit other) => other.Matched.Count > Matched.Count && Matched.All(other.Matched.Contains);

    /// <summary>
    /// True when a hit at least as long shares a word with this one and goes on after it: the longer reading wins
    /// ("een keer of drie per week" is "keer … per week", not "een keer"; "een paar keer per week" is "keer per week").
    /// </summary>
    public bool OverlappedBy(PhraseHit other) => other.End > End && other.Length >= Length && Matched.Any(other.Matched.Contains);
}

/// <summary>
/// Finds options mentioned inside a sentence. A phrase (label or synonym) is found when its words occur in order, with at
/// most <see cref="MaxGap"/> other words between them; a word counts when it is the same, has the same stem in the
/// conversation's language, is a Dutch compound ending in a long phrase word ("wijkverpleegkundige" holds
/// "verpleegkundige"), or is a close spelling of a longer word that the content does not know as a word of its own
/// (see <see cref="SentenceWords"/>). A phrase right after a negation ("geen", "not"; an article may stand between), or
/// with a negation among the words it skipped ("hebben geen kinderen"), does not count; nor does a phrase a question asks
/// the meaning of ("is dit stalking?", <see cref="SentenceWords.AskedAbout"/>). An option's "unless" phrase found word for word anywhere in the text means the option is not meant there
/// ("mijn dochter van 24"; one written "also ... once" lets more words stand between, see <see cref="PhraseIndex.AnyWordsBetween"/>); its "denied" phrase ("geen pistool") only cancels the option's words it holds ("maar wel een mes" counts); an option with "only_with" phrases counts only when one of them is in the text too ("zei dat"
/// is a disclosure only next to "slaat"). The cost grows with the length of the text: each word is looked up once in the options' index.
/// </summary>
public static class SentenceMatcher
{
    private const int MaxGap = 2;

    /// <summary>Every phrase hit; hits lying inside or overlapping a longer hit of another option are dropped ("blauwe plekken" over "plekken").</summary>
    public static IReadOnlyList<PhraseHit> Find(AnalyzedText text, IReadOnlyList<RecognizableOption> options, SentenceWords? words = null) =>
        Read(text, options, words).Hits;

    /// <summary>
    /// The options an "unless" phrase in the text says are not meant anywhere in it ("her son lives with her" for the
    /// partner), also where a part of the text read on its own would name them ("… and he shouts at her").
    /// </summary>
    public static IReadOnlySet<string> NotMeant(AnalyzedText text, IReadOnlyList<RecognizableOption> options, SentenceWords? words = null) =>
        Read(text, options, words).NotMeant;

    private static (IReadOnlyList<PhraseHit> Hits, IReadOnlySet<string> NotMeant) Read(AnalyzedText text, IReadOnlyList<RecognizableOption> options, SentenceWords? words)
    {
        words ??= SentenceWords.None;
        var hits = new List<PhraseHit>();
        var cancelled = new HashSet<string>(StringComparer.Ordinal);
        if (text.Words.Length == 0 || options.Count == 0)
        {
            return (hits, cancelled);
        }

        var index = PhraseIndex.For(options, text.Language);
        var stems = text.Stems;
        var perWord = new PhraseIndex.WordHits[text.Words.Length];
        for (var i = 0; i < perWord.Length; i++)
        {
            perWord[i] = index.Hits(text.Words[i], stems[i], words);
        }

        var found = new bool[index.Phrases.Count];
        HashSet<(int Phrase, long Combination)>? foundCombinations = null;
        List<(string OptionId, int Start, int End)>? notMeant = null;
        HashSet<string>? supported = null;
        List<(string OptionId, int Start, int End)>? denied = null;

        // Whether the phrase found at these positions counts: each phrase (and combination of a slotted phrase) once.
        bool Take(PhraseIndex.Phrase phrase, int start, List<int> matched)
        {
            if (!phrase.IsWordForWord && NegatedBetween(text, matched, words))
            {
                return false;
            }

            if (phrase.Kind == PhraseKind.Cancels)
            {
                (notMeant ??= []).Add((options[phrase.Option].Id, start, matched[^1]));
            }
            else if (phrase.Kind == PhraseKind.Denies)
            {
                (denied ??= []).Add((options[phrase.Option].Id, start, matched[^1]));
            }
            else if (phrase.Kind == PhraseKind.Requires)
            {
                (supported ??= new HashSet<string>(StringComparer.Ordinal)).Add(options[phrase.Option].Id);
            }
            else if (!NegatedAfter(text, matched[^1], words) && !words.AskedAbout(text.Words, start, matched[^1]))
            {
                hits.Add(new PhraseHit(options[phrase.Option].Id, start, matched[^1] + 1, matched));
            }
            else
            {
                return false;
            }

            return true;
        }

        for (var start = 0; start < perWord.Length; start++)
        {
            foreach (var first in perWord[start].Starts)
            {
                var phrase = index.Phrases[first.Phrase];
                if (found[first.Phrase] || (!phrase.IsWordForWord && Negated(text, start, words)))
                {
                    continue;
                }

                if (phrase.Slots is { } slots)
                {
                    foreach (var (combination, matched) in SlottedPositions(perWord, first, slots, start, phrase.WideGaps ? PhraseIndex.WideGap : MaxGap))
                    {
                        if (!(foundCombinations ??= []).Contains((first.Phrase, combination)) && Take(phrase, start, matched))
                        {
                            foundCombinations.Add((first.Phrase, combination));
                        }
                    }
                }
                else if (Positions(perWord, first.Phrase, phrase.Words, start, phrase.WideGaps ? PhraseIndex.WideGap : MaxGap) is { } matched && Take(phrase, start, matched))
                {
                    found[first.Phrase] = true;
                }
            }
        }

        if (notMeant is not null)
        {
            // A longer phrase of the same option whose own words hold the whole "unless" phrase still means it: "her mums
            // boyfriend hits her" is not the partner, "her mums boyfriend hits her mum" is. Words skipped between a
            // phrase's words do not count: "im 14 my dad" is no "im … dad".
            var stillMeant = notMeant.Where(cancel => !hits.Any(hit => hit.OptionId == cancel.OptionId && hit.Matched.Count > cancel.End - cancel.Start + 1
                && Enumerable.Range(cancel.Start, cancel.End - cancel.Start + 1).All(hit.Matched.Contains))).ToList();
            hits.RemoveAll(hit => stillMeant.Any(cancel => cancel.OptionId == hit.OptionId));
            cancelled.UnionWith(stillMeant.Select(cancel => cancel.OptionId));
        }

        if (denied is not null)
        {
            hits.RemoveAll(hit => denied.Any(denial => denial.OptionId == hit.OptionId && hit.Matched.Any(position => position >= denial.Start && position <= denial.End)));
        }

        if (index.NeedingSupport.Count > 0)
        {
            hits.RemoveAll(hit => index.NeedingSupport.Contains(hit.OptionId) && supported?.Contains(hit.OptionId) != true);
        }

        return (hits.Where(hit => !hits.Any(other => other.OptionId != hit.OptionId && (hit.Within(other) || hit.OverlappedBy(other)))).ToList(), cancelled);
    }

    /// <summary>The ids of the options found, in the order of the options, without those that yield to another one found; of several, the one preferred option alone.</summary>
    public static IReadOnlyList<string> Mentioned(AnalyzedText text, IReadOnlyList<RecognizableOption> options, SentenceWords? words = null)
    {
        var found = Find(text, options, words).Select(hit => hit.OptionId).ToHashSet(StringComparer.Ordinal);
        var named = options.Where(option => found.Contains(option.Id)).DistinctBy(option => option.Id).ToList();
        var mentioned = named.Where(option => !option.YieldsTo.Any(found.Contains)).ToList();
        var preferred = mentioned.Where(option => option.Preferred).ToList();
        return (preferred.Count == 1 ? preferred : mentioned).Select(option => option.Id).ToList();
    }

    /// <summary>The positions of the phrase's words when it starts at <paramref name="start"/> and its other words follow in order, or null.</summary>
    private static List<int>? Positions(PhraseIndex.WordHits[] perWord, int phrase, int length, int start, int maxGap)
    {
        var positions = new List<int> { start };
        var position = start;
        for (var matched = 1; matched < length; matched++)
        {
            var next = -1;
            for (var candidate = position + 1; candidate <= Math.Min(perWord.Length - 1, position + 1 + maxGap) && next < 0; candidate++)
            {
                if (perWord[candidate].Holds(new PhraseIndex.WordHit(phrase, matched)))
                {
                    next = candidate;
                }
            }

            if (next < 0)
            {
                return null;
            }

            position = next;
            positions.Add(next);
        }

        return positions;
    }

    /// <summary>
    /// Every combination of a slotted phrase that starts at <paramref name="start"/> (with the first slot's text that
    /// <paramref name="first"/> begins) and goes on in order, each text's words with at most <paramref name="maxGap"/>
    /// words between them like any phrase's words; with the positions of its words.
    /// </summary>
    private static List<(long Combination, List<int> Matched)> SlottedPositions(PhraseIndex.WordHits[] perWord, PhraseIndex.WordHit first, SlotLayout slots, int start, int maxGap)
    {
        var combinations = new List<(long, List<int>)>();
        var chosen = Enumerable.Repeat(-1, slots.ClassSizes.Length).ToArray();

        // Takes one text of one slot after the words matched so far, then each text the next slot may hold.
        void Follow(int slot, int choice, List<int> matched)
        {
            var walked = new List<int>(matched);
            for (var word = 0; word < slots.Words[slot][choice].Words.Length; word++)
            {
                if (walked.Count == 0)
                {
                    walked.Add(start);
                    continue;
                }

                var position = walked[^1];
                var next = -1;
                for (var candidate = position + 1; candidate <= Math.Min(perWord.Length - 1, position + 1 + maxGap) && next < 0; candidate++)
                {
                    if (perWord[candidate].Holds(new PhraseIndex.WordHit(first.Phrase, slots.Offsets[slot][choice] + word)))
                    {
                        next = candidate;
                    }
                }

                if (next < 0)
                {
                    return;
                }

                walked.Add(next);
            }

            var @class = slots.Classes[slot];
            if (@class != PhraseSlot.Fixed)
            {
                chosen[@class] = choice;
            }

            if (slot + 1 == slots.Classes.Length)
            {
                combinations.Add((slots.Rank(chosen), walked));
            }
            else
            {
                var nextClass = slots.Classes[slot + 1];
                if (nextClass == PhraseSlot.Fixed)
                {
                    Follow(slot + 1, 0, walked);
                }
                else if (chosen[nextClass] >= 0)
                {
                    Follow(slot + 1, chosen[nextClass], walked);
                }
                else
                {
                    for (var text = 0; text < slots.Words[slot + 1].Length; text++)
                    {
                        Follow(slot + 1, text, walked);
                    }

                    chosen[nextClass] = -1;
                }
            }
        }

        Follow(0, slots.FirstSlotTextAt(first.Position), []);
        return combinations;
    }

    /// <summary>
    /// "hij slaat me niet", "ze schopt nooit": a negation right after the phrase, or after one pronoun, cancels it; not one
    /// after a comma ("elke nacht, niet altijd even erg").
    /// </summary>
    private static bool NegatedAfter(AnalyzedText text, int last, SentenceWords words)
    {
        var next = last + 1;
        if (next < text.Words.Length && !text.BeginsAClause(next) && words.MayStandBeforeNegationAfter(text.Words[next]))
        {
            next++;
        }

        return next < text.Words.Length && !text.BeginsAClause(next) && words.IsNegationAfter(text.Words[next]);
    }

    /// <summary>"we hebben geen kinderen", "we have no kids": a negation among the words the phrase skipped cancels it.</summary>
    private static bool NegatedBetween(AnalyzedText text, IReadOnlyList<int> matched, SentenceWords words)
    {
        for (var i = 1; i < matched.Count; i++)
        {
            for (var between = matched[i - 1] + 1; between < matched[i]; between++)
            {
                if (words.IsNegation(text.Words[between]))
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>"geen kinderen", "geen de kinderen": a negation right before the phrase cancels it; not one that ends the clause before ("weet niet, elke nacht").</summary>
    private static bool Negated(AnalyzedText text, int start, SentenceWords words) =>
        !text.BeginsAClause(start)
        && ((start > 0 && words.IsNegation(text.Words[start - 1]))
            || (start > 1 && !text.BeginsAClause(start - 1) && words.IsNegation(text.Words[start - 2]) && words.IsArticle(text.Words[start - 1])));
}
