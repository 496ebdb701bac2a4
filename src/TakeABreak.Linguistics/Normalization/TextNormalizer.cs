using System.Text;

namespace TakeABreak.Linguistics.Normalization;

/// <summary>
/// Brings user text and content phrases (options, synonyms, the safety lexicon) into one comparable form: lower case, accents removed,
/// apostrophes dropped ("d'r" → "dr", "isn't" → "isnt"), letters repeated three or more times
/// shortened to two ("nuuu" → "nuu"), and sentence punctuation kept as sentence boundaries. Emoji are dropped, unless the
/// reader asks to keep pictographs: then each is a word of its own ("maak ik haar af 😂"), a run of the same one counted once.
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

    public static NormalizedText Normalize(string text) => Normalize(text, keepPictographs: false);

    public static NormalizedText Normalize(string text, bool keepPictographs)
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

        for (var index = 0; index < text.Length; index++)
        {
            var original = text[index];
            if (keepPictographs && PictographLength(text, index) is > 0 and var width)
            {
                EndToken();
                AddPictograph(text.AsSpan(index, width));
                index += width - 1;
                continue;
            }

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

        void AddPictograph(ReadOnlySpan<char> pictograph)
        {
            if (tokens.Count > 0 && tokens[^1] is var last && last.Start + last.Length == length && last.Sentence == sentence
                && characters.AsSpan(last.Start, last.Length).SequenceEqual(pictograph))
            {
                return;
            }

            pictograph.CopyTo(characters.AsSpan(length));
            tokens.Add(new Token(length, pictograph.Length, sentence));
            length += pictograph.Length;
            sentenceHasTokens = true;
        }
    }

    /// <summary>
    /// The number of characters of the pictograph (an emoji of faces, hands, objects or symbols) at this index, or 0; skin tones
    /// are no pictograph of their own.
    /// </summary>
    private static int PictographLength(string text, int index)
    {
        if (char.IsHighSurrogate(text[index]) && index + 1 < text.Length && char.IsLowSurrogate(text[index + 1]))
        {
            var codePoint = char.ConvertToUtf32(text[index], text[index + 1]);
            return codePoint is >= 0x1F300 and <= 0x1FAFF and not (>= 0x1F3FB and <= 0x1F3FF) ? 2 : 0;
        }

        return text[index] is >= '\u2600' and <= '\u27BF' ? 1 : 0;
    }

    /// <summary>
    /// Normalizes a text, a word or a phrase of content to one comparable string: the words joined by single spaces
    /// (empty for null or blank text).
    /// </summary>
    public static string NormalizeTerm(string? term) => NormalizeTerm(term, keepPictographs: false);

    public static string NormalizeTerm(string? term, bool keepPictographs)
    {
        if (string.IsNullOrWhiteSpace(term))
        {
            return string.Empty;
        }

        if (!keepPictographs && ReferenceEquals(term, _lastTerm) && _lastNormalizedTerm is { } known)
        {
            return known;
        }

        var normalized = Normalize(term, keepPictographs);
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
        if (!keepPictographs)
        {
            (_lastTerm, _lastNormalizedTerm) = (term, result);
        }

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
