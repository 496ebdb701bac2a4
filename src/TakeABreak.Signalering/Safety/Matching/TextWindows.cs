namespace TakeABreak.Signalering.Safety.Matching;

/// <summary>
/// Cuts a long message into overlapping windows, so the work per message grows linearly with its length and a danger
/// word is always analysed together with the words around it. Cuts fall on white space. Of a message longer than
/// <see cref="MaxAnalysedLength"/> only the beginning and the end are analysed (half of that length each): where a
/// message starts and ends is where people say what is going on.
/// </summary>
internal static class TextWindows
{
    public const int WindowLength = 1_000;
    public const int Overlap = 200;
    public const int MaxAnalysedLength = 20_000;

    public static IEnumerable<(int Start, int Length)> Of(string text)
    {
        if (text.Length <= WindowLength)
        {
            yield return (0, text.Length);
            yield break;
        }

        var ranges = text.Length <= MaxAnalysedLength
            ? [(0, text.Length)]
            : new[] { (0, MaxAnalysedLength / 2), (text.Length - MaxAnalysedLength / 2, text.Length) };
        foreach (var (rangeStart, rangeEnd) in ranges)
        {
            var start = rangeStart;
            while (true)
            {
                var end = Math.Min(start + WindowLength, rangeEnd);
                if (end < rangeEnd)
                {
                    var space = text.AsSpan(start + WindowLength - Overlap, end - (start + WindowLength - Overlap)).LastIndexOfAny(' ', '\n', '\t');
                    end = space < 0 ? end : start + WindowLength - Overlap + space;
                }

                yield return (start, end - start);
                if (end >= rangeEnd)
                {
                    break;
                }

                var next = end - Overlap;
                var nextSpace = text.AsSpan(next, end - next).IndexOfAny(' ', '\n', '\t');
                start = nextSpace < 0 ? next : next + nextSpace + 1;
            }
        }
    }
}
