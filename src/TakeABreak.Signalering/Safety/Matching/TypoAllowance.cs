namespace TakeABreak.Signalering.Safety.Matching;

/// <summary>Words of at least <paramref name="MinLength"/> letters may differ by up to <paramref name="MaxEdits"/> typos.</summary>
internal sealed record TypoAllowance(int MinLength, int MaxEdits);
