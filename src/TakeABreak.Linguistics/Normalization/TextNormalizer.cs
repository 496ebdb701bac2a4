using System.Text;

namespace TakeABreak.Linguistics.Normalization;

/// <summary>
/// Brings user text and content phrases (options, synonyms, the safety lexicon) into one comparable form: lower case, accents removed,
/// apostrophes dropped ("d'r" → "dr", "isn't" → "isnt"), letters repeated three or more times
/// shortened to two ("nuuu" → "nuu"), and sentence punctuation kept as sentence boundaries.
/// </summary>
public static class TextNormalizer
{
    private const char FirstFolded = '\u00C0';
    private const char LastFolded = '\u024F';
    private static readonly char[] AccentFolding = BuildAccentFolding();

    /// <summary>
    /// The text last normalised on this thread and its result: one turn reads the same message in several places. Compared
    /// by reference (strings do not change), so it can never be stale.
    /// </summary>
    [ThreadStatic]
    private static string? _lastTerm;

    [ThreadStatic]
    private static string? _lastNormalizedTerm;

    public static NormalizedText Normalize(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var characters = new char[text.Length];
        var tokens = new List<Token>(Math.Min(64, text.Length / 4 + 1));
        var length = 0;
        var tokenStart = -1;
        var sentence = 0;
        var sentenceHasTokens = false;

        void EndToken()
        {
            if (tokenStart >= 0 && length > tokenStart)
            {
                tokens.Add(new Token(tokenStart, length - tokenStart, sentence));
                sentenceHasTokens = true;
            }

            tokenStart = -1;
        }

        foreach (var original in text)
        {
            if (IsApostrophe(original))
            {
                continue;
            }

            if (IsSentenceEnd(original))
            {
                EndToken();
                if (sentenceHasTokens)
                {
                    sentence++;
                    sentenceHasTokens = false;
                }

                continue;
            }

            if (!char.IsLetterOrDigit(original))
            {
                EndToken();
                continue;
            }

            var folded = Fold(original);
            if (tokenStart < 0)
            {
                tokenStart = length;
            }
            else if (length - tokenStart >= 2 && characters[length - 1] == folded && characters[length - 2] == folded)
            {
                continue;
            }

            characters[length++] = folded;
        }

        EndToken();
        return new NormalizedText(characters, tokens);
    }

    /// <summary>
    /// Normalizes a text, a word or a phrase of content to one comparable string: the words joined by single spaces
    /// (empty for null or blank text).
    /// </summary>
    public static string NormalizeTerm(string? term)
    {
        if (string.IsNullOrWhiteSpace(term))
        {
            return string.Empty;
        }

        if (ReferenceEquals(term, _lastTerm) && _lastNormalizedTerm is { } known)
        {
            return known;
        }

        var normalized = Normalize(term);
        var builder = new StringBuilder(term.Length);
        for (var i = 0; i < normalized.Tokens.Count; i++)
        {
            if (i > 0)
            {
                builder.Append(' ');
            }

            builder.Append(normalized.Word(i));
        }

        var result = builder.ToString();
        (_lastTerm, _lastNormalizedTerm) = (term, result);
        return result;
    }

    private static char Fold(char c)
    {
        var lower = char.ToLowerInvariant(c);
        return lower is >= FirstFolded and <= LastFolded ? AccentFolding[lower - FirstFolded] : lower;
    }

    private static bool IsApostrophe(char c) => c is '\'' or '\u2019' or '\u2018' or '`' or '\u00B4';

    private static bool IsSentenceEnd(char c) => c is '.' or '!' or '?' or ';' or ':' or '\n' or '\r' or '\u2026';

    private static char[] BuildAccentFolding()
    {
        var table = new char[LastFolded - FirstFolded + 1];
        for (var c = FirstFolded; c <= LastFolded; c++)
        {
            var decomposed = c.ToString().Normalize(NormalizationForm.FormD);
            table[c - FirstFolded] = decomposed.Length > 0 && decomposed[0] < 128 ? char.ToLowerInvariant(decomposed[0]) : c;
        }

        return table;
    }

    /// <summary>The words of a text normalized by <see cref="NormalizeTerm"/>.</summary>
    public static string[] Words(string normalized) =>
        normalized.Split(' ', StringSplitOptions.RemoveEmptyEntries);
}
