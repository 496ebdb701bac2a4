namespace TakeABreak.Linguistics.Normalization;

/// <summary>A token of normalized text: a slice of <see cref="NormalizedText.Characters"/> and the sentence it is in.</summary>
public readonly record struct Token(int Start, int Length, int Sentence);

/// <summary>Text in matching form: lower case, no accents, no apostrophes, split into words and sentences.</summary>
public sealed class NormalizedText
{
    public NormalizedText(char[] characters, IReadOnlyList<Token> tokens)
    {
        Characters = characters;
        Tokens = tokens;
    }

    public char[] Characters { get; }

    public IReadOnlyList<Token> Tokens { get; }

    public ReadOnlySpan<char> Word(int index)
    {
        var token = Tokens[index];
        return Characters.AsSpan(token.Start, token.Length);
    }
}
