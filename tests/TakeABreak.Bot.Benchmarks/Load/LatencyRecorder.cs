namespace TakeABreak.Bot.Benchmarks.Load;

/// <summary>Collects turn latencies from many concurrent loops and summarises them.</summary>
public sealed class LatencyRecorder
{
    private readonly Lock _gate = new();
    private readonly List<double> _milliseconds = [];
    private int _failures;

    public void Record(TimeSpan latency)
    {
        lock (_gate)
        {
            _milliseconds.Add(latency.TotalMilliseconds);
        }
    }

    public void Fail() => Interlocked.Increment(ref _failures);

    public LoadResult Summarise(string name, TimeSpan elapsed)
    {
        double[] sorted;
        lock (_gate)
        {
            sorted = [.. _milliseconds.Order()];
        }

        return new LoadResult(
            name,
            sorted.Length,
            _failures,
            sorted.Length / elapsed.TotalSeconds,
            Percentile(sorted, 0.50),
            Percentile(sorted, 0.95),
            Percentile(sorted, 0.99));
    }

    private static double Percentile(double[] sorted, double fraction) =>
        sorted.Length == 0 ? double.NaN : sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(fraction * sorted.Length) - 1)];
}

/// <summary>
/// One measured target: operations completed, failures, throughput and latency percentiles (ms), and the CPU time the
/// server process spent per operation (ms; NaN when the server is not a process of ours). On a shared machine the CPU
/// time per operation is the measure that other load disturbs least.
/// </summary>
public sealed record LoadResult(string Name, int Operations, int Failures, double PerSecond, double P50, double P95, double P99, double CpuMsPerOperation = double.NaN);
