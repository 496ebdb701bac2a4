using TakeABreak.Linguistics.Normalization;

namespace TakeABreak.Signalering.Safety.SecondReading;

/// <summary>
/// What the second reading looks at in a text: its words, pairs of neighbouring words and the four-letter pieces of each
/// word (so "mesje", "mess" and "messen" share "&lt;mes"). The words are those the rules read (<see cref="TextNormalizer"/>:
/// lower case, accents and apostrophes dropped, a letter repeated three or more times shortened to two). A long text is
/// read in windows of <see cref="WindowWords"/> words, so a story does not add up to danger and danger in its last
/// sentence is read as in a short message.
/// </summary>
public static class ReadingFeatures
{
    public const int WindowWords = 60;
    public const int WindowOverlap = 20;
    private const int PieceLength = 4;

    public static string[] Words(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var analysed = text.Length > DangerDetector.MaxAnalysedLength ? text[..DangerDetector.MaxAnalysedLength] : text;
        var normalized = TextNormalizer.Normalize(analysed);
        var words = new string[normalized.Tokens.Count];
        for (var i = 0; i < words.Length; i++)
        {
            words[i] = normalized.Word(i).ToString();
        }

        return words;
    }

    /// <summary>The windows of a text's words: the whole text when it is short, else overlapping runs of <see cref="WindowWords"/>.</summary>
    public static IEnumerable<ArraySegment<string>> Windows(string[] words)
    {
        ArgumentNullException.ThrowIfNull(words);
        if (words.Length <= WindowWords)
        {
            yield return new ArraySegment<string>(words);
            yield break;
        }

        for (var start = 0; ; start += WindowWords - WindowOverlap)
        {
            var count = Math.Min(WindowWords, words.Length - start);
            yield return new ArraySegment<string>(words, start, count);
            if (start + count >= words.Length)
            {
                yield break;
            }
        }
    }

    /// <summary>The distinct features of a run of words, in the order they first occur: "w:word", "b:word next", "c:&lt;wor".</summary>
    public static IReadOnlyList<string> Of(IReadOnlyList<string> words)
    {
        ArgumentNullException.ThrowIfNull(words);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var features = new List<string>();
        void Add(string feature)
        {
            if (seen.Add(feature))
            {
                features.Add(feature);
            }
        }

        foreach (var word in words)
        {
            Add("w:" + word);
        }

        for (var i = 1; i < words.Count; i++)
        {
            Add("b:" + words[i - 1] + " " + words[i]);
        }

        foreach (var word in words)
        {
            var marked = "<" + word + ">";
            for (var i = 0; i + PieceLength <= marked.Length; i++)
            {
                Add("c:" + marked.Substring(i, PieceLength));
            }
        }

        return features;
    }
}
