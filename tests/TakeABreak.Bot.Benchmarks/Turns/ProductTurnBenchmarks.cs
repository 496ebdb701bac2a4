using BenchmarkDotNet.Attributes;
using TakeABreak.Bot.Benchmarks.Reporting;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Engines;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using Microsoft.Extensions.DependencyInjection;
using TakeABreak.Bot.Testing;
using TakeABreak.Bot.Testing.Azurite;
using TakeABreak.Bot.Testing.Conversations;
using TakeABreak.BotFramework.Turns;
using TakeABreak.Storage;

namespace TakeABreak.Bot.Benchmarks.Turns;

/// <summary>
/// A full product turn through the real host's <see cref="BotAdapter"/>: conversation lock, safety guard, dialog state
/// read, the dialog engine answering, state write — for SQLite and for Blob on Azurite. One operation is one turn.
/// Run: dotnet run -c Release --project tests/TakeABreak.Bot.Benchmarks -- --filter '*ProductTurn*'
/// </summary>
[Config(typeof(Config))]
public class ProductTurnBenchmarks
{
    private AzuriteFixture? _azurite;
    private TestBotHost _host = null!;
    private BotAdapter _adapter = null!;
    private TestConversation _conversation = null!;

    [Params(StorageProvider.Sqlite, StorageProvider.Blob)]
    public StorageProvider Provider { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _host = new TestBotHost();
        if (Provider == StorageProvider.Blob)
        {
            _azurite = new AzuriteFixture();
            _host.WithSetting("Storage:Provider", "Blob").WithSetting("Storage:Blob:ConnectionString", _azurite.ConnectionString);
        }

        _adapter = _host.Services.GetRequiredService<BotAdapter>();
        _conversation = new TestConversation("benchmark-" + Guid.NewGuid().ToString("N"), "user1", "nl-NL");
        _adapter.ProcessActivityAsync(_conversation.Complete(_conversation.ConversationUpdate()), new CollectedReplies(), CancellationToken.None)
            .GetAwaiter().GetResult();
    }

    /// <summary>The user asks for help at the first question: the bot explains and asks the question again.</summary>
    [Benchmark]
    public Task<TurnResult> Help_at_a_question() =>
        _adapter.ProcessActivityAsync(_conversation.Complete(_conversation.Message("help")), new CollectedReplies(), CancellationToken.None);

    [GlobalCleanup]
    public void Cleanup()
    {
        _host.Dispose();
        _azurite?.Dispose();
    }

    private sealed class Config : ManualConfig
    {
        public Config()
        {
            AddJob(Job.ShortRun.WithStrategy(RunStrategy.Monitoring).WithIterationCount(200).WithWarmupCount(10)
                .WithToolchain(InProcessEmitToolchain.Instance));
            AddColumn(StatisticColumn.P50, StatisticColumn.P95, new PercentileColumn(99));
        }
    }
}
