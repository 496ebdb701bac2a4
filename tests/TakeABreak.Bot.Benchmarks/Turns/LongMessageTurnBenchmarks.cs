using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Engines;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using Microsoft.Extensions.DependencyInjection;
using TakeABreak.Bot.Benchmarks.Reporting;
using TakeABreak.Bot.Testing;
using TakeABreak.Bot.Testing.Conversations;
using TakeABreak.BotFramework.Turns;

namespace TakeABreak.Bot.Benchmarks.Turns;

/// <summary>
/// A whole turn (conversation lock, safety guard, state read, the dialog engine understanding the message, state write)
/// for one long message typed at the first question of a fresh conversation, at 50, 300, 4,000 characters and 32 KB.
/// Targets: at most 5 ms for 4,000 characters and 20 ms for 32 KB. SQLite's data folder is on tmpfs (/dev/shm) when
/// the machine has one, so the numbers are the turn's CPU and not the disk's fsync.
/// Run: dotnet run -c Release --project tests/TakeABreak.Bot.Benchmarks -- --filter '*LongMessageTurn*'
/// </summary>
[Config(typeof(Config))]
public class LongMessageTurnBenchmarks
{
    private const string Story =
        "Ik weet niet goed hoe ik dit moet vertellen. Mijn buurvrouw woont sinds een jaar naast ons en ik hoor vaak " +
        "geschreeuw. Vorige week zag ik blauwe plekken op haar arm en ze zei dat ze gevallen was. Haar man controleert " +
        "haar telefoon. De kinderen zijn stil en durven niet naar huis. I am worried and " +
        "I want to know what I can do, but I do not want her to get into trouble. Wat raad je me aan? ";

    private TestBotHost _host = null!;
    private BotAdapter _adapter = null!;
    private TestConversation _conversation = null!;
    private string _message = string.Empty;

    [Params(50, 300, 4_000, 32 * 1024)]
    public int Length { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _host = new TestBotHost();
        if (Directory.Exists("/dev/shm"))
        {
            _host.WithSetting("Storage:Sqlite:DataFolder", Path.Combine("/dev/shm", "takeabreak-bench-" + Guid.NewGuid().ToString("N")));
        }

        _adapter = _host.Services.GetRequiredService<BotAdapter>();
        _message = Text(Length);
    }

    /// <summary>Each measured turn is the first message of a new conversation, so every turn does the same work.</summary>
    [IterationSetup]
    public void OpenConversation()
    {
        _conversation = new TestConversation("long-" + Guid.NewGuid().ToString("N"), "user1", "nl-NL");
        _adapter.ProcessActivityAsync(_conversation.Complete(_conversation.ConversationUpdate()), new CollectedReplies(), CancellationToken.None)
            .GetAwaiter().GetResult();
    }

    [Benchmark(Description = "long message turn")]
    public Task<TurnResult> Long_message_at_the_first_question() =>
        _adapter.ProcessActivityAsync(_conversation.Complete(_conversation.Message(_message)), new CollectedReplies(), CancellationToken.None);

    [GlobalCleanup]
    public void Cleanup() => _host.Dispose();

    public static string Text(int length)
    {
        var text = string.Concat(Enumerable.Repeat(Story, length / Story.Length + 1))[..length];
        var space = text.LastIndexOf(' ');
        return space > 0 && length > 20 ? text[..space].PadRight(length, '.') : text;
    }

    private sealed class Config : ManualConfig
    {
        public Config()
        {
            AddJob(Job.Default.WithStrategy(RunStrategy.Monitoring).WithInvocationCount(1).WithUnrollFactor(1)
                .WithIterationCount(60).WithWarmupCount(10).WithToolchain(InProcessEmitToolchain.Instance));
            AddColumn(StatisticColumn.P50, StatisticColumn.P95, new PercentileColumn(99));
        }
    }
}
