using System.Text;
using TakeABreak.Linguistics.Normalization;
using TakeABreak.Linguistics.Spelling;
using TakeABreak.Linguistics.Stemming;

namespace TakeABreak.Dialogs.Recognition;

/// <summary>Where a phrase was found in a message: its words from <see cref="Start"/> up to (not including) <see cref="End"/>.</summary>
/// <param name="PhraseWords">How many words the phrase has: a longer phrase says more precisely what is asked.</param>
/// <param name="Whole">True when every other word of the message is a filler ("graag", "please", "hoi"): the message is only the phrase.</param>
/// <param name="AboutSomeoneElse">True when someone else is the subject just before the phrase ("hij begint steeds opnieuw", "ze wil opnieuw beginnen"): a story, not a request to the bot.</param>
/// <param name="WordsAsWritten">How many of the phrase's words the message has as written, not only by stem: "should i call the police" has all of "call the police" and two of "called the police".</param>
public sealed record PhraseMatch(int Start, int End, int PhraseWords, bool Whole, bool AboutSomeoneElse = false, int WordsAsWritten = 0);

/// <summary>
/// The small words around a request that change it: fillers that leave it whole, negations that undo it, and the words
/// for someone else as subject ("hij", "she") that make it part of a story.
/// </summary>
public sealed record PhraseWords(IReadOnlySet<string> Fillers, IReadOnlySet<string> Negations, IReadOnlySet<string> OtherSubjects)
{
    public static PhraseWords None { get; } = new(new HashSet<string>(), new HashSet<string>(), new HashSet<string>());
}

/// <summary>
/// Finds a phrase (a request such as "ik wil met iemand praten") inside a message as a sequence of words: each word the
/// same, with the same Snowball stem in the phrase's own language, or a close spelling of a longer word; with at most
/// <see cref="MaxGap"/> other words between two phrase words ("ik wil [graag] met iemand [van moviera] praten"). A
/// negation between the words or just before them ("ik wil niet stoppen", "ik wil geen mens spreken") means the phrase
/// is not asked for. A one-word phrase counts only when the message is that word (with fillers): "stop", not "hij wil
/// niet stoppen met slaan".
/// </summary>
public static class PhraseFinder
{
    public const int MaxGap = 2;

    /// <summary>How many words before the phrase a negation still undoes it ("I don't want to talk to a person").</summary>
    private const int NegationReach = 3;

    /// <summary>How many words before the phrase someone else as subject makes it a story ("he starts again").</summary>
    private const int SubjectReach = 2;

    /// <summary>Shorter words (of the message or the phrase) are compared as written, never by stem.</summary>
    public const int MinStemmedLength = 3;
    /// <summary>Shorter words are never taken for a typo of another word.</summary>
    public const int MinTypoLength = 5;

    public static PhraseMatch? Find(AnalyzedText text, AnalyzedText phrase, TextLanguage language, PhraseWords words)
    {
        var count = phrase.Words.Length;
        if (count == 0 || count > text.Words.Length)
        {
            return null;
        }

        PhraseMatch? within = null;
        for (var start = 0; start < text.Words.Length; start++)
        {
            if (!Same(text, start, phrase, 0, language, words) || NegatedBefore(text, start, phrase, words))
            {
                continue;
            }

            if (Rest(text, start, phrase, language, words) is not { } matched)
            {
                continue;
            }

            var whole = OnlyFillersBesides(text, matched, words);
            var match = new PhraseMatch(start, matched[^1] + 1, count, whole, SomeoneElseBefore(text, start, phrase, words), AsWritten(text, matched, phrase));
            if (whole)
            {
                return match;
            }

            within ??= match;
        }

        return count > 1 ? within : null;
    }

    private static int AsWritten(AnalyzedText text, List<int> matched, AnalyzedText phrase)
    {
        var same = 0;
        for (var i = 0; i < matched.Count; i++)
        {
            if (string.Equals(text.Words[matched[i]], phrase.Words[i], StringComparison.Ordinal))
            {
                same++;
            }
        }

        return same;
    }

