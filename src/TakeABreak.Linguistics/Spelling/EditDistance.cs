namespace TakeABreak.Linguistics.Spelling;

/// <summary>Optimal string alignment distance: insertions, deletions, substitutions and swaps of neighbours each cost one.</summary>
public static class EditDistance
{
    /// <summary>Longer words are too rare to be typos of a known word; callers compare them only when equal.</summary>
    public const int MaxWordLength = 32;

    /// <summary>Longer texts are compared only for being equal (keeps the work per comparison bounded).</summary>
    private const int MaxComparedLength = 128;

    /// <summary>The distance, or <paramref name="limit"/> + 1 when it is larger than the limit (cheap when lengths differ much).</summary>
    public static int Bounded(ReadOnlySpan<char> a, ReadOnlySpan<char> b, int limit)
    {
        if (Math.Abs(a.Length - b.Length) > limit)
        {
            return limit + 1;
        }

        if (a.Length > MaxComparedLength || b.Length > MaxComparedLength)
        {
            return a.SequenceEqual(b) ? 0 : limit + 1;
        }

        var width = b.Length + 1;
        Span<int> previous2 = stackalloc int[width];
        Span<int> previous = stackalloc int[width];
        Span<int> current = stackalloc int[width];
        for (var j = 0; j < width; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            var rowMinimum = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                var value = Math.Min(Math.Min(previous[j] + 1, current[j - 1] + 1), previous[j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    value = Math.Min(value, previous2[j - 2] + 1);
                }

                current[j] = value;
                rowMinimum = Math.Min(rowMinimum, value);
            }

            if (rowMinimum > limit)
            {
                return limit + 1;
            }

            var recycled = previous2;
            previous2 = previous;
            previous = current;
            current = recycled;
        }

        return Math.Min(previous[b.Length], limit + 1);
    }

    /// <summary>The full distance (bounded by the longer length).</summary>
    public static int Between(string a, string b) => Bounded(a, b, Math.Max(a.Length, b.Length));

    /// <summary>How many typos a whole answer of this length may have and still count as the same: none up to 3 letters, then one per 5.</summary>
    public static int Tolerance(int length) => length <= 3 ? 0 : Math.Min(3, 1 + ((length - 4) / 5));

    /// <summary>
    /// How many typos one word inside a sentence may have: none up to 5 letters ("vaker" is not "vader"), one up to 9,
    /// then two. Short words are too often another real word one letter away.
    /// </summary>
    public static int WordTolerance(int length) => length <= LongestWordWithoutATypo ? 0 : length <= 9 ? 1 : 2;

    /// <summary>
    /// True when a word of five letters, too short for a typo inside a sentence (<see cref="WordTolerance"/>), was typed
    /// with two neighbouring letters swapped ("avnod" for "avond") or one vowel too many ("bueren" for "buren"): slips of
    /// a hurried hand that rarely make another word, where a letter changed or left out often does ("vaker" and "vader",
    /// "vond" and "avond"). The first letter is as wanted.
    /// </summary>
    public static bool SlipOfAShortWord(string typed, string wanted)
    {
        if (wanted.Length != LongestWordWithoutATypo || typed.Length == 0 || typed[0] != wanted[0])
        {
            return false;
        }

        if (typed.Length == wanted.Length)
        {
            var at = FirstDifference(typed, wanted);
            return at < wanted.Length - 1 && typed[at] == wanted[at + 1] && typed[at + 1] == wanted[at]
                && typed.AsSpan(at + 2).SequenceEqual(wanted.AsSpan(at + 2));
        }

        if (typed.Length == wanted.Length + 1)
        {
            var at = FirstDifference(typed, wanted);
            return IsVowel(typed[at]) && typed.AsSpan(at + 1).SequenceEqual(wanted.AsSpan(at));
        }

        return false;
    }

    /// <summary>The longest word that may hold no typo inside a sentence (<see cref="WordTolerance"/>).</summary>
    private const int LongestWordWithoutATypo = 5;

    private static int FirstDifference(string a, string b)
    {
        var at = 0;
        while (at < a.Length && at < b.Length && a[at] == b[at])
        {
            at++;
        }

        return at;
    }

    private static bool IsVowel(char letter) => letter is 'a' or 'e' or 'i' or 'o' or 'u';

    /// <summary>True when the two normalized texts are the same apart from a few typos.</summary>
    public static bool Close(string typed, string expected) =>
        typed == expected
        || (!DifferOnlyByABeginning(typed, expected) && Bounded(typed, expected, Tolerance(expected.Length)) <= Tolerance(expected.Length));

    /// <summary>
    /// True when one word is the other with two or more letters in front: another word, not a typo ("gevallen" is not
    /// "afgevallen", "komen" is not "opkomen"). Typos rarely add or drop a whole beginning.
    /// </summary>
    public static bool DifferOnlyByABeginning(string a, string b)
    {
        var (shorter, longer) = a.Length <= b.Length ? (a, b) : (b, a);
        return longer.Length - shorter.Length >= 2 && shorter.Length > 0 && longer.EndsWith(shorter, StringComparison.Ordinal);
    }
}
