using System.Diagnostics.Metrics;
using TakeABreak.Signalering.Safety;

namespace TakeABreak.Bot.Safety;

/// <summary>Counts what the safety guard detects, by level. Never the text.</summary>
public sealed class SafetyTelemetry : IDisposable
{
    public const string MeterName = "TakeABreak.Safety";

    private readonly Meter _meter;
    private readonly Counter<long> _detections;

    public SafetyTelemetry(IMeterFactory meterFactory)
    {
        _meter = meterFactory.Create(MeterName);
        _detections = _meter.CreateCounter<long>("takeabreak.safety.detections", description: "Messages in which the safety guard found acute danger or urgent red flags.");
    }

    public void Count(SafetyLevel level)
    {
        if (level != SafetyLevel.None)
        {
            _detections.Add(1, new KeyValuePair<string, object?>("level", level == SafetyLevel.Acute ? "acute" : "urgent"));
        }
    }

    public void Dispose() => _meter.Dispose();
}
