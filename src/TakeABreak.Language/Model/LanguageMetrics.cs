using System.Diagnostics.Metrics;

namespace TakeABreak.Language.Model;

/// <summary>
/// Latency, token usage and fallbacks of the language model, by operation ("suggest", "summary"). Tags carry ids and
/// outcomes only, never text.
/// </summary>
public sealed class LanguageMetrics
{
    public const string MeterName = "TakeABreak.Language";

    private readonly Histogram<double> _duration;
    private readonly Counter<long> _tokens;
    private readonly Counter<long> _fallbacks;

    public LanguageMetrics(IMeterFactory meterFactory)
    {
        ArgumentNullException.ThrowIfNull(meterFactory);
        var meter = meterFactory.Create(MeterName);
        _duration = meter.CreateHistogram<double>("takeabreak.language.duration", "ms", "Time one language model call took, until it answered, failed or timed out.");
        _tokens = meter.CreateCounter<long>("takeabreak.language.tokens", "{token}", "Tokens used by the language model, by direction (input, output).");
        _fallbacks = meter.CreateCounter<long>("takeabreak.language.fallbacks", "{call}", "Calls whose answer was not used, by reason; the deterministic answer was used instead.");
    }

    public void Duration(string operation, ModelOutcome outcome, TimeSpan elapsed) =>
        _duration.Record(elapsed.TotalMilliseconds, new("operation", operation), new("outcome", outcome.ToTag()));

    public void Tokens(string operation, long? input, long? output)
    {
        if (input is > 0)
        {
            _tokens.Add(input.Value, new("operation", operation), new("direction", "input"));
        }

        if (output is > 0)
        {
            _tokens.Add(output.Value, new("operation", operation), new("direction", "output"));
        }
    }

    public void Fallback(string operation, ModelOutcome reason) =>
        _fallbacks.Add(1, new("operation", operation), new("reason", reason.ToTag()));
}
