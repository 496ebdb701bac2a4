using System.Collections.Concurrent;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace TakeABreak.Language.Tests.LocalModel;

/// <summary>
/// An OpenAI-compatible chat completions endpoint on 127.0.0.1 with the Azure OpenAI paths
/// (/openai/deployments/{deployment}/chat/completions). It records every request and answers with the canned
/// response the test sets: a completion, an HTTP error, or a delay longer than the bot waits.
/// </summary>
public sealed class LocalModelServer : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ConcurrentQueue<RecordedRequest> _requests = new();

    private LocalModelServer(WebApplication app) => _app = app;

    public Uri Endpoint { get; private set; } = null!;

    /// <summary>What the next requests get; defaults to an empty suggestion.</summary>
    public CannedResponse Response { get; set; } = CannedResponse.Completion("""{"signals":[],"context_factors":[],"level":"none"}""");

    public IReadOnlyList<RecordedRequest> Requests => [.. _requests];

    public static async Task<LocalModelServer> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var server = new LocalModelServer(app);
        app.MapPost("/openai/deployments/{deployment}/chat/completions", server.AnswerAsync);
        await app.StartAsync();
        var address = app.Services.GetService(typeof(IServer)) is IServer s ? s.Features.Get<IServerAddressesFeature>()!.Addresses.First() : throw new InvalidOperationException("no server");
        server.Endpoint = new Uri(address + "/");
        return server;
    }

    private async Task AnswerAsync(HttpContext context, string deployment)
    {
        var body = await new StreamReader(context.Request.Body).ReadToEndAsync();
        _requests.Enqueue(new RecordedRequest(deployment, context.Request.Headers["api-key"].ToString(), JsonNode.Parse(body)!.AsObject()));
        var response = Response;
        if (response.Delay > TimeSpan.Zero)
        {
            try
            {
                await Task.Delay(response.Delay, context.RequestAborted);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }

        context.Response.StatusCode = response.Status;
        context.Response.ContentType = "application/json";
        await context.Response.WriteAsync(response.Body);
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}

/// <summary>One request as the server received it.</summary>
public sealed record RecordedRequest(string Deployment, string ApiKey, JsonObject Body)
{
    public string SystemText => Messages("system");

    public string UserText => Messages("user");

    public JsonNode? Schema => Body["response_format"]?["json_schema"]?["schema"];

    private string Messages(string role) => string.Join("\n", Body["messages"]!.AsArray()
        .Where(message => (string?)message!["role"] == role)
        .Select(message => message!["content"] is JsonValue value ? (string?)value : string.Join("", message!["content"]!.AsArray().Select(part => (string?)part!["text"]))));
}

public sealed record CannedResponse(int Status, string Body, TimeSpan Delay)
{
    public static CannedResponse Completion(string content, string finishReason = "stop") => new(200, new JsonObject
    {
        ["id"] = "chatcmpl-test",
        ["object"] = "chat.completion",
        ["created"] = 1_700_000_000,
        ["model"] = "gpt-4o-mini",
        ["choices"] = new JsonArray(new JsonObject
        {
            ["index"] = 0,
            ["message"] = new JsonObject { ["role"] = "assistant", ["content"] = content },
            ["finish_reason"] = finishReason,
        }),
        ["usage"] = new JsonObject { ["prompt_tokens"] = 321, ["completion_tokens"] = 12, ["total_tokens"] = 333 },
    }.ToJsonString(), TimeSpan.Zero);

    public static CannedResponse Suggest(string level, params string[] signals) =>
        Completion(JsonSerializer.Serialize(new { signals, context_factors = Array.Empty<string>(), level }));

    public static CannedResponse Error(int status, string code) =>
        new(status, new JsonObject { ["error"] = new JsonObject { ["message"] = "canned " + code, ["code"] = code, ["status"] = status } }.ToJsonString(), TimeSpan.Zero);

    public static CannedResponse ContentFilterError() =>
        new(400, """{"error":{"message":"The response was filtered due to the prompt triggering Azure OpenAI's content management policy.","type":null,"param":"prompt","code":"content_filter","status":400,"innererror":{"code":"ResponsibleAIPolicyViolation"}}}""", TimeSpan.Zero);

    public static CannedResponse Slow(TimeSpan delay) => Completion("""{"signals":["controls_phone"],"context_factors":[],"level":"acute"}""") with { Delay = delay };
}
