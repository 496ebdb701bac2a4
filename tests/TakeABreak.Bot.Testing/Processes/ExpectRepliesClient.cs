using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace TakeABreak.Bot.Testing.Processes;

/// <summary>
/// Plays a channel against a host in another process: posts activities to <c>/api/messages</c> with
/// <c>deliveryMode: expectReplies</c> (the host answers when the turn, including saving its state, is done) and
/// returns the texts of the replies. Any host can be asked, so a conversation can move between hosts.
/// </summary>
public sealed class ExpectRepliesClient : IDisposable
{
    private readonly HttpClient _client = new(new SocketsHttpHandler { MaxConnectionsPerServer = 256 }) { Timeout = TimeSpan.FromSeconds(60) };

    /// <summary>The chat opening (a member joins), as turn <paramref name="sequence"/> of the conversation.</summary>
    public Task<IReadOnlyList<string>> OpenAsync(Uri host, string conversationId, int sequence, CancellationToken cancellationToken = default) =>
        SendAsync(host, Activity(conversationId, sequence, "conversationUpdate", null), cancellationToken);

    public Task<IReadOnlyList<string>> SayAsync(Uri host, string conversationId, int sequence, string text, CancellationToken cancellationToken = default) =>
        SendAsync(host, Activity(conversationId, sequence, "message", text), cancellationToken);

    public void Dispose() => _client.Dispose();

    private async Task<IReadOnlyList<string>> SendAsync(Uri host, JsonObject activity, CancellationToken cancellationToken)
    {
        using var response = await _client.PostAsJsonAsync(new Uri(host, "api/messages"), activity, cancellationToken);
        var body = await response.Content.ReadAsStringAsync(cancellationToken);
        if (!response.IsSuccessStatusCode)
        {
            throw new HttpRequestException($"The host answered {(int)response.StatusCode}: {body}", null, response.StatusCode);
        }

        using var document = JsonDocument.Parse(body.Length == 0 ? "{}" : body);
        return document.RootElement.TryGetProperty("activities", out var activities)
            ? [.. activities.EnumerateArray()
                .Where(reply => reply.TryGetProperty("type", out var type) && type.GetString() == "message")
                .Select(reply => reply.TryGetProperty("text", out var text) ? text.GetString() ?? string.Empty : string.Empty)]
            : [];
    }

    /// <summary>A user's activity (a message, or the conversation starting) as a channel posts it with expectReplies.</summary>
    public static JsonObject Activity(string conversationId, int sequence, string type, string? text, string channelId = "test")
    {
        var activity = new JsonObject
        {
            ["type"] = type,
            ["id"] = $"{conversationId}-{sequence}",
            ["channelId"] = channelId,
            ["serviceUrl"] = "http://127.0.0.1:9/",
            ["deliveryMode"] = "expectReplies",
            ["locale"] = "nl-NL",
            ["timestamp"] = DateTimeOffset.UtcNow.ToString("O"),
            ["conversation"] = new JsonObject { ["id"] = conversationId },
            ["from"] = new JsonObject { ["id"] = "user-" + conversationId, ["role"] = "user" },
            ["recipient"] = new JsonObject { ["id"] = "bot", ["role"] = "bot" },
        };
        if (type == "conversationUpdate")
        {
            activity["membersAdded"] = new JsonArray(new JsonObject { ["id"] = "bot" }, new JsonObject { ["id"] = "user-" + conversationId });
        }
        else
        {
            activity["text"] = text;
        }

        return activity;
    }
}
