using System.Security.Cryptography;

namespace TakeABreak.Signalering.Consultations;

/// <summary>
/// Short references people can read out on the phone, like <c>TAB-7KQ2</c>: four characters from an alphabet without
/// look-alikes (no 0/O, 1/I/L, 5/S, Z, 8/B, U/V).
/// </summary>
public static class ConsultationReference
{
    public const string Prefix = "TAB-";
    public const string Alphabet = "234679ACDEFGHJKMNPQRTWXY";
    public const int Length = 4;

    public static string New()
    {
        Span<char> code = stackalloc char[Length];
        for (var i = 0; i < Length; i++)
        {
            code[i] = Alphabet[RandomNumberGenerator.GetInt32(Alphabet.Length)];
        }

        return Prefix + new string(code);
    }

    public static bool IsValid(string? reference) =>
        reference is { Length: 8 }
        && reference.StartsWith(Prefix, StringComparison.Ordinal)
        && reference[Prefix.Length..].All(Alphabet.Contains);

    /// <summary>Reads a reference as staff or a caller may type it: any case, with or without "TAB-".</summary>
    public static string? Normalize(string? typed)
    {
        if (string.IsNullOrWhiteSpace(typed))
        {
            return null;
        }

        var upper = typed.Trim().ToUpperInvariant().Replace(" ", string.Empty, StringComparison.Ordinal);
        var candidate = upper.StartsWith(Prefix, StringComparison.Ordinal) ? upper : Prefix + upper.TrimStart('-');
        return IsValid(candidate) ? candidate : null;
    }
}
