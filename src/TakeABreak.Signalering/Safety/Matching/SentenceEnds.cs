namespace TakeABreak.Signalering.Safety.Matching;

/// <summary>
/// Which sentences of a text end in a colon, numbered as <see cref="TextNormalizer"/> numbers them: a heading or a quote that
/// introduces the next sentence ("in het nieuws: man steekt vrouw neer", "headline: father sets house on fire").
/// </summary>
internal static class SentenceEnds
{
    public static bool[] InColon(string text, int sentences)
    {
        var endsInColon = new bool[sentences];
        var sentence = 0;
        var hasWords = false;
        foreach (var character in text)
        {
            if (sentence >= sentences)
            {
                break;
            }

            if (char.IsLetterOrDigit(character))
            {
                hasWords = true;
            }
            else if (hasWords && IsSentenceEnd(character))
            {
                endsInColon[sentence++] = character == ':';
                hasWords = false;
            }
        }

        return endsInColon;
    }

    /// <summary>The same sentence ends as <see cref="TextNormalizer"/>.</summary>
    private static bool IsSentenceEnd(char c) => c is '.' or '!' or '?' or ';' or ':' or '\n' or '\r' or '\u2026';
}
