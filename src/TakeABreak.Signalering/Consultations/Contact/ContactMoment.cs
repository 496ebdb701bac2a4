namespace TakeABreak.Signalering.Consultations.Contact;

/// <summary>
/// When someone says they can be reached, written inside a sentence: "ja liever bellen, 0612345678, na 6 uur" holds
/// "na 6 uur"; "yes call me on 0612345678 after 6" holds "after 6". The words come from content: words that say when on
/// their own ("'s avonds", "weekend", "as soon as possible"), words that say when before a number ("na", "after"), and
/// words that belong to it when they stand just before ("niet in het weekend"). The moment runs from there to the end of
/// the message, without a phone number or e-mail address in it and without the words left dangling at its end where one
/// stood ("'s avonds na 8 uur op 0612345678" is "'s avonds na 8 uur"). A message that holds one of the phrases that tell
/// no moment is none: "hij kijkt altijd in mijn telefoon" says how often he looks, not when to call.
/// </summary>
public sealed class ContactMoment(IEnumerable<string> momentWords, IEnumerable<string> beforeNumberWords, IEnumerable<string> leadWords, IEnumerable<string> trailingWords, IEnumerable<string>? noMomentPhrases = null)
{
    private readonly IReadOnlyList<string[]> _noMomentPhrases = Phrases(noMomentPhrases ?? []);
    private readonly HashSet<string> _trailing = trailingWords.Select(Normalized).ToHashSet(StringComparer.Ordinal);
    private readonly IReadOnlyList<string[]> _momentPhrases = Phrases(momentWords);
    private readonly HashSet<string> _beforeNumber = beforeNumberWords.Select(Normalized).ToHashSet(StringComparer.Ordinal);
    private readonly HashSet<string> _lead = leadWords.Select(Normalized).ToHashSet(StringComparer.Ordinal);

    public string? Find(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var words = Words(text);
        var start = FirstMomentWord(words);
        if (start is null || Holds(words, _noMomentPhrases))
        {
            return null;
        }

        var first = start.Value;
        while (first > 0 && _lead.Contains(words[first - 1].Normalized))
        {
            first--;
        }

        var moment = text[words[first].Start..].Trim();
        foreach (var contact in TypedContact.FindAll(moment))
        {
            moment = moment.Replace(contact, string.Empty, StringComparison.Ordinal);
        }

        var parts = moment.Split(' ', StringSplitOptions.RemoveEmptyEntries).ToList();
        while (parts.Count > 1 && _trailing.Contains(Normalized(parts[^1].Trim(',', '.', ';', '!', ':'))))
        {
            parts.RemoveAt(parts.Count - 1);
        }

        moment = string.Join(' ', parts).Trim(' ', ',', '.', ';', '!', ':');
        return moment.Length == 0 ? null : moment;
    }

    private int? FirstMomentWord(IReadOnlyList<Word> words)
    {
        for (var i = 0; i < words.Count; i++)
        {
            if (_beforeNumber.Contains(words[i].Normalized) && i + 1 < words.Count && char.IsAsciiDigit(words[i + 1].Normalized[0]) && words[i + 1].Normalized.Count(char.IsAsciiDigit) <= 4)
            {
                return i;
            }

            if (_momentPhrases.Any(phrase => StandsAt(words, phrase, i)))
            {
                return i;
            }
        }

        return null;
    }

    private static bool Holds(IReadOnlyList<Word> words, IReadOnlyList<string[]> phrases) =>
        Enumerable.Range(0, words.Count).Any(i => phrases.Any(phrase => StandsAt(words, phrase, i)));

    private static bool StandsAt(IReadOnlyList<Word> words, string[] phrase, int i) =>
        i + phrase.Length <= words.Count && phrase.Select((part, at) => words[i + at].Normalized == part).All(same => same);

    private sealed record Word(string Normalized, int Start);

    private static List<Word> Words(string text)
    {
        var words = new List<Word>();
        var start = -1;
        for (var i = 0; i <= text.Length; i++)
        {
            var inWord = i < text.Length && (char.IsLetterOrDigit(text[i]) || text[i] is '\'' or '’' or ':' || (text[i] == '.' && i > 0 && char.IsAsciiDigit(text[i - 1])));
            if (inWord && start < 0)
            {
                start = i;
            }
            else if (!inWord && start >= 0)
            {
                var normalized = Normalized(text[start..i]);
                if (normalized.Length > 0)
                {
                    words.Add(new Word(normalized, start));
                }

                start = -1;
            }
        }

        return words;
    }

    private static IReadOnlyList<string[]> Phrases(IEnumerable<string> phrases) =>
        phrases.Select(phrase => Words(phrase).Select(word => word.Normalized).ToArray()).Where(phrase => phrase.Length > 0).ToList();

    private static string Normalized(string word) => word.Trim('\'', '’', '.', ':').Replace('’', '\'').ToLowerInvariant();
}
