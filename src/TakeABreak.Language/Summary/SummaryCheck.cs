using System.Text.RegularExpressions;
using TakeABreak.Language.Redaction;

namespace TakeABreak.Language.Summary;

/// <summary>
/// Checks a model's summary before staff see it: 1 to 6 sentences, at most 1,000 characters, no contact details, and no
/// number the facts did not hold (a model that adds "twee kinderen" or a date is adding facts). Returns the cleaned
/// summary, or null to use the template alone.
/// </summary>
public static partial class SummaryCheck
{
    private const int MaxLength = 1000;

    public static string? Accept(string summary, string facts)
    {
        var text = Whitespace().Replace(summary, " ").Trim();
        if (text.Length == 0 || text.Length > MaxLength)
        {
            return null;
        }

        var sentences = SentenceEnd().Matches(text).Count + (SentenceEnd().IsMatch(text[^1..]) ? 0 : 1);
        if (sentences is < 1 or > 6)
        {
            return null;
        }

        if (ContactRedactor.Redact(text) != text)
        {
            return null;
        }

        var givenNumbers = Number().Matches(facts).Select(match => match.Value).ToHashSet(StringComparer.Ordinal);
        return Number().Matches(text).All(match => givenNumbers.Contains(match.Value)) ? text : null;
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();

    [GeneratedRegex(@"[.!?](?=\s|$)")]
    private static partial Regex SentenceEnd();

    [GeneratedRegex(@"\d+")]
    private static partial Regex Number();
}
