using System.Text;

namespace TakeABreak.Signalering.Safety.SecondReading;

/// <summary>
/// What the second reading looks at in a text: its words, pairs of neighbouring words and the four-letter pieces of each
/// word (so "mesje", "mess" and "messen" share "&lt;mes"). Words are lower case, apostrophes dropped, split at anything
/// that is not a letter or a digit. A long text is read in windows of <see cref="WindowWords"/> words, so a story does
/// not add up to danger and danger in its last sentence is read as in a short message.
/// </summary>
public static class ReadingFeatures
{
    public const int WindowWords = 60;
    public const int WindowOverlap = 20;
    private const int PieceLength = 4;

    public static string[] Words(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var words = new List<string>();
        var word = new StringBuilder();
        var length = Math.Min(text.Length, DangerDetector.MaxAnalysedLength);
        for (var i = 0; i < length; i++)
        {
            var c = text[i];
            if (c is '\'' or '’' or '‘')
            {
                continue;
            }

            if (char.IsLetterOrDigit(c))
            {
                word.Append(char.ToLowerInvariant(c));
            }
            else if (word.Length > 0)
            {
                words.Add(word.ToString());
                word.Clear();
            }
        }

        if (word.Length > 0)
        {
            words.Add(word.ToString());
        }

        return [.. words];
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
