using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using TakeABreak.Bot.Testing;

namespace TakeABreak.EndToEnd.Tests.Widget;

/// <summary>
/// The real product (Program: channel, safety guard, conversation from dialogs/, SQLite storage, local Direct Line,
/// widget) served by Kestrel on 127.0.0.1, with a neutral page as the quick-exit target and a website that embeds it.
/// </summary>
public sealed class ProductHost : IAsyncLifetime
{
    private TestBotHost? _host;

    public string BaseUrl { get; private set; } = string.Empty;

    /// <summary>The same server under another origin (localhost instead of 127.0.0.1), playing a website that embeds the widget.</summary>
    public string EmbeddingSiteUrl { get; private set; } = string.Empty;

    public Task InitializeAsync()
    {
        var webChat = Path.Combine(FindHostProjectDirectory(), "wwwroot", "lib", "webchat.js");
        if (!File.Exists(webChat))
        {
            throw new InvalidOperationException(
                $"{webChat} is missing: build src/TakeABreak.Bot (WebChat.targets runs npm ci and copies Web Chat).");
        }

        var port = FreePort();
        BaseUrl = $"http://127.0.0.1:{port}";
        EmbeddingSiteUrl = $"http://localhost:{port}";
        var surroundings = new SurroundingPages(BaseUrl, EmbeddingSiteUrl);
        _host = new TestBotHost()
            .WithSetting("Widget:ExitUrl", SurroundingPages.NeutralPath)
            .WithSetting("Widget:EmbedOrigins:0", EmbeddingSiteUrl)
            .WithSetting("Widget:TokenRequestsPerMinutePerAddress", "1000")
            .WithSetting("DirectLine:RequestsPerMinutePerAddress", "10000")
            .WithSetting("DirectLine:ConversationOpensPerMinutePerAddress", "10000")
            .WithServices(services => services.AddSingleton<IStartupFilter>(surroundings));
        _host.UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, port));
        _host.StartServer();
        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        if (_host is not null)
        {
            await _host.DisposeAsync();
        }
    }

    private static int FreePort()
    {
        using var listener = new System.Net.Sockets.TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static string FindHostProjectDirectory() => RepositoryRoot.Combine("src", "TakeABreak.Bot");
}
