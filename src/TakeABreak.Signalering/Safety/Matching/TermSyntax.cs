namespace TakeABreak.Signalering.Safety.Matching;

internal enum TermPartKind
{
    Word,
    Prefix,
    Gap,
}

internal readonly record struct TermPart(TermPartKind Kind, string Text);

/// <summary>
/// The little language of lexicon terms: words separated by spaces; "slaa*" matches every word starting with "slaa";
/// "..." stands for a few other words in between ("steekt ... neer"); "#" stands for a number, in digits or in words
/// ("# pillen" finds "40 pillen" and "dertig pillen").
/// </summary>
internal static class TermSyntax
{
    public const string Gap = "...";
    public const string Number = "#";
    public const int MinimumPrefixLength = 3;

    public static IReadOnlyList<TermPart> Parse(string term, out string? error)
    {
        var parts = new List<TermPart>();
        error = null;
        foreach (var piece in term.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (piece == Gap)
            {
                if (parts.Count == 0 || parts[^1].Kind == TermPartKind.Gap)
                {
                    error = $"term '{term}': '...' must stand between two words";
                    return [];
                }

                parts.Add(new TermPart(TermPartKind.Gap, Gap));
                continue;
            }

            if (piece == Number)
            {
                parts.Add(new TermPart(TermPartKind.Word, Number));
                continue;
            }

            var isPrefix = piece.EndsWith('*');
            var normalized = TextNormalizer.NormalizeTerm(isPrefix ? piece[..^1] : piece, keepPictographs: true);
            if (normalized.Length == 0 || piece.IndexOf('*') is >= 0 and var star && star < piece.Length - 1)
            {
                error = $"term '{term}': '{piece}' is not a word (use letters; '*' only at the end)";
                return [];
            }

            var words = normalized.Split(' ');
            if (isPrefix && (words.Length > 1 || normalized.Length < MinimumPrefixLength))
            {
                error = $"term '{term}': a prefix ('{piece}') needs at least {MinimumPrefixLength} letters before '*'";
                return [];
            }

            foreach (var word in words)
            {
                parts.Add(new TermPart(isPrefix ? TermPartKind.Prefix : TermPartKind.Word, word));
            }
        }

        if (parts.Count == 0)
        {
            error = "a term must not be empty";
            return [];
        }

        if (parts[^1].Kind == TermPartKind.Gap)
        {
            error = $"term '{term}': '...' must stand between two words";
            return [];
        }

        return parts;
    }
}
