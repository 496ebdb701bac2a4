namespace TakeABreak.Signalering.Understanding;

/// <summary>
/// Reads a free-text description for the signals, context factors and concern level it suggests. The deterministic
/// recognizer is the default; a language model may sit behind the same interface and only add or raise, never remove or
/// lower. Suggestions are for the person to confirm: they never decide anything on their own.
/// </summary>
public interface ISignalSuggester
{
    Task<SignalSuggestions> SuggestAsync(SuggestionRequest request, CancellationToken cancellationToken);
}
