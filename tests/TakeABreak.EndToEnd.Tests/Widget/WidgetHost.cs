using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using TakeABreak.Bot.Widget;
using TakeABreak.BotFramework;
using TakeABreak.BotFramework.DirectLine;
using TakeABreak.BotFramework.Turns;

namespace TakeABreak.EndToEnd.Tests.Widget;

/// <summary>
/// The host as Program.cs composes it (Direct Line + widget) on 127.0.0.1 with a free port, serving the real
/// wwwroot, with the rehearsal bot and a local neutral page as the quick-exit target.
/// </summary>
public sealed class WidgetHost : IAsyncLifetime
{
    public const string NeutralPath = "/neutraal";
    public const string StartPath = "/start";
    public const string EmbeddingPath = "/ingebed";

    private WebApplication? _app;

    public string BaseUrl { get; private set; } = string.Empty;

    /// <summary>The same server under another origin (localhost instead of 127.0.0.1), playing a website that embeds the widget.</summary>
    public string EmbeddingSiteUrl { get; private set; } = string.Empty;

    public async Task InitializeAsync()
    {
        var projectDirectory = FindHostProjectDirectory();
        var webRoot = Path.Combine(projectDirectory, "wwwroot");
        if (!File.Exists(Path.Combine(webRoot, "lib", "webchat.js")))
        {
            throw new InvalidOperationException(
                $"{webRoot}/lib/webchat.js is missing: build src/TakeABreak.Bot (WebChat.targets runs npm ci and copies Web Chat).");
        }

        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            ContentRootPath = projectDirectory,
            WebRootPath = webRoot,
            EnvironmentName = Environments.Development,
        });
        var port = FreePort();
        BaseUrl = $"http://127.0.0.1:{port}";
        EmbeddingSiteUrl = $"http://localhost:{port}";
        builder.WebHost.UseUrls(BaseUrl);
        builder.Logging.ClearProviders();
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Widget:ExitUrl"] = NeutralPath,
            ["Widget:EmbedOrigins:0"] = EmbeddingSiteUrl,
            ["Widget:TokenRequestsPerMinutePerAddress"] = "1000",
            ["DirectLine:RequestsPerMinutePerAddress"] = "10000",
        });
        builder.Services.AddBotFrameworkTurns();
        builder.Services.AddLocalDirectLine(builder.Configuration);
        builder.Services.AddTakeABreakWidget(builder.Configuration);
        builder.Services.AddScoped<IBot, WidgetRehearsalBot>();

        _app = builder.Build();
        _app.UseTakeABreakWidget();
        _app.MapLocalDirectLine();
        _app.MapTakeABreakWidget();
        _app.MapGet(NeutralPath, () => Results.Content("<!doctype html><html lang=\"nl\"><title>Weer</title><h1>Het weer</h1></html>", "text/html"));
        _app.MapGet(StartPath, () => Results.Content("<!doctype html><html lang=\"nl\"><title>Start</title><h1>Start</h1></html>", "text/html"));
        _app.MapGet(EmbeddingPath, (HttpContext http) =>
        {
            http.Response.Headers.ContentSecurityPolicy = $"default-src 'none'; script-src {BaseUrl}; connect-src {BaseUrl}; frame-src {BaseUrl}";
            return Results.Content(
                $"<!doctype html><html lang=\"nl\"><title>Buurtteam</title><h1>Buurtteam</h1>" +
                $"<div id=\"takeabreak-chat\" data-exit-url=\"{EmbeddingSiteUrl}{NeutralPath}\"></div>" +
                $"<script src=\"{BaseUrl}/widget/embed.js\" defer></script></html>",
                "text/html");
        });
        await _app.StartAsync();
    }

    public async Task DisposeAsync()
    {
        if (_app is not null)
        {
            await _app.StopAsync();
            await _app.DisposeAsync();
        }
    }

    private static int FreePort()
    {
        using var listener = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        listener.Start();
        return ((System.Net.IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static string FindHostProjectDirectory()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            var candidate = Path.Combine(directory.FullName, "src", "TakeABreak.Bot");
            if (File.Exists(Path.Combine(candidate, "TakeABreak.Bot.csproj")))
            {
                return candidate;
            }
        }

        throw new InvalidOperationException("src/TakeABreak.Bot was not found above " + AppContext.BaseDirectory);
    }
}
