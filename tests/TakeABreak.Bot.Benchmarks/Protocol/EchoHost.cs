using System.Net;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using TakeABreak.Bot.Testing.Bots;
using TakeABreak.BotFramework.Hosting;
using TakeABreak.BotFramework.Schema;
using TakeABreak.BotFramework.Turns;

namespace TakeABreak.Bot.Benchmarks.Protocol;

/// <summary>
/// A real Kestrel host on 127.0.0.1 with /api/messages and the <see cref="EchoBot"/>, in Development without an app id
/// (no JWT validation), and a client that posts <c>expectReplies</c> messages to it.
/// </summary>
public sealed class EchoHost : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly HttpClient _client;

    private EchoHost(WebApplication app, HttpClient client)
    {
        _app = app;
        _client = client;
    }

    public static async Task<EchoHost> StartAsync()
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = "Development" });
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        builder.Services.AddBotFrameworkChannel(builder.Configuration, builder.Environment);
        builder.Services.AddSingleton<IBot, EchoBot>();
        var app = builder.Build();
        app.MapBotMessages();
        await app.StartAsync();

        var address = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.Single();
        var client = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = 256 }) { BaseAddress = new Uri(address) };
        return new EchoHost(app, client);
    }

    /// <summary>One echo turn in conversation <paramref name="conversation"/>; throws unless the echo came back.</summary>
    public async Task TurnAsync(int conversation, CancellationToken cancellationToken = default)
    {
        var activity = new Activity
        {
            Type = ActivityTypes.Message,
            Id = Guid.NewGuid().ToString("N"),
            ChannelId = "benchmark",
            ServiceUrl = "https://channel.invalid/",
            DeliveryMode = DeliveryModes.ExpectReplies,
            From = new ChannelAccount { Id = $"user-{conversation}" },
            Recipient = new ChannelAccount { Id = "bot" },
            Conversation = new ConversationAccount { Id = $"conversation-{conversation}" },
            Text = "hallo",
            Locale = "nl-NL",
        };
        using var content = new StringContent(ProtocolJson.Write(activity), Encoding.UTF8, "application/json");
        using var response = await _client.PostAsync("/api/messages", content, cancellationToken);
        var body = await response.Content.ReadAsStringAsync(cancellationToken);
        if (response.StatusCode != HttpStatusCode.OK || !body.Contains("\"echo: hallo\"", StringComparison.Ordinal))
        {
            throw new InvalidOperationException($"The echo turn failed with HTTP {(int)response.StatusCode}.");
        }
    }

    public async ValueTask DisposeAsync()
    {
        _client.Dispose();
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
