namespace TakeABreak.Dialogs.Recognition;

/// <summary>Optimal string alignment distance: insertions, deletions, substitutions and swaps of neighbours each cost one.</summary>
public static class EditDistance
{
    public static int Between(string a, string b)
    {
        var d = new int[a.Length + 1, b.Length + 1];
        for (var i = 0; i <= a.Length; i++)
        {
            d[i, 0] = i;
        }

        for (var j = 0; j <= b.Length; j++)
        {
            d[0, j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                d[i, j] = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    d[i, j] = Math.Min(d[i, j], d[i - 2, j - 2] + 1);
                }
            }
        }

        return d[a.Length, b.Length];
    }

    /// <summary>How many typos a text of this length may have and still count as the same: none up to 3 letters, then one per 5.</summary>
    public static int Tolerance(int length) => length <= 3 ? 0 : Math.Min(3, 1 + ((length - 4) / 5));

    /// <summary>True when the two normalized texts are the same apart from a few typos.</summary>
    public static bool Close(string typed, string expected) =>
        typed == expected || Between(typed, expected) <= Tolerance(expected.Length);
}
