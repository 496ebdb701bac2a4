using TakeABreak.Linguistics.Stemming;

namespace TakeABreak.Signalering.Safety.Matching;

/// <summary>A compiled term: pattern ids in order, <see cref="Gap"/> for "...". Language null: a term of both languages.</summary>
internal sealed record PhrasePattern(int Concept, int[] Elements, TextLanguage? Language)
{
    public const int Gap = -1;

    public bool HasGap { get; } = Elements.Contains(Gap);
}
