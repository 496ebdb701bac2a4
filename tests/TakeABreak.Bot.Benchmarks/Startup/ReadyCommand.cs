using System.Diagnostics;
using System.Globalization;
using System.Security.Cryptography;
using TakeABreak.Bot.Testing;
using TakeABreak.Bot.Testing.Azurite;
using TakeABreak.Bot.Testing.Processes;

namespace TakeABreak.Bot.Benchmarks.Startup;

/// <summary>
/// <c>dotnet run -c Release --project tests/TakeABreak.Bot.Benchmarks -- ready [--starts 5] [--stores sqlite,blob]
/// [--published FOLDER[,FOLDER…]]</c>: starts the published host (<c>dotnet TakeABreak.Bot.dll</c> in the publish folder,
/// as App Service does) N times per store, each time in Production with a fresh, empty SQLite data folder or a fresh
/// container prefix on one Azurite account (started here), and prints per start the wall-clock time and the host's CPU
/// time until <c>/readyz</c> first answers 200, then the medians. Several published folders are started in turn (A, B, A,
/// B, …) so that a comparison of two builds sees the same load on the machine. Without <c>--published</c> it first
/// publishes with the deployment's command (<c>dotnet publish src/TakeABreak.Bot -c Release -r linux-x64</c>) into a
/// temporary folder. Target: ready within 2 s of the start.
/// </summary>
public static class ReadyCommand
{
    public const string Verb = "ready";

    public static async Task<int> RunAsync(string[] args)
    {
        var starts = int.Parse(Option(args, "--starts") ?? "5", CultureInfo.InvariantCulture);
        var stores = (Option(args, "--stores") ?? "sqlite").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var published = Option(args, "--published");
        var temporary = published is null ? Path.Combine(Path.GetTempPath(), "takeabreak-ready", Guid.NewGuid().ToString("N")) : null;
        using var azurite = stores.Contains("blob", StringComparer.OrdinalIgnoreCase) ? new AzuriteFixture() : null;
        try
        {
            var folders = published is null
                ? [await PublishAsync(temporary!)]
                : published.Split(',', StringSplitOptions.RemoveEmptyEntries).Select(Path.GetFullPath).ToArray();
            foreach (var store in stores)
            {
                var settings = SettingsFor(store, azurite);
                Console.WriteLine($"== {starts} starts of each of {string.Join(", ", folders)}, Production, {store} with nothing stored yet; until /readyz answers 200");
                Console.WriteLine($"   load average before: {LoadAverage()}");
                var wall = folders.ToDictionary(folder => folder, _ => new List<double>());
                var cpu = folders.ToDictionary(folder => folder, _ => new List<double>());
                for (var start = 1; start <= starts; start++)
                {
                    foreach (var folder in folders)
                    {
                        var (startupTime, processorTime) = await StartOnceAsync(folder, settings);
                        wall[folder].Add(startupTime.TotalMilliseconds);
                        cpu[folder].Add(processorTime.TotalMilliseconds);
                        Console.WriteLine($"   {store} start {start} of {Path.GetFileName(folder.TrimEnd('/'))}: {startupTime.TotalMilliseconds,6:0} ms wall clock, {processorTime.TotalMilliseconds,6:0} ms CPU");
                    }
                }

                Console.WriteLine($"   load average after: {LoadAverage()}");
                foreach (var folder in folders)
                {
                    Console.WriteLine($"   {store} median of {folder}: {Median(wall[folder]):0} ms wall clock, {Median(cpu[folder]):0} ms CPU (target: ready within 2,000 ms)");
                }
            }

            return 0;
        }
        finally
        {
            if (temporary is not null && Directory.Exists(temporary))
            {
                Directory.Delete(temporary, recursive: true);
            }
        }
    }

    /// <summary>Per start: the store's settings, fresh (a new SQLite folder, or new containers on the same Azurite).</summary>
    private static Func<string, Dictionary<string, string>> SettingsFor(string store, AzuriteFixture? azurite) =>
        store.ToLowerInvariant() switch
        {
            "sqlite" => dataFolder => ProductionSettings(dataFolder, new()
            {
                ["Storage__Provider"] = "Sqlite",
                ["Storage__Sqlite__DataFolder"] = dataFolder,
            }),
            "blob" => dataFolder => ProductionSettings(dataFolder, new()
            {
                ["Storage__Provider"] = "Blob",
                ["Storage__Blob__ConnectionString"] = azurite!.ConnectionString,
                ["Storage__Blob__ContainerPrefix"] = "ready" + Guid.NewGuid().ToString("N")[..12],
            }),
            _ => throw new ArgumentException($"Unknown store '{store}'. Use --stores sqlite,blob."),
        };

    private static async Task<(TimeSpan StartupTime, TimeSpan ProcessorTime)> StartOnceAsync(string folder, Func<string, Dictionary<string, string>> settings)
    {
        var dataFolder = Directory.CreateTempSubdirectory("takeabreak-ready-data").FullName;
        try
        {
            await using var host = await ChildProcessHost.StartAsync(
                Path.Combine(folder, "TakeABreak.Bot.dll"), [], settings(dataFolder), "/readyz", folder);
            return (host.StartupTime, host.ProcessorTime);
        }
        finally
        {
            Directory.Delete(dataFolder, recursive: true);
        }
    }

    /// <summary>What App Service gives the host (see deploymentTemplates/), with placeholders that are not used before a reply.</summary>
    private static Dictionary<string, string> ProductionSettings(string dataFolder, Dictionary<string, string> storage)
    {
        var settings = new Dictionary<string, string>
        {
            ["ASPNETCORE_ENVIRONMENT"] = "Production",
            ["MicrosoftAppType"] = "SingleTenant",
            ["MicrosoftAppId"] = "00000000-0000-0000-0000-0000000000b0",
            ["MicrosoftAppPassword"] = "not-used-before-a-reply",
            ["MicrosoftAppTenantId"] = "11111111-1111-1111-1111-111111111111",
            ["PublicBaseUrl"] = "https://chat.example.nl",
            ["Storage__Sqlite__DataFolder"] = dataFolder,
            ["Storage__ProtectionKey"] = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)),
        };
        foreach (var (key, value) in storage)
        {
            settings[key] = value;
        }

        return settings;
    }

    private static async Task<string> PublishAsync(string folder)
    {
        Console.WriteLine($"== dotnet publish src/TakeABreak.Bot -c Release -r linux-x64 -o {folder}");
        var start = new ProcessStartInfo("dotnet") { WorkingDirectory = RepositoryRoot.Path };
        foreach (var argument in new[] { "publish", "src/TakeABreak.Bot", "-c", "Release", "-r", "linux-x64", "-o", folder, "--nologo", "-v", "quiet" })
        {
            start.ArgumentList.Add(argument);
        }

        using var publish = Process.Start(start) ?? throw new InvalidOperationException("Could not start dotnet publish.");
        await publish.WaitForExitAsync();
        return publish.ExitCode == 0 ? folder : throw new InvalidOperationException($"dotnet publish failed ({publish.ExitCode}).");
    }

    private static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "unknown";

    private static string? Option(string[] args, string name)
    {
        var index = Array.IndexOf(args, name);
        return index >= 0 && index + 1 < args.Length ? args[index + 1] : null;
    }

    private static double Median(List<double> values) => values.Order().ElementAt(values.Count / 2);
}
