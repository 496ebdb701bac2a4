namespace TakeABreak.Dialogs.Recognition;

/// <summary>Optimal string alignment distance: insertions, deletions, substitutions and swaps of neighbours each cost one.</summary>
public static class EditDistance
{
    public static int Between(string a, string b) => Between(a, b, int.MaxValue - 1);

    /// <summary>
    /// The distance when it is at most <paramref name="limit"/>, otherwise some value above it: texts whose lengths
    /// differ by more than the limit are not compared at all, and the comparison stops once no later row can come back
    /// under the limit. Three rolling rows instead of a table, so a comparison allocates nothing for short texts.
    /// </summary>
    private static int Between(string a, string b, int limit)
    {
        if (Math.Abs(a.Length - b.Length) > limit)
        {
            return limit + 1;
        }

        var width = b.Length + 1;
        Span<int> rows = 3 * width <= 384 ? stackalloc int[3 * width] : new int[3 * width];
        int twoBack = 0, previous = width, current = 2 * width;
        for (var j = 0; j < width; j++)
        {
            rows[previous + j] = j;
        }

        var previousMin = 0;
        for (var i = 1; i <= a.Length; i++)
        {
            rows[current] = i;
            var rowMin = i;
            for (var j = 1; j < width; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                var value = Math.Min(Math.Min(rows[previous + j] + 1, rows[current + j - 1] + 1), rows[previous + j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    value = Math.Min(value, rows[twoBack + j - 2] + 1);
                }

                rows[current + j] = value;
                rowMin = Math.Min(rowMin, value);
            }

            // A later cell comes from this row, the row before plus one (a swap), or its own row plus one.
            if (rowMin > limit && previousMin >= limit)
            {
                return limit + 1;
            }

            previousMin = rowMin;
            (twoBack, previous, current) = (previous, current, twoBack);
        }

        return rows[previous + b.Length];
    }

    /// <summary>How many typos a text of this length may have and still count as the same: none up to 3 letters, then one per 5.</summary>
    public static int Tolerance(int length) => length <= 3 ? 0 : Math.Min(3, 1 + ((length - 4) / 5));

    /// <summary>True when the two normalized texts are the same apart from a few typos.</summary>
    public static bool Close(string typed, string expected) =>
        typed == expected || Between(typed, expected, Tolerance(expected.Length)) <= Tolerance(expected.Length);
}
