using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;
using TakeABreak.BotFramework.DirectLine;
using TakeABreak.BotFramework.Turns;

namespace TakeABreak.BotFramework.Tests.DirectLine;

/// <summary>The local Direct Line on a test server, with a bot that welcomes and echoes, on a fake clock.</summary>
internal sealed class DirectLineTestHost : IAsyncDisposable
{
    public const string Secret = "test-secret-0123456789-0123456789-abcdef";

    private readonly WebApplication _app;

    private DirectLineTestHost(WebApplication app, FakeTimeProvider time)
    {
        _app = app;
        Time = time;
        Client = app.GetTestClient();
    }

    public FakeTimeProvider Time { get; }

    public HttpClient Client { get; }

    public static async Task<DirectLineTestHost> StartAsync(Dictionary<string, string?>? settings = null)
    {
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 3, 2, 9, 0, 0, TimeSpan.Zero));
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = "Development" });
        builder.WebHost.UseTestServer();
        builder.Logging.ClearProviders();
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?> { ["DirectLine:Secret"] = Secret });
        if (settings is not null)
        {
            builder.Configuration.AddInMemoryCollection(settings);
        }

        builder.Services.AddSingleton<TimeProvider>(time);
        builder.Services.AddBotFrameworkTurns();
        builder.Services.AddLocalDirectLine(builder.Configuration);
        builder.Services.AddScoped<IBot, WelcomeAndEchoBot>();
        var app = builder.Build();
        app.UseLocalDirectLineWebSockets();
        app.MapLocalDirectLine();
        await app.StartAsync();
        return new DirectLineTestHost(app, time);
    }

    /// <summary>Sends as if from another client address (the test server has no sockets of its own).</summary>
    public async Task<HttpStatusCode> SendFromAsync(string address, HttpMethod method, string path, string token)
    {
        var context = await _app.GetTestServer().SendAsync(http =>
        {
            http.Connection.RemoteIpAddress = System.Net.IPAddress.Parse(address);
            http.Request.Method = method.Method;
            http.Request.Path = path;
            http.Request.Headers.Authorization = $"Bearer {token}";
        });
        return (HttpStatusCode)context.Response.StatusCode;
    }

    public WebSocketClient CreateWebSocketClient() => _app.GetTestServer().CreateWebSocketClient();

    public async Task<DirectLineConversationResponse> GenerateTokenAsync()
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/v3/directline/tokens/generate");
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", Secret);
        using var response = await Client.SendAsync(request);
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<DirectLineConversationResponse>())!;
    }

    public async Task<DirectLineConversationResponse> StartConversationAsync()
    {
        var generated = await GenerateTokenAsync();
        using var response = await SendAsync(HttpMethod.Post, "/v3/directline/conversations", generated.Token);
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<DirectLineConversationResponse>())!;
    }

    public Task<HttpResponseMessage> SendAsync(HttpMethod method, string path, string? token, object? body = null)
    {
        var request = new HttpRequestMessage(method, path);
        if (token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        if (body is not null)
        {
            request.Content = body is string raw
                ? new StringContent(raw, System.Text.Encoding.UTF8, "application/json")
                : JsonContent.Create(body);
        }

        return Client.SendAsync(request);
    }

    public Task<HttpResponseMessage> PostMessageAsync(string conversationId, string token, string text, string clientActivityId = "client-1") =>
        SendAsync(HttpMethod.Post, $"/v3/directline/conversations/{conversationId}/activities", token, new
        {
            type = "message",
            text,
            locale = "nl-NL",
            from = new { id = "dl_someone", role = "user" },
            channelData = new { clientActivityID = clientActivityId },
        });

    public async Task<JsonObject> GetActivitiesAsync(string conversationId, string token, string? watermark = null)
    {
        var query = watermark is null ? string.Empty : $"?watermark={watermark}";
        using var response = await SendAsync(HttpMethod.Get, $"/v3/directline/conversations/{conversationId}/activities{query}", token);
        response.EnsureSuccessStatusCode();
        return JsonNode.Parse(await response.Content.ReadAsStringAsync())!.AsObject();
    }

    public static string[] Texts(JsonObject activitySet) =>
        [.. activitySet["activities"]!.AsArray().Select(a => a!["text"]?.GetValue<string>() ?? $"({a!["type"]})")];

    public static JsonSerializerOptions Json { get; } = new(JsonSerializerDefaults.Web);

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
