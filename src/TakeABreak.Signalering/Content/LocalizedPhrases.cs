namespace TakeABreak.Signalering.Content;

/// <summary>Phrases per language that also mean an item (synonyms), for recognising what people type.</summary>
public sealed record LocalizedPhrases(IReadOnlyList<string> Nl, IReadOnlyList<string> En)
{
    public static LocalizedPhrases None { get; } = new([], []);

    public IReadOnlyList<string> All => [.. Nl, .. En];
}
