using TakeABreak.Signalering.Safety;

namespace TakeABreak.Signalering.Understanding;

/// <summary>Where a suggestion came from; the ids and level are safe to log, the text never is.</summary>
public enum SuggestionSource
{
    Recognizer,
    LanguageModel,
}

/// <summary>
/// Catalogue ids suggested by a description (signals and context factors, in the order found) and the concern level it
/// reads as. Holds no text, so it is safe to log.
/// </summary>
public sealed record SignalSuggestions(IReadOnlyList<string> SignalIds, IReadOnlyList<string> ContextFactorIds, SafetyLevel Level, SuggestionSource Source)
{
    public static readonly SignalSuggestions None = new([], [], SafetyLevel.None, SuggestionSource.Recognizer);

    /// <summary>Adds what the other suggests: ids are only ever added, the level only ever goes up.</summary>
    public SignalSuggestions RaisedBy(SignalSuggestions other)
    {
        ArgumentNullException.ThrowIfNull(other);
        return new SignalSuggestions(
            [.. SignalIds.Union(other.SignalIds, StringComparer.Ordinal)],
            [.. ContextFactorIds.Union(other.ContextFactorIds, StringComparer.Ordinal)],
            other.Level > Level ? other.Level : Level,
            other.Source == SuggestionSource.LanguageModel ? other.Source : Source);
    }

    /// <summary>The signal ids the other suggests that this one does not: what a model adds for the person to confirm.</summary>
    public IReadOnlyList<string> SignalsOnlyIn(SignalSuggestions other) =>
        [.. other.SignalIds.Where(id => !SignalIds.Contains(id, StringComparer.Ordinal))];
}
