using System.Globalization;
using TakeABreak.Bot.Testing.Azurite;
using TakeABreak.Bot.Testing.Processes;

namespace TakeABreak.Bot.Benchmarks.Load;

/// <summary>
/// <c>dotnet run -c Release --project tests/TakeABreak.Bot.Benchmarks -- load [--conversations 64] [--seconds 20]
/// [--runs 3] [--warmup 15] [--stores sqlite,blob]</c>: the real host in its own process, driven over HTTP by concurrent
/// conversations, beside the floor endpoint and (for Blob) the storage floor measured in the same run. Prints each
/// run, then the median of the runs with the ratios the performance targets are stated in, and the storage calls a
/// turn costs per store. With <c>--target URL</c> it only drives a host that already runs (to profile it).
/// </summary>
public static class LoadCommand
{
    public const string Verb = "load";

    public static async Task<int> RunAsync(string[] args)
    {
        var options = LoadOptions.Parse(args);
        var runs = new List<IReadOnlyList<LoadResult>>();
        AzuriteFixture? azurite = options.Stores.Contains("blob") && options.Target is null ? new AzuriteFixture() : null;
        try
        {
            if (options.Target is { } target)
            {
                Console.WriteLine($"== {target}: {options.Conversations} conversations, {options.Duration.TotalSeconds:0} s");
                LoadReport.PrintTable([await new BotTurnLoad(target, ConversationScript.Neighbour).RunAsync("bot at " + target, options.Conversations, options.Duration, CancellationToken.None)]);
                return 0;
            }

            for (var run = 1; run <= options.Runs; run++)
            {
                Console.WriteLine($"== run {run} of {options.Runs}: {options.Conversations} conversations, {options.Duration.TotalSeconds:0} s per target");
                var results = await RunOnceAsync(options, azurite);
                LoadReport.PrintTable(results);
                runs.Add(results);
            }

            Console.WriteLine("== storage calls per turn of the script");
            if (options.Stores.Contains("sqlite"))
            {
                await StorageCallsPerTurn.PrintAsync("SQLite", null);
            }

            if (azurite is not null)
            {
                await StorageCallsPerTurn.PrintAsync("Blob (HTTP requests)", azurite.ConnectionString);
            }
        }
        finally
        {
            azurite?.Dispose();
        }

        Console.WriteLine($"== median of {runs.Count} runs");
        var medians = LoadReport.Medians(runs);
        LoadReport.PrintTable(medians);
        LoadReport.PrintRatios(medians);
        return medians.Any(result => result.Failures > 0) ? 1 : 0;
    }

    private static async Task<IReadOnlyList<LoadResult>> RunOnceAsync(LoadOptions options, AzuriteFixture? azurite)
    {
        var results = new List<LoadResult>();
        var script = ConversationScript.Neighbour;
        var benchmarks = typeof(LoadCommand).Assembly.Location;

        await using (var floor = await ChildProcessHost.StartAsync(benchmarks, [FloorServer.Verb], new Dictionary<string, string>(), "/healthz"))
        {
            results.Add(await MeasureAsync(floor, "floor (bare ASP.NET Core endpoint)", script, options));
        }

        if (options.Stores.Contains("sqlite"))
        {
            var dataFolder = Path.Combine(Path.GetTempPath(), "takeabreak-load", Guid.NewGuid().ToString("N"));
            try
            {
                await using var host = await ProductHost.StartAsync(new Dictionary<string, string> { ["Storage__Sqlite__DataFolder"] = dataFolder });
                Console.WriteLine($"   bot (SQLite) ready in {host.StartupTime.TotalMilliseconds:0} ms");
                results.Add(await MeasureAsync(host, "bot, SQLite", script, options));
            }
            finally
            {
                Directory.Delete(dataFolder, recursive: true);
            }
        }

        if (azurite is not null)
        {
            results.Add(await new StorageFloor(azurite.ConnectionString).RunAsync(options.Conversations, options.Duration, CancellationToken.None));
            await using var host = await ProductHost.StartAsync(new Dictionary<string, string>
            {
                ["Storage__Provider"] = "Blob",
                ["Storage__Blob__ConnectionString"] = azurite.ConnectionString,
            });
            Console.WriteLine($"   bot (Blob) ready in {host.StartupTime.TotalMilliseconds:0} ms");
            results.Add(await MeasureAsync(host, "bot, Blob (Azurite)", script, options));
        }

        return results;
    }

    private static async Task<LoadResult> MeasureAsync(ChildProcessHost host, string name, ConversationScript script, LoadOptions options)
    {
        var load = new BotTurnLoad(host.BaseAddress, script);
        // at full load until the JIT's optimised code is in place (tiered compilation): a host fresh from its start spends
        // several times the CPU per turn, and a short warm-up measured mostly that
        await load.RunAsync("warm-up", options.Conversations, options.WarmUp, CancellationToken.None);
        var cpuBefore = host.ProcessorTime;
        var result = await load.RunAsync(name, options.Conversations, options.Duration, CancellationToken.None);
        return result with { CpuMsPerOperation = (host.ProcessorTime - cpuBefore).TotalMilliseconds / Math.Max(1, result.Operations) };
    }

    /// <param name="Target">A host that already runs (e.g. under a profiler): only it is measured.</param>
    private sealed record LoadOptions(int Conversations, TimeSpan Duration, int Runs, IReadOnlySet<string> Stores, Uri? Target, TimeSpan WarmUp)
    {
        public static LoadOptions Parse(string[] args)
        {
            var values = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
            for (var i = 1; i < args.Length; i++)
            {
                if (!args[i].StartsWith("--", StringComparison.Ordinal) || i + 1 >= args.Length)
                {
                    throw new ArgumentException($"Unexpected argument '{args[i]}'. Use --conversations N, --seconds N, --runs N, --warmup N, --stores sqlite,blob, --target URL.");
                }

                values[args[i][2..]] = args[++i];
            }

            int Number(string name, int fallback) =>
                values.TryGetValue(name, out var text) ? int.Parse(text, CultureInfo.InvariantCulture) : fallback;

            var stores = (values.TryGetValue("stores", out var list) ? list : "sqlite,blob")
                .Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                .Select(store => store.ToLowerInvariant())
                .ToHashSet();
            var target = values.TryGetValue("target", out var url) ? new Uri(url.TrimEnd('/') + "/") : null;
            return new LoadOptions(Number("conversations", 64), TimeSpan.FromSeconds(Number("seconds", 20)), Number("runs", 3), stores, target, TimeSpan.FromSeconds(Number("warmup", 15)));
        }
    }
}
