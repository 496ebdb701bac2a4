using System.Collections.Concurrent;
using TakeABreak.Linguistics.Normalization;

namespace TakeABreak.Signalering.Safety.Matching;

/// <summary>
/// Words run together in chat ("hijslaatme", "eenmes", "hesgot"): a word of <see cref="MinLength"/> to <see cref="MaxLength"/>
/// letters that the lexicon does not know, not even with a typo, is read as two or three words the lexicon knows (each of at
/// least <see cref="MinPartLength"/> letters; the second of two may also be a signal word by its stem: "hijwurgt", but not the
/// third of three, or "weggerend" reads as "we gg erend" with "erend" by the stem of "eer"), when it starts with an
/// opener ("hij", "een", "he") or ends with a closer ("me", "nu"): a compound ("waterpistolen") or a prefix ("verslaan") is no
/// run-together chat. Only a prefix the lexicon knows is followed further, so a word costs about one lookup per letter, once:
/// the split of a word is remembered.
/// </summary>
internal sealed class RunTogetherWords(TermVocabulary vocabulary, HashSet<string> openers, HashSet<string> closers)
{
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _openers = openers.GetAlternateLookup<ReadOnlySpan<char>>();
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _closers = closers.GetAlternateLookup<ReadOnlySpan<char>>();

    public const int MinLength = 5;
    public const int MaxLength = 20;
    public const int MinPartLength = 2;
    public const int MaxParts = 3;

    private readonly ConcurrentDictionary<string, int[]> _cuts = new(StringComparer.Ordinal);

    /// <summary>The text with each run-together word split into its parts; the same text when there is none.</summary>
    public NormalizedText Split(NormalizedText text)
    {
        List<Token>? tokens = null;
        for (var i = 0; i < text.Tokens.Count; i++)
        {
            var token = text.Tokens[i];
            var cuts = token.Length is < MinLength or > MaxLength ? [] : CutsOf(text.Word(i));
            if (cuts.Length == 0)
            {
                tokens?.Add(token);
                continue;
            }

            tokens ??= [.. text.Tokens.Take(i)];
            var from = 0;
            foreach (var cut in cuts.Append(token.Length))
            {
                tokens.Add(new Token(token.Start + from, cut - from, token.Sentence));
                from = cut;
            }
        }

        return tokens is null ? text : new NormalizedText(text.Characters, tokens);
    }

    private int[] CutsOf(ReadOnlySpan<char> word)
    {
        var lookup = _cuts.GetAlternateLookup<ReadOnlySpan<char>>();
        if (lookup.TryGetValue(word, out var remembered))
        {
            return remembered;
        }

        var cuts = IsSplittable(word) && TrySplit(word, 0, 1, out var found) && JoinedInChat(word, found) ? found : [];
        if (_cuts.Count < TermVocabulary.MaxCachedWords)
        {
            lookup.TryAdd(word, cuts);
        }

        return cuts;
    }

    private bool JoinedInChat(ReadOnlySpan<char> word, int[] cuts) =>
        _openers.Contains(word[..cuts[0]]) || _closers.Contains(word[cuts[^1]..]);

    private bool IsSplittable(ReadOnlySpan<char> word)
    {
        foreach (var letter in word)
        {
            if (!char.IsAsciiLetterLower(letter))
            {
                return false;
            }
        }

        return !vocabulary.Knows(word) && !vocabulary.IsOrdinary(word);
    }

    /// <summary>Splits word[from..] into at most <see cref="MaxParts"/> - part + 1 known words; the cuts are positions in word.</summary>
    private bool TrySplit(ReadOnlySpan<char> word, int from, int part, out int[] cuts)
    {
        cuts = [];
        for (var cut = from + MinPartLength; cut <= word.Length - MinPartLength; cut++)
        {
            if (!vocabulary.KnowsAsWritten(word[from..cut]))
            {
                continue;
            }

            var rest = word[cut..];
            if (vocabulary.KnowsAsWritten(rest) || (part == 1 && rest.Length >= TermVocabulary.MinimumStemmedLength + 1 && vocabulary.KnowsBySignalStem(rest)))
            {
                cuts = [cut];
                return true;
            }

            if (part + 1 < MaxParts && TrySplit(word, cut, part + 1, out var further))
            {
                cuts = [cut, .. further];
                return true;
            }
        }

        return false;
    }
}
