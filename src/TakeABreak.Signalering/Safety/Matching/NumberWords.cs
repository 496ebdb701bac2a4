using System.Globalization;

namespace TakeABreak.Signalering.Safety.Matching;

/// <summary>
/// What counts as a number where a term has "#": a word of digits of at least <paramref name="smallest"/> ("40", not "2") or
/// a number word of the lexicon ("dertig", "forty"), so that a count says "many".
/// </summary>
internal sealed class NumberWords(IEnumerable<string> words, int smallest)
{
    public static NumberWords None { get; } = new([], int.MaxValue);

    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _words =
        new HashSet<string>(words, StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    public bool IsNumber(ReadOnlySpan<char> word) => IsLargeEnoughDigits(word) || _words.Contains(word);

    private bool IsLargeEnoughDigits(ReadOnlySpan<char> word) =>
        word.Length is > 0 and <= 9
        && !word.ContainsAnyExcept("0123456789")
        && int.Parse(word, CultureInfo.InvariantCulture) >= smallest;
}
