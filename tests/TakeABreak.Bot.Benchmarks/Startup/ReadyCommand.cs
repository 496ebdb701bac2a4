using System.Diagnostics;
using System.Globalization;
using System.Security.Cryptography;
using TakeABreak.Bot.Testing;
using TakeABreak.Bot.Testing.Processes;

namespace TakeABreak.Bot.Benchmarks.Startup;

/// <summary>
/// <c>dotnet run -c Release --project tests/TakeABreak.Bot.Benchmarks -- ready [--starts 5] [--published FOLDER]</c>:
/// starts the published host (<c>dotnet TakeABreak.Bot.dll</c> in the publish folder, as App Service does) N times, each
/// time in Production with a fresh, empty SQLite data folder, and prints per start the wall-clock time and the host's
/// CPU time until <c>/readyz</c> first answers 200, then the medians. Without <c>--published</c> it first publishes with
/// the deployment's command (<c>dotnet publish src/TakeABreak.Bot -c Release -r linux-x64</c>) into a temporary folder.
/// Target: ready within 2 s of the start.
/// </summary>
public static class ReadyCommand
{
    public const string Verb = "ready";

    public static async Task<int> RunAsync(string[] args)
    {
        var starts = int.Parse(Option(args, "--starts") ?? "5", CultureInfo.InvariantCulture);
        var published = Option(args, "--published");
        var temporary = published is null ? Path.Combine(Path.GetTempPath(), "takeabreak-ready", Guid.NewGuid().ToString("N")) : null;
        try
        {
            var folder = Path.GetFullPath(published ?? await PublishAsync(temporary!));
            Console.WriteLine($"== {starts} starts of {folder}, Production, empty SQLite data folder; until /readyz answers 200");
            var wall = new List<double>();
            var cpu = new List<double>();
            for (var start = 1; start <= starts; start++)
            {
                var (startupTime, processorTime) = await StartOnceAsync(folder);
                wall.Add(startupTime.TotalMilliseconds);
                cpu.Add(processorTime.TotalMilliseconds);
                Console.WriteLine($"   start {start}: {startupTime.TotalMilliseconds,6:0} ms wall clock, {processorTime.TotalMilliseconds,6:0} ms CPU");
            }

            Console.WriteLine($"   median: {Median(wall):0} ms wall clock, {Median(cpu):0} ms CPU (target: ready within 2,000 ms)");
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

    private static async Task<(TimeSpan StartupTime, TimeSpan ProcessorTime)> StartOnceAsync(string folder)
    {
        var dataFolder = Directory.CreateTempSubdirectory("takeabreak-ready-data").FullName;
        try
        {
            await using var host = await ChildProcessHost.StartAsync(
                Path.Combine(folder, "TakeABreak.Bot.dll"), [], ProductionSettings(dataFolder), "/readyz", folder);
            return (host.StartupTime, host.ProcessorTime);
        }
        finally
        {
            Directory.Delete(dataFolder, recursive: true);
        }
    }

    /// <summary>What App Service gives the host (see deploymentTemplates/), with placeholders that are not used before a reply.</summary>
    private static Dictionary<string, string> ProductionSettings(string dataFolder) => new()
    {
        ["ASPNETCORE_ENVIRONMENT"] = "Production",
        ["MicrosoftAppType"] = "SingleTenant",
        ["MicrosoftAppId"] = "00000000-0000-0000-0000-0000000000b0",
        ["MicrosoftAppPassword"] = "not-used-before-a-reply",
        ["MicrosoftAppTenantId"] = "11111111-1111-1111-1111-111111111111",
        ["PublicBaseUrl"] = "https://chat.example.nl",
        ["Storage__Provider"] = "Sqlite",
        ["Storage__Sqlite__DataFolder"] = dataFolder,
        ["Storage__ProtectionKey"] = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)),
    };

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

    private static string? Option(string[] args, string name)
    {
        var index = Array.IndexOf(args, name);
        return index >= 0 && index + 1 < args.Length ? args[index + 1] : null;
    }

    private static double Median(List<double> values) => values.Order().ElementAt(values.Count / 2);
}
