using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace TakeABreak.BotFramework.Turns;

/// <summary>Traces and metrics per turn. Tags carry ids and kinds, never message text.</summary>
public sealed class TurnTelemetry : IDisposable
{
    public const string SourceName = "TakeABreak.BotFramework";

    private readonly Meter _meter;
    private readonly Histogram<double> _duration;
    private readonly Counter<long> _turns;
    private readonly Counter<long> _reruns;

    public TurnTelemetry(IMeterFactory meterFactory)
    {
        _meter = meterFactory.Create(SourceName);
        _duration = _meter.CreateHistogram<double>("takeabreak.turn.duration", unit: "ms", description: "Duration of a bot turn.");
        _turns = _meter.CreateCounter<long>("takeabreak.turns", description: "Bot turns by channel, activity type and outcome.");
        _reruns = _meter.CreateCounter<long>(
            "takeabreak.turn.reruns", description: "Turns run again from a fresh read because another host's turn of the conversation saved first.");
    }

    public static ActivitySource ActivitySource { get; } = new(SourceName);

    public void Record(string? channelId, string? activityType, string outcome, TimeSpan duration)
    {
        var tags = new TagList
        {
            { "channel", channelId ?? "unknown" },
            { "activity_type", activityType ?? "unknown" },
            { "outcome", outcome },
        };
        _duration.Record(duration.TotalMilliseconds, tags);
        _turns.Add(1, tags);
    }

    public void RecordRerun(string? channelId) => _reruns.Add(1, new TagList { { "channel", channelId ?? "unknown" } });

    public void Dispose() => _meter.Dispose();
}
