using BenchmarkDotNet.Attributes;
using TakeABreak.Bot.Benchmarks.Reporting;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Engines;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using Perfolizer.Mathematics.OutlierDetection;

namespace TakeABreak.Bot.Benchmarks.Protocol;

/// <summary>
/// Latency of one echo turn through POST /api/messages with <c>deliveryMode: expectReplies</c>, while
/// <see cref="Conversations"/> − 1 other conversations keep sending turns as fast as they are answered.
/// Every iteration is one turn, and no outliers are removed, so P50/P99 are per-turn percentiles. The server runs
/// inside the benchmark process anyway, so the benchmark runs in-process too.
/// Run: dotnet run -c Release --project tests/TakeABreak.Bot.Benchmarks -- --filter *EchoTurn*
/// </summary>
[Config(typeof(PerTurnLatencyConfig))]
public class EchoTurnBenchmarks
{
    private EchoHost _host = null!;
    private CancellationTokenSource _stopLoad = null!;
    private Task[] _load = [];

    [Params(1, 32)]
    public int Conversations { get; set; }

    [GlobalSetup]
    public void Start()
    {
        _host = EchoHost.StartAsync().GetAwaiter().GetResult();
        _host.TurnAsync(0).GetAwaiter().GetResult();
        _stopLoad = new CancellationTokenSource();
        _load = [.. Enumerable.Range(1, Conversations - 1).Select(conversation => Task.Run(() => KeepTalkingAsync(conversation, _stopLoad.Token)))];
    }

    [Benchmark]
    public Task EchoTurn() => _host.TurnAsync(0);

    [GlobalCleanup]
    public void Stop()
    {
        _stopLoad.Cancel();
        Task.WhenAll(_load).GetAwaiter().GetResult();
        _host.DisposeAsync().AsTask().GetAwaiter().GetResult();
        _stopLoad.Dispose();
    }

    private async Task KeepTalkingAsync(int conversation, CancellationToken stop)
    {
        try
        {
            while (!stop.IsCancellationRequested)
            {
                await _host.TurnAsync(conversation, stop);
            }
        }
        catch (OperationCanceledException) when (stop.IsCancellationRequested)
        {
            // the benchmark is over
        }
    }

    private sealed class PerTurnLatencyConfig : ManualConfig
    {
        public PerTurnLatencyConfig()
        {
            AddJob(Job.Default
                .WithStrategy(RunStrategy.Monitoring)
                .WithLaunchCount(1)
                .WithWarmupCount(100)
                .WithIterationCount(1000)
                .WithGcForce(false)
                .WithInvocationCount(1)
                .WithUnrollFactor(1)
                .WithOutlierMode(OutlierMode.DontRemove)
                .WithToolchain(InProcessEmitToolchain.Instance));
            AddColumn(StatisticColumn.P50, new PercentileColumn(99), StatisticColumn.Max);
        }
    }
}
