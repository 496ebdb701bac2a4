using System.Text.RegularExpressions;

namespace TakeABreak.Language.Redaction;

/// <summary>
/// Removes contact details from a text before it leaves the bot: e-mail addresses, phone numbers (Dutch and
/// international formats), postcodes with a house number, and the exact texts the person typed in contact fields (a
/// first name, an address). Each is replaced by a placeholder the model is told about, so the sentence still reads.
/// </summary>
public static partial class ContactRedactor
{
    public const string EmailPlaceholder = "[e-mail]";
    public const string PhonePlaceholder = "[telefoon]";
    public const string AddressPlaceholder = "[adres]";
    public const string NamePlaceholder = "[naam]";

    public static string Redact(string text, IEnumerable<string>? contactTexts = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        var redacted = Email().Replace(text, EmailPlaceholder);
        redacted = PostcodeWithNumber().Replace(redacted, AddressPlaceholder);
        redacted = StreetWithNumber().Replace(redacted, AddressPlaceholder);
        redacted = Phone().Replace(redacted, match => DigitCount(match.Value) >= 9 ? PhonePlaceholder : match.Value);
        foreach (var contact in (contactTexts ?? []).Select(t => t.Trim()).Where(t => t.Length >= 2).OrderByDescending(t => t.Length))
        {
            redacted = Regex.Replace(redacted, $@"(?<![\p{{L}}\p{{N}}]){Regex.Escape(contact)}(?![\p{{L}}\p{{N}}])", NamePlaceholder, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
        }

        return redacted;
    }

    private static int DigitCount(string value) => value.Count(char.IsAsciiDigit);

    [GeneratedRegex(@"[\p{L}\p{N}._%+\-]+@[\p{L}\p{N}.\-]+\.[\p{L}]{2,}", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Email();

    /// <summary>06-12345678, 06 1234 5678, +31 6 12345678, 0031 (0)30 123 45 67, 030-1234567, (030) 123 4567.</summary>
    [GeneratedRegex(@"(?<![\p{L}\p{N}])(?:\+|00)?\(?\d[\d\s().\-]{7,}\d(?![\p{L}\p{N}])", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Phone();

    /// <summary>
    /// 1234AB, 1234 AB, 1234 ab 12, 12 1234 AB: a postcode alone when written as one, or with capitals; with a house
    /// number in any case ("in 2020 en" is a year, not a postcode).
    /// </summary>
    [GeneratedRegex(@"(?<![\p{L}\p{N}])(?:[1-9]\d{3}\s?[A-Za-z]{2}[\s,]+(?:nr\.?\s*)?\d{1,5}\s?[A-Za-z]?|\d{1,5}\s?[A-Za-z]?,?\s+[1-9]\d{3}\s?[A-Z]{2}|[1-9]\d{3}(?:[A-Za-z]{2}|\s[A-Z]{2}))(?![\p{L}\p{N}])", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex PostcodeWithNumber();

    /// <summary>A Dutch street name with a house number: Oudegracht 12, Biltstraat 4bis, Vredenburgplein 10-2.</summary>
    [GeneratedRegex(@"(?<![\p{L}\p{N}])\p{Lu}?\p{L}+(?:straat|laan|weg|plein|gracht|kade|singel|dreef|steeg|hof|park|dijk|pad|baan)\s+\d{1,5}(?:\s?[A-Za-z]{1,3}|-\d{1,4})?(?![\p{L}\p{N}])", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, matchTimeoutMilliseconds: 1000)]
    private static partial Regex StreetWithNumber();
}
