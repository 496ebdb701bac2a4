using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Testing;
using Microsoft.Extensions.Logging;
using TakeABreak.Bot.Testing.Fakes;
using TakeABreak.BotFramework.Hosting;
using TakeABreak.BotFramework.Turns;

namespace TakeABreak.BotFramework.Tests.Support;

/// <summary>
/// A minimal host with exactly what the lead's Program.cs will call (AddBotFrameworkChannel + MapBotMessages),
/// the <see cref="RecordingEchoBot"/>, in-memory configuration, and HttpClients that trust the loopback fakes.
/// </summary>
public sealed class ChannelTestHost : IAsyncDisposable
{
    private readonly WebApplication _app;

    private ChannelTestHost(WebApplication app)
    {
        _app = app;
        Client = app.GetTestClient();
    }

    public HttpClient Client { get; }

    public IServiceProvider Services => _app.Services;

    public RecordingEchoBot Bot => Services.GetRequiredService<RecordingEchoBot>();

    public FakeLogCollector Logs => Services.GetRequiredService<FakeLogCollector>();

    public static async Task<ChannelTestHost> StartAsync(
        string environment,
        IReadOnlyDictionary<string, string?> settings,
        Action<IServiceCollection>? configureServices = null)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            EnvironmentName = environment,
            ApplicationName = typeof(ChannelTestHost).Assembly.GetName().Name,
        });
        builder.WebHost.UseTestServer();
        builder.Configuration.Sources.Clear();
        builder.Configuration.AddInMemoryCollection(settings);
        builder.Logging.ClearProviders();
        builder.Logging.AddFakeLogging();
        builder.Logging.SetMinimumLevel(LogLevel.Debug);

        builder.Services.AddBotFrameworkChannel(builder.Configuration, builder.Environment);
        builder.Services.ConfigureHttpClientDefaults(client => client.ConfigurePrimaryHttpMessageHandler(LoopbackCertificate.CreateTrustingHandler));
        builder.Services.AddSingleton<RecordingEchoBot>();
        builder.Services.AddSingleton<IBot>(sp => sp.GetRequiredService<RecordingEchoBot>());
        configureServices?.Invoke(builder.Services);

        var app = builder.Build();
        app.MapBotMessages();
        try
        {
            await app.StartAsync();
        }
        catch
        {
            await app.DisposeAsync();
            throw;
        }

        return new ChannelTestHost(app);
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
