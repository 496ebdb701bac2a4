namespace TakeABreak.Signalering.Safety.Matching;

/// <summary>A compiled term: pattern ids in order, <see cref="Gap"/> for "...".</summary>
internal sealed record PhrasePattern(int Concept, int[] Elements)
{
    public const int Gap = -1;

    public bool HasGap => Elements.Contains(Gap);
}
