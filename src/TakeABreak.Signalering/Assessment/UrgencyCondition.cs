namespace TakeABreak.Signalering.Assessment;

/// <summary>All given parts must hold; a part left out (empty or null) always holds.</summary>
public sealed record UrgencyCondition(
    IReadOnlyList<string> AllOf,
    IReadOnlyList<string> AnyOf,
    int? MinSignals,
    int? MaxSignals)
{
    public bool HoldsFor(IReadOnlySet<string> chosenIds, int signalCount) =>
        AllOf.All(chosenIds.Contains)
        && (AnyOf.Count == 0 || AnyOf.Any(chosenIds.Contains))
        && (MinSignals is not { } min || signalCount >= min)
        && (MaxSignals is not { } max || signalCount <= max);
}
