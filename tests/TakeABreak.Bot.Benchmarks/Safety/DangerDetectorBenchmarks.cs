using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using TakeABreak.Bot.Benchmarks.Reporting;
using TakeABreak.Bot.Testing;
using TakeABreak.Signalering.Safety;

namespace TakeABreak.Bot.Benchmarks.Safety;

/// <summary>
/// Time the safety guard's detector adds to every incoming message, at 50, 300, 4,000 and 32,768 characters (32 KB; of a message
/// longer than 20,000 characters only the first and the last 10,000 are read).
/// Budget: at most 50 µs for 300 characters, and linear in the length (4,000 characters at most about 14× the cost of 300).
/// Each length is measured for an ordinary message (a worried neighbour's story with no danger now; since session 30 the guard
/// reads its bruises "she said she fell" as a serious disclosure) and for one with danger at its very end, and the whole guard
/// (rules and both learned readings) for the ordinary message.
/// Run: dotnet run -c Release --project tests/TakeABreak.Bot.Benchmarks -- --filter '*DangerDetector*'
/// </summary>
[MemoryDiagnoser]
[Config(typeof(Config))]
public class DangerDetectorBenchmarks
{
    private const string Story =
        "Ik weet niet goed hoe ik dit moet vertellen. Mijn buurvrouw woont sinds een jaar naast ons en ik hoor vaak " +
        "geschreeuw. Vorige week zag ik blauwe plekken op haar arm en ze zei dat ze gevallen was. Haar man controleert " +
        "haar telefoon en ze mag niet alleen naar buiten. De kinderen zijn stil en durven niet naar huis. I am worried and " +
        "I want to know what I can do, but I do not want her to get into trouble. Wat raad je me aan? ";

    private const string Danger = " help hij slaat haar nu met een fles";

    private DangerDetector _detector = null!;
    private SafetyContent _guard = null!;
    private string _ordinary = string.Empty;
    private string _dangerAtTheEnd = string.Empty;

    [Params(50, 300, 4_000, 32_768)]
    public int Length { get; set; }

    [GlobalSetup]
    public void LoadContent()
    {
        _guard = SafetyContentLoader.Load(DialogsFolder());
        _detector = _guard.Detector;
        _ordinary = Text(Length);
        _dangerAtTheEnd = Text(Length - Danger.Length) + Danger;
        if (_detector.Assess(_ordinary).Level == SafetyLevel.Acute || _detector.Assess(_dangerAtTheEnd).Level != SafetyLevel.Acute)
        {
            throw new InvalidOperationException("The benchmark messages are not judged as the benchmark assumes.");
        }
    }

    [Benchmark(Description = "ordinary message")]
    public SafetyVerdict Ordinary() => _detector.Assess(_ordinary);

    [Benchmark(Description = "danger at the end")]
    public SafetyVerdict DangerAtTheEnd() => _detector.Assess(_dangerAtTheEnd);

    /// <summary>The whole guard on an ordinary message: the rules, then the second reading and the disclosure reading, which share the text's features.</summary>
    [Benchmark(Description = "whole guard, ordinary message")]
    public SafetyVerdict WholeGuard() => _guard.Assess(_ordinary);

    private static string Text(int length)
    {
        var text = string.Concat(Enumerable.Repeat(Story, length / Story.Length + 1))[..Math.Max(length, 0)];
        var space = text.LastIndexOf(' ');
        return space > 0 && length > 20 ? text[..space].PadRight(length, '.') : text;
    }

    private static string DialogsFolder() => RepositoryRoot.Combine("dialogs");

    private sealed class Config : ManualConfig
    {
        public Config()
        {
            AddJob(Job.ShortRun.WithToolchain(InProcessEmitToolchain.Instance));
            AddColumn(StatisticColumn.P50, StatisticColumn.P95, new PercentileColumn(99));
        }
    }
}
