namespace TakeABreak.Signalering.Consultations.Contact;

/// <summary>
/// Dutch phone numbers as people type them: 0612345678, 06-12345678, 030 123 45 67, +31 6 12345678, 0031 6 12345678.
/// Normalised to the international form +31XXXXXXXXX (nine digits after the country code).
/// </summary>
public static partial class PhoneNumber
{
    private const int MinDigitsToFind = 9;

    /// <summary>
    /// The phone number written inside a sentence ("ja, bel me op 06 1234 5678 na 6 uur"), as typed: a run of digits with
    /// spaces, dashes, dots or brackets that starts with 0 or + and holds at least nine digits (a wrong number too, so it
    /// can be checked and asked again; 0800-2000 or a time is no number of someone). Null when there is none.
    /// </summary>
    public static string? Find(string? text)
    {
        foreach (System.Text.RegularExpressions.Match match in NumberLike().Matches(text ?? string.Empty))
        {
            var found = match.Value.Trim();
            if (found[0] is '0' or '+' && found.Count(char.IsAsciiDigit) >= MinDigitsToFind)
            {
                return found;
            }
        }

        return null;
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"(?<![\w+])\+?\d[\d \-.()]*\d(?!\w)")]
    private static partial System.Text.RegularExpressions.Regex NumberLike();

    public static bool TryNormalize(string? input, out string normalized)
    {
        normalized = string.Empty;
        if (string.IsNullOrWhiteSpace(input))
        {
            return false;
        }

        var trimmed = input.Trim();
        var digits = new System.Text.StringBuilder();
        for (var i = 0; i < trimmed.Length; i++)
        {
            var c = trimmed[i];
            if (char.IsAsciiDigit(c))
            {
                digits.Append(c);
            }
            else if (c == '+' && i == 0)
            {
                digits.Append("00");
            }
            else if (c is not (' ' or '-' or '.' or '(' or ')'))
            {
                return false;
            }
        }

        var all = digits.ToString();
        string national;
        if (all.StartsWith("0031", StringComparison.Ordinal))
        {
            national = all[4..];
            if (national.StartsWith('0'))
            {
                national = national[1..];
            }
        }
        else if (all.StartsWith("00", StringComparison.Ordinal))
        {
            return false;
        }
        else if (all.StartsWith('0'))
        {
            national = all[1..];
        }
        else
        {
            return false;
        }

        if (national.Length != 9 || national[0] == '0')
        {
            return false;
        }

        normalized = "+31" + national;
        return true;
    }
}
