using TakeABreak.Linguistics.Stemming;

namespace TakeABreak.Signalering.Safety.Matching;

/// <summary>A concept found at tokens Start..End (inclusive), by a term of <paramref name="Language"/> (null: both languages).</summary>
internal readonly record struct ConceptMatch(int Concept, int Start, int End, bool HasGap, TextLanguage? Language = null)
{
    public int Length => End - Start + 1;

    public bool Contains(ConceptMatch other) => Start <= other.Start && End >= other.End && Length > other.Length;

    public int DistanceTo(ConceptMatch other) =>
        other.Start > End ? other.Start - End : Start > other.End ? Start - other.End : 0;
}
