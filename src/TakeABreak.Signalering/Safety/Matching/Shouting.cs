namespace TakeABreak.Signalering.Safety.Matching;

/// <summary>
/// Whether a message is written as shouting, which lower-casing loses: mostly capitals ("HELP ME"), two or more exclamation marks
/// ("hulp!!!") or a letter written three or more times ("helppp"). A chat word is shouted when someone is in distress.
/// </summary>
internal static class Shouting
{
    private const int LeastLetters = 3;

    public static bool Is(string text) => InCapitals(text) || text.Contains("!!", StringComparison.Ordinal) || HasStretchedLetter(text);

    private static bool InCapitals(string text)
    {
        var upper = 0;
        var lower = 0;
        foreach (var c in text)
        {
            upper += char.IsUpper(c) ? 1 : 0;
            lower += char.IsLower(c) ? 1 : 0;
        }

        return upper >= LeastLetters && upper > 3 * lower;
    }

    private static bool HasStretchedLetter(string text)
    {
        for (var i = 2; i < text.Length; i++)
        {
            if (char.IsLetter(text[i]) && char.ToLowerInvariant(text[i]) == char.ToLowerInvariant(text[i - 1]) && char.ToLowerInvariant(text[i]) == char.ToLowerInvariant(text[i - 2]))
            {
                return true;
            }
        }

        return false;
    }
}
