namespace TakeABreak.Signalering.Safety.Matching;

/// <summary>
/// Slips of typing in chat that the bounded edit distance does not allow: two neighbouring letters swapped in a word of at
/// least <paramref name="TranspositionMinLength"/> letters that is a whole term of a signal on its own (<paramref name="Swappable"/>:
/// "knfie", "mse"), and a final letter dropped from a term word of a language whose chat drops it (<paramref name="DroppedLetterWords"/>:
/// "kapot make", "in te trappe").
/// </summary>
internal sealed record ChatSlips(int TranspositionMinLength, IReadOnlySet<string> Swappable, IReadOnlySet<string> DroppedLetterWords)
{
    /// <summary>A shorter word with a letter added says too little ("te" is not "ten").</summary>
    public const int MinimumDroppedLength = 4;

    public static ChatSlips None { get; } = new(int.MaxValue, new HashSet<string>(), new HashSet<string>());
}
