using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace TakeABreak.Bot.Testing;

/// <summary>
/// The real host, in-process, with the same composition as production. Tests may add settings and replace services;
/// the data folder is a fresh temporary folder unless a test sets one.
/// </summary>
public class TestBotHost : WebApplicationFactory<Program>
{
    private readonly Dictionary<string, string?> _settings = new(StringComparer.OrdinalIgnoreCase);
    private readonly List<Action<IServiceCollection>> _serviceOverrides = [];
    private readonly string _dataFolder = Path.Combine(Path.GetTempPath(), "takeabreak-tests", Guid.NewGuid().ToString("N"));

    static TestBotHost()
    {
        // Test projects get the host's content root from an attribute that Mvc.Testing generates; other callers
        // (the benchmarks) find it here: src/TakeABreak.Bot next to the solution file.
        const string variable = "ASPNETCORE_TEST_CONTENTROOT_TAKEABREAK_BOT";
        if (Environment.GetEnvironmentVariable(variable) is null)
        {
            Environment.SetEnvironmentVariable(variable, RepositoryRoot.Combine("src", "TakeABreak.Bot"));
        }
    }

    public TestBotHost()
    {
        _settings["Storage:Sqlite:DataFolder"] = _dataFolder;
    }

    public string EnvironmentName { get; set; } = Environments.Development;

    public string DataFolder => _dataFolder;

    /// <summary>
    /// What a host made by <paramref name="create"/> throws when it refuses to start. When the app throws while it starts,
    /// WebApplicationFactory sometimes reports an ObjectDisposedException of its service provider instead (a race in its deferred
    /// host, dotnet/aspnetcore#33494); then a fresh host made the same way is started again, at most three times.
    /// </summary>
    public static Exception RefusalToStart(Func<TestBotHost> create)
    {
        for (var attempt = 1; ; attempt++)
        {
            using var host = create();
            try
            {
                using var client = host.CreateClient();
            }
            catch (ObjectDisposedException) when (attempt < 3)
            {
                continue;
            }
            catch (Exception exception)
            {
                return exception;
            }

            throw new InvalidOperationException("The host started, but it was expected to refuse.");
        }
    }

    public TestBotHost WithSetting(string key, string? value)
    {
        _settings[key] = value;
        return this;
    }

    public TestBotHost WithServices(Action<IServiceCollection> configure)
    {
        _serviceOverrides.Add(configure);
        return this;
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment(EnvironmentName);

        // UseSetting, not ConfigureAppConfiguration: Program reads some settings (the storage provider) while it
        // registers services, before configuration added by ConfigureAppConfiguration is visible.
        foreach (var (key, value) in _settings)
        {
            builder.UseSetting(key, value);
        }

        builder.ConfigureServices(services =>
        {
            foreach (var configure in _serviceOverrides)
            {
                configure(services);
            }
        });
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing && Directory.Exists(_dataFolder))
        {
            try
            {
                Directory.Delete(_dataFolder, recursive: true);
            }
            catch (IOException)
            {
                // a file may still be held by a closing connection; the temp folder is cleaned by the OS
            }
        }
    }
}
