using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;

namespace TakeABreak.Bot.Testing.Fakes;

/// <summary>
/// Stands in for a channel's Connector service (<c>{serviceUrl}/v3/conversations/...</c>): records every request and
/// answers with scripted failures first, then success (<c>{"id": ...}</c>).
/// </summary>
public sealed class RecordingConnectorServer : IAsyncDisposable
{
    private readonly ConcurrentQueue<RecordedConnectorRequest> _requests = new();
    private readonly ConcurrentQueue<ScriptedResponse> _script = new();
    private readonly Lock _gate = new();
    private readonly List<(int Count, TaskCompletionSource Signal)> _waiters = [];
    private LoopbackHttpsServer? _server;
    private int _ids;

    private RecordingConnectorServer()
    {
    }

    /// <summary>The serviceUrl activities should carry, e.g. https://127.0.0.1:53211/.</summary>
    public string ServiceUrl => (_server ?? throw new InvalidOperationException("The server has not started.")).BaseAddress.ToString();

    public IReadOnlyList<RecordedConnectorRequest> Requests => [.. _requests];

    public static async Task<RecordingConnectorServer> StartAsync()
    {
        var fake = new RecordingConnectorServer();
        fake._server = await LoopbackHttpsServer.StartAsync(app =>
            app.Map("/v3/conversations/{**rest}", fake.HandleAsync));
        return fake;
    }

    /// <summary>The next request gets this status (and Retry-After, if given) instead of success.</summary>
    public void RespondNextWith(int statusCode, TimeSpan? retryAfter = null) => _script.Enqueue(new ScriptedResponse(statusCode, retryAfter));

    /// <summary>Completes once at least <paramref name="count"/> requests arrived; fails after <paramref name="timeout"/>.</summary>
    public Task WaitForRequestsAsync(int count, TimeSpan timeout)
    {
        lock (_gate)
        {
            if (_requests.Count >= count)
            {
                return Task.CompletedTask;
            }

            var signal = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            _waiters.Add((count, signal));
            return signal.Task.WaitAsync(timeout);
        }
    }

    public ValueTask DisposeAsync() => _server?.DisposeAsync() ?? ValueTask.CompletedTask;

    private async Task HandleAsync(HttpContext context)
    {
        var body = await new StreamReader(context.Request.Body).ReadToEndAsync(context.RequestAborted);
        var recorded = new RecordedConnectorRequest(
            context.Request.Method,
            context.Features.GetRequiredFeature<IHttpRequestFeature>().RawTarget,
            context.Request.Headers.Authorization.ToString() is { Length: > 0 } authorization ? authorization : null,
            body.Length == 0 ? null : JsonNode.Parse(body),
            DateTimeOffset.UtcNow);
        Record(recorded);

        if (_script.TryDequeue(out var scripted))
        {
            context.Response.StatusCode = scripted.StatusCode;
            if (scripted.RetryAfter is { } retryAfter)
            {
                context.Response.Headers.RetryAfter = ((int)retryAfter.TotalSeconds).ToString(System.Globalization.CultureInfo.InvariantCulture);
            }

            return;
        }

        var id = Interlocked.Increment(ref _ids);
        var isCreate = context.Request.Method == HttpMethods.Post && recorded.Path.TrimEnd('/') == "/v3/conversations";
        context.Response.StatusCode = context.Request.Method == HttpMethods.Delete ? StatusCodes.Status200OK : StatusCodes.Status201Created;
        if (context.Request.Method != HttpMethods.Delete)
        {
            await context.Response.WriteAsJsonAsync(isCreate
                ? new JsonObject { ["id"] = $"conversation-{id}", ["activityId"] = $"activity-{id}" }
                : new JsonObject { ["id"] = $"activity-{id}" });
        }
    }

    private void Record(RecordedConnectorRequest request)
    {
        lock (_gate)
        {
            _requests.Enqueue(request);
            foreach (var waiter in _waiters.Where(w => _requests.Count >= w.Count).ToList())
            {
                _waiters.Remove(waiter);
                waiter.Signal.TrySetResult();
            }
        }
    }

    private sealed record ScriptedResponse(int StatusCode, TimeSpan? RetryAfter);
}

/// <summary>One request as the Connector saw it. <see cref="Path"/> is the raw, still-escaped request target.</summary>
public sealed record RecordedConnectorRequest(string Method, string Path, string? Authorization, JsonNode? Body, DateTimeOffset ReceivedAt);
