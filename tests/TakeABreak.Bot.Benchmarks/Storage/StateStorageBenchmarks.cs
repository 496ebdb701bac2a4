using System.Text.Json;
using BenchmarkDotNet.Attributes;
using TakeABreak.Bot.Benchmarks.Reporting;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using TakeABreak.Bot.Testing.Azurite;
using TakeABreak.Storage;
using TakeABreak.Storage.Protection;

namespace TakeABreak.Bot.Benchmarks.Storage;

/// <summary>
/// Latency of the storage part of a turn: read + write of ~2 KB conversation state (protected JSON), for SQLite and
/// for Blob on Azurite (a turn takes no lock in storage: the write is conditional on the ETag read).
/// Run: dotnet run -c Release --project tests/TakeABreak.Bot.Benchmarks -- --filter '*StateStorage*'
/// </summary>
[Config(typeof(Config))]
public class StateStorageBenchmarks
{
    private const string ConversationKey = "19:benchmark@thread.tacv2;messageid=1";
    private readonly string _dataFolder = Path.Combine(Path.GetTempPath(), "takeabreak-bench-" + Guid.NewGuid().ToString("N"));
    private AzuriteFixture? _azurite;
    private ServiceProvider _services = null!;
    private IStore _store = null!;
    private IPayloadProtector _protector = null!;

    [Params(StorageProvider.Sqlite, StorageProvider.Blob)]
    public StorageProvider Provider { get; set; }

    [GlobalSetup]
    public async Task SetUpAsync()
    {
        var settings = new Dictionary<string, string?>
        {
            ["Storage:Provider"] = Provider.ToString(),
            ["Storage:Sqlite:DataFolder"] = _dataFolder,
            ["Storage:ProtectionKey"] = Convert.ToBase64String(new byte[32]),
        };
        if (Provider == StorageProvider.Blob)
        {
            _azurite = new AzuriteFixture();
            settings["Storage:Blob:ConnectionString"] = _azurite.ConnectionString;
        }

        var services = new ServiceCollection().AddLogging();
        services.AddTakeABreakStorage(new ConfigurationBuilder().AddInMemoryCollection(settings).Build());
        _services = services.BuildServiceProvider();
        _store = _services.GetRequiredService<IStore>();
        _protector = _services.GetRequiredService<IPayloadProtector>();

        var sample = StateSample.Typical();
        var etag = await _store.CreateAsync(StorageKinds.ConversationState, ConversationKey, Protect(sample));
        var stored = await _store.ReadAsync(StorageKinds.ConversationState, ConversationKey);
        Console.WriteLine(
            $"// {Provider}: state JSON {JsonSerializer.SerializeToUtf8Bytes(sample, JsonSerializerOptions.Web).Length} B, stored (protected) {stored!.Data.Length} B, etag {etag}");
    }

    [GlobalCleanup]
    public async Task CleanUpAsync()
    {
        await _services.DisposeAsync();
        _azurite?.Dispose();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        if (Directory.Exists(_dataFolder))
        {
            Directory.Delete(_dataFolder, recursive: true);
        }
    }

    [Benchmark(Description = "state read + write")]
    public async Task ReadAndWriteAsync()
    {
        var item = await _store.ReadAsync(StorageKinds.ConversationState, ConversationKey);
        var sample = JsonSerializer.Deserialize<StateSample>(_protector.Unprotect(item!.Data.ToArray()), JsonSerializerOptions.Web)!;
        await _store.WriteAsync(StorageKinds.ConversationState, ConversationKey, Protect(sample with { Turn = sample.Turn + 1 }), item.ETag);
    }

    private byte[] Protect(StateSample sample) => _protector.Protect(JsonSerializer.SerializeToUtf8Bytes(sample, JsonSerializerOptions.Web));

    private sealed class Config : ManualConfig
    {
        public Config()
        {
            // In-process: no generated project to build, which on a busy 2-core machine takes longer than the run itself.
            AddJob(Job.ShortRun.WithIterationCount(5).WithWarmupCount(2).WithToolchain(InProcessEmitToolchain.Instance));
            AddColumn(StatisticColumn.P50, StatisticColumn.P95, new PercentileColumn(99));
        }
    }
}