    /// <summary>True when every word of the text that is not one of the <paramref name="matched"/> positions is a filler.</summary>
    private static bool OnlyFillersBesides(AnalyzedText text, List<int> matched, PhraseWords words)
    {
        for (var i = 0; i < text.Words.Length; i++)
        {
            if (!matched.Contains(i) && !words.Fillers.Contains(text.Words[i]))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>True when one of the <see cref="SubjectReach"/> words before <paramref name="start"/> is someone else as subject (and not a word of the phrase).</summary>
    private static bool SomeoneElseBefore(AnalyzedText text, int start, AnalyzedText phrase, PhraseWords words)
    {
        for (var i = Math.Max(0, start - SubjectReach); i < start; i++)
        {
            if (words.OtherSubjects.Contains(text.Words[i]) && !phrase.Words.Contains(text.Words[i]))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The positions of all phrase words when the phrase continues from <paramref name="start"/>; null when it does not.</summary>
    private static List<int>? Rest(AnalyzedText text, int start, AnalyzedText phrase, TextLanguage language, PhraseWords words)
    {
        var positions = new List<int> { start };
        for (var matched = 1; matched < phrase.Words.Length; matched++)
        {
            var position = positions[^1];
            var next = -1;
            for (var candidate = position + 1; candidate <= Math.Min(text.Words.Length - 1, position + 1 + MaxGap); candidate++)
            {
                if (Same(text, candidate, phrase, matched, language, words))
                {
                    next = candidate;
                    break;
                }

                if (IsNegation(text.Words[candidate], phrase, words))
                {
                    return null;
                }
            }

            if (next < 0)
            {
                return null;
            }

            positions.Add(next);
        }

        return positions;
    }

    /// <summary>
    /// A negation in the few words before the phrase, in the same clause: "ik durf het toch niet, verwijder mijn verzoek maar"
    /// asks to delete it (the comma ends the negation's clause), "ik wil niet stoppen" does not ask to stop.
    /// </summary>
    private static bool NegatedBefore(AnalyzedText text, int start, AnalyzedText phrase, PhraseWords words)
    {
        for (var i = start - 1; i >= Math.Max(0, start - NegationReach) && !text.BeginsAClause(i + 1); i--)
        {
            if (IsNegation(text.Words[i], phrase, words))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A negation that is part of the phrase itself ("ik snap het niet", "I don't speak Dutch") does not undo it.</summary>
    private static bool IsNegation(string word, AnalyzedText phrase, PhraseWords words) =>
        words.Negations.Contains(word) && !phrase.Words.Contains(word);

    /// <summary>A negation never stands for another word by stem or typo ("niemand" is not "iemand", "geen" not "een").</summary>
    private static bool Same(AnalyzedText text, int index, AnalyzedText phrase, int phraseIndex, TextLanguage language, PhraseWords words)
    {
        var word = text.Words[index];
        var wanted = phrase.Words[phraseIndex];
        if (word == wanted)
        {
            return true;
        }

        // the negation check (a set lookup) only once the cheaper comparisons leave a chance
        var stem = text.StemsIn(language)[index];
        if (word.Length >= MinStemmedLength && stem.Length >= MinStemmedLength && stem == phrase.StemsIn(language)[phraseIndex])
        {
            return !words.Negations.Contains(word);
        }

        return MayBeTypoOf(word, wanted) && !words.Negations.Contains(word) && EditDistance.Close(word, wanted);
    }

    /// <summary>
    /// True when <paramref name="word"/> might be a typo of the phrase word <paramref name="wanted"/>: both long enough,
    /// not a number, and not too different in length and letters. Cheap; a word that passes still needs the edit distance.
    /// </summary>
    public static bool MayBeTypoOf(string word, string wanted) =>
        wanted.Length >= MinTypoLength && word.Length >= MinTypoLength && !char.IsDigit(word[0])
        && Math.Abs(word.Length - wanted.Length) <= EditDistance.Tolerance(wanted.Length)
        && MayBeClose(word, wanted, EditDistance.Tolerance(wanted.Length));

    /// <summary>True when <paramref name="word"/> is a close spelling of the phrase word <paramref name="wanted"/> (no negation check).</summary>
    public static bool IsTypoOf(string word, string wanted) => MayBeTypoOf(word, wanted) && EditDistance.Close(word, wanted);

    /// <summary>
    /// A cheap lower bound first: every edit changes the letter counts by at most two, so words whose letters differ by
    /// more than twice the tolerance cannot be close. Most word pairs stop here, without computing the distance.
    /// </summary>
    private static bool MayBeClose(string word, string wanted, int tolerance)
    {
        if (!Ascii.IsValid(word) || !Ascii.IsValid(wanted))
        {
            return true;
        }

        Span<int> counts = stackalloc int[128];
        foreach (var c in word)
        {
            counts[c]++;
        }

        foreach (var c in wanted)
        {
            counts[c]--;
        }

        var difference = 0;
        foreach (var count in counts)
        {
            difference += Math.Abs(count);
        }

        return (difference + 1) / 2 <= tolerance;
    }
}
