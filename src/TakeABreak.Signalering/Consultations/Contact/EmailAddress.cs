using System.Net.Mail;

namespace TakeABreak.Signalering.Consultations.Contact;

/// <summary>An e-mail address with one @, a local part, and a domain with a dot; no spaces.</summary>
public static partial class EmailAddress
{
    /// <summary>The e-mail address written inside a sentence ("mail naar j.jansen@school.nl."), as typed; null when there is none.</summary>
    public static string? Find(string? text)
    {
        var match = AddressLike().Match(text ?? string.Empty);
        return match.Success ? match.Value.TrimEnd('.', '!', '?') : null;
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"[^\s<>(),;:""'@]+@[^\s<>(),;:""'@]+")]
    private static partial System.Text.RegularExpressions.Regex AddressLike();

    public static bool TryNormalize(string? input, out string normalized)
    {
        normalized = string.Empty;
        if (string.IsNullOrWhiteSpace(input))
        {
            return false;
        }

        var trimmed = input.Trim();
        var at = trimmed.IndexOf('@', StringComparison.Ordinal);
        if (trimmed.Length > 254 || at <= 0 || at != trimmed.LastIndexOf('@') || trimmed.Any(char.IsWhiteSpace))
        {
            return false;
        }

        var domain = trimmed[(at + 1)..];
        if (!domain.Contains('.', StringComparison.Ordinal) || domain.StartsWith('.') || domain.EndsWith('.') || domain.Contains("..", StringComparison.Ordinal))
        {
            return false;
        }

        if (!MailAddress.TryCreate(trimmed, out var address) || address.Address != trimmed)
        {
            return false;
        }

        normalized = trimmed[..at] + "@" + domain.ToLowerInvariant();
        return true;
    }
}
