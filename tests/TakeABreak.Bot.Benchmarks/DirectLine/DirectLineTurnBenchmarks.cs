using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Net.WebSockets;
using System.Text;
using BenchmarkDotNet.Attributes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using TakeABreak.BotFramework;
using TakeABreak.BotFramework.DirectLine;
using TakeABreak.BotFramework.Schema;
using TakeABreak.BotFramework.Turns;

namespace TakeABreak.Bot.Benchmarks.DirectLine;

/// <summary>
/// One Direct Line turn as Web Chat makes it: POST the user's message, then read the WebSocket until the bot's
/// reply arrives (the user's echo comes first). Kestrel on 127.0.0.1, a bot that answers at once.
/// </summary>
[MemoryDiagnoser]
public class DirectLineTurnBenchmarks
{
    private const string Secret = "benchmark-secret-0123456789-0123456789";
    private WebApplication _app = null!;
    private HttpClient _http = null!;
    private ClientWebSocket _socket = null!;
    private string _activitiesPath = null!;
    private readonly byte[] _buffer = new byte[64 * 1024];
    private int _turn;

    [GlobalSetup]
    public async Task StartAsync()
    {
        var builder = WebApplication.CreateBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["DirectLine:Secret"] = Secret,
            ["DirectLine:RequestsPerMinutePerAddress"] = "1000000",
            ["DirectLine:RequestsPerMinutePerToken"] = "1000000",
            ["DirectLine:MaxActivitiesPerConversation"] = "100000",
        });
        builder.Services.AddBotFrameworkTurns();
        builder.Services.AddLocalDirectLine(builder.Configuration);
        builder.Services.AddScoped<IBot, AnswerAtOnceBot>();
        _app = builder.Build();
        _app.UseLocalDirectLineWebSockets();
        _app.MapLocalDirectLine();
        await _app.StartAsync();
        var baseUrl = _app.Urls.Single();

        _http = new HttpClient { BaseAddress = new Uri(baseUrl) };
        _http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", Secret);
        using var started = await _http.PostAsync("/v3/directline/conversations", null);
        var conversation = (await started.Content.ReadFromJsonAsync<DirectLineConversationResponse>())!;
        _http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", conversation.Token);
        _activitiesPath = $"/v3/directline/conversations/{conversation.ConversationId}/activities";

        _socket = new ClientWebSocket();
        await _socket.ConnectAsync(new Uri(conversation.StreamUrl!), CancellationToken.None);
        await ReadUntilAsync("ready");
    }

    [Benchmark(Description = "POST message → bot reply on the WebSocket")]
    public async Task TurnAsync()
    {
        var text = $"turn {++_turn}";
        using var response = await _http.PostAsJsonAsync(_activitiesPath, new { type = "message", text, from = new { id = "dl_bench", role = "user" } });
        response.EnsureSuccessStatusCode();
        await ReadUntilAsync($"re: {text}");
    }

    [GlobalCleanup]
    public async Task StopAsync()
    {
        _socket.Dispose();
        _http.Dispose();
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    private async Task ReadUntilAsync(string botText)
    {
        var marker = $"\"text\":\"{botText}\"";
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        while (true)
        {
            var frame = new StringBuilder();
            WebSocketReceiveResult result;
            do
            {
                result = await _socket.ReceiveAsync(_buffer, timeout.Token);
                frame.Append(Encoding.UTF8.GetString(_buffer, 0, result.Count));
            }
            while (!result.EndOfMessage);

            if (frame.ToString().Contains(marker, StringComparison.Ordinal))
            {
                return;
            }
        }
    }

    private sealed class AnswerAtOnceBot : IBot
    {
        public Task OnTurnAsync(ITurnContext turnContext, CancellationToken cancellationToken)
        {
            var activity = turnContext.Activity;
            var text = activity.IsType(ActivityTypes.ConversationUpdate) ? "ready" : $"re: {activity.Text}";
            return activity.IsType(ActivityTypes.ConversationUpdate) || activity.IsType(ActivityTypes.Message)
                ? turnContext.SendActivityAsync(activity.CreateReply(text), cancellationToken)
                : Task.CompletedTask;
        }
    }
}
