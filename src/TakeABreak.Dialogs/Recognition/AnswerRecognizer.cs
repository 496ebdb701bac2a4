using System.Globalization;

namespace TakeABreak.Dialogs.Recognition;

/// <summary>
/// Recognises typed answers: by number (1, 2, …), by label or other spelling, and by close spelling (typos, case,
/// accents). Returns null when it is not sure; the dialog then asks again.
/// </summary>
public static class AnswerRecognizer
{
    private static readonly char[] ListSeparators = [',', ';', '+', '&', '/'];

    /// <summary>The one option the text means, or null.</summary>
    public static string? Choice(string? text, IReadOnlyList<RecognizableOption> options)
    {
        var typed = TextNormalizer.Normalize(text);
        if (typed.Length == 0)
        {
            return null;
        }

        if (Number(typed) is { } number)
        {
            return number >= 1 && number <= options.Count ? options[(int)number - 1].Id : null;
        }

        var normalized = options.Select(option => (option.Id, Texts: option.Texts.Select(TextNormalizer.Normalize).Where(t => t.Length > 0).ToList())).ToList();
        return Unique(normalized.Where(o => o.Texts.Contains(typed)).Select(o => o.Id))
            ?? Unique(normalized.Where(o => o.Texts.Any(t => EditDistance.Close(typed, t))).Select(o => o.Id))
            ?? Unique(normalized.Where(o => o.Texts.Any(t => t.StartsWith(typed + " ", StringComparison.Ordinal))).Select(o => o.Id))
            ?? Fewest(normalized.SelectMany(o => o.Texts.Where(t => ContainsWords(t, typed)).Select(t => (o.Id, Words: TextNormalizer.Words(t).Length))));
    }

    /// <summary>The options a text lists ("1, 3", "2 en 4", "partner, kind"); null when any part is not recognised.</summary>
    public static IReadOnlyList<string>? Choices(string? text, IReadOnlyList<RecognizableOption> options)
    {
        var typed = TextNormalizer.Normalize(text);
        if (typed.Length == 0)
        {
            return null;
        }

        var words = TextNormalizer.Words(typed);
        if (words.All(word => Number(word) is not null || word is "en" or "and"))
        {
            var numbers = words.Select(Number).OfType<long>().ToList();
            return numbers.All(n => n >= 1 && n <= options.Count)
                ? numbers.Select(n => options[(int)n - 1].Id).Distinct().ToList()
                : null;
        }

        var parts = (text ?? string.Empty)
            .Split(ListSeparators, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .SelectMany(part => part.Split([" en ", " and "], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            .ToList();
        var chosen = new List<string>();
        foreach (var part in parts)
        {
            if (Choice(part, options) is not { } id)
            {
                return Choice(text, options) is { } single ? [single] : null;
            }

            if (!chosen.Contains(id))
            {
                chosen.Add(id);
            }
        }

        return chosen.Count > 0 ? chosen : null;
    }

    /// <summary>True when the whole text is one of the phrases (allowing typos), or holds a phrase of several words.</summary>
    public static bool MatchesPhrase(string? text, IReadOnlyList<string> phrases, bool allowWithinText)
    {
        var typed = TextNormalizer.Normalize(text);
        if (typed.Length == 0)
        {
            return false;
        }

        foreach (var phrase in phrases.Select(TextNormalizer.Normalize).Where(p => p.Length > 0))
        {
            if (EditDistance.Close(typed, phrase))
            {
                return true;
            }

            if (allowWithinText && phrase.Contains(' ', StringComparison.Ordinal) && $" {typed} ".Contains($" {phrase} ", StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    public static long? Number(string normalized) =>
        long.TryParse(normalized, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var number) ? number : null;

    private static bool ContainsWords(string label, string typed)
    {
        if (typed.Length < 4)
        {
            return false;
        }

        var labelWords = TextNormalizer.Words(label);
        return TextNormalizer.Words(typed).All(word => labelWords.Any(labelWord => EditDistance.Close(word, labelWord)));
    }

    /// <summary>Of the labels that hold every typed word, the shortest wins ("kind" means "Een kind", not a longer label with "kind").</summary>
    private static string? Fewest(IEnumerable<(string Id, int Words)> candidates)
    {
        var list = candidates.ToList();
        return list.Count == 0 ? null : Unique(list.Where(c => c.Words == list.Min(m => m.Words)).Select(c => c.Id));
    }

    private static string? Unique(IEnumerable<string> ids)
    {
        var distinct = ids.Distinct().Take(2).ToList();
        return distinct.Count == 1 ? distinct[0] : null;
    }
}
