using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using Microsoft.Extensions.DependencyInjection;
using TakeABreak.Bot.Testing;
using TakeABreak.Dialogs.Content;
using TakeABreak.Dialogs.Runtime;

namespace TakeABreak.Bot.Benchmarks.Recognition;

/// <summary>
/// The cost of finding which request, question or small talk a message asks for, with the real content (every
/// interruption's phrases in both languages): a short request, and a long story that asks for nothing (the worst case).
/// Run: dotnet run -c Release --project tests/TakeABreak.Bot.Benchmarks -- --filter '*InterruptionBenchmarks*'
/// </summary>
[Config(typeof(Config))]
public class InterruptionBenchmarks
{
    private TestBotHost _host = null!;
    private InterruptionLookup _lookup = null!;

    [GlobalSetup]
    public void Setup()
    {
        _host = new TestBotHost();
        _lookup = new InterruptionLookup(_host.Services.GetRequiredService<DialogContent>());
    }

    [Benchmark]
    public InterruptionDefinition? Request_in_a_sentence() => _lookup.Find("ik wil graag met iemand van moviera praten", withinText: true);

    [Benchmark]
    public InterruptionDefinition? Story_that_asks_for_nothing() =>
        _lookup.Find("ik maak me zorgen om mijn buurvrouw, ik hoor haar man vaak schreeuwen en soms gebonk en de kinderen huilen dan", withinText: true);

    [GlobalCleanup]
    public void Cleanup() => _host.Dispose();

    private sealed class Config : ManualConfig
    {
        public Config()
        {
            AddJob(Job.ShortRun.WithToolchain(InProcessEmitToolchain.Instance));
            AddColumn(StatisticColumn.P50, StatisticColumn.P95);
        }
    }
}
