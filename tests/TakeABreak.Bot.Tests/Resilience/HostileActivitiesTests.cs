using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using TakeABreak.Bot.Testing;
using TakeABreak.Bot.Tests.Hardening;

namespace TakeABreak.Bot.Tests.Resilience;

/// <summary>
/// 10,000 malformed or hostile requests to <c>/api/messages</c> and the local Direct Line, from 8 concurrent clients:
/// every one gets a 2xx or 4xx (no 5xx but those by design), the host keeps answering real turns, and its managed memory stays bounded.
/// </summary>
public sealed class HostileActivitiesTests
{
    private const int Requests = 10_000;
    private const int Clients = 8;
    private const long MemoryBudgetBytes = 256L * 1024 * 1024;

    private static readonly string[] HostileBodies =
    [
        "", "{", "null", "[]", "42", "\"text\"", "{\"type\":null}", "{\"type\":\"message\"}",
        "{\"type\":\"message\",\"conversation\":{},\"from\":{}}",
        "{\"type\":\"message\",\"text\":\"hoi\",\"conversation\":{\"id\":\"\"},\"from\":{\"id\":\"u\"}}",
        "{\"type\":\"message\",\"text\":{\"nested\":[1,2,3]},\"conversation\":{\"id\":\"c\"},\"from\":{\"id\":\"u\"}}",
        "{\"type\":\"message\",\"value\":" + new string('[', 5000) + new string(']', 5000) + "}",
        "{\"type\":\"invoke\",\"name\":\"adaptiveCard/action\",\"conversation\":{\"id\":\"c\"},\"from\":{\"id\":\"u\"}}",
        "{\"type\":\"conversationUpdate\",\"membersAdded\":\"everyone\",\"conversation\":{\"id\":\"c\"}}",
        "{\"type\":\"message\",\"text\":\"\\u0000\\uFFFF\\uD800\",\"conversation\":{\"id\":\"../../etc/passwd\"},\"from\":{\"id\":\"u\"},\"serviceUrl\":\"file:///etc\"}",
        "{\"type\":\"message\",\"timestamp\":\"yesterday\",\"locale\":\"xx-<script>\",\"conversation\":{\"id\":\"c\"},\"from\":{\"id\":\"u\"}}",
    ];

    [Fact]
    public async Task Ten_thousand_hostile_requests_get_no_server_error_and_the_host_still_answers_with_bounded_memory()
    {
        var port = LoopbackClients.FreePort();
        var baseUrl = new Uri($"http://127.0.0.1:{port}/");
        using var host = new TestBotHost()
            .WithSetting("DirectLine:RequestsPerMinutePerAddress", "100000")
            .WithSetting("DirectLine:RequestsPerMinutePerToken", "100000")
            .WithSetting("DirectLine:ConversationOpensPerMinutePerAddress", "100000");
        host.UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, port));
        host.StartServer();
        using var client = new HttpClient { BaseAddress = baseUrl, Timeout = TimeSpan.FromSeconds(30) };
        var session = await OpenDirectLineAsync(client);
        GC.Collect();
        var memoryBefore = GC.GetTotalMemory(forceFullCollection: true);

        var serverErrors = new System.Collections.Concurrent.ConcurrentBag<string>();
        var next = -1;
        await Task.WhenAll(Enumerable.Range(0, Clients).Select(async _ =>
        {
            for (var i = Interlocked.Increment(ref next); i < Requests; i = Interlocked.Increment(ref next))
            {
                using var request = Hostile(i, session);
                var description = $"{request.Method} {request.RequestUri} #{i % HostileBodies.Length}";
                using var response = await client.SendAsync(request);
                if ((int)response.StatusCode >= 500 && !IsByDesign(response.StatusCode, i))
                {
                    serverErrors.Add($"{description}: {(int)response.StatusCode}");
                }
            }
        }));

        GC.Collect();
        var memoryGrowth = GC.GetTotalMemory(forceFullCollection: true) - memoryBefore;
        using var turn = await client.PostAsync("api/messages", Json(RealTurn()));

        Assert.Empty(serverErrors.Distinct().Take(20));
        Assert.True(turn.IsSuccessStatusCode, $"a real turn after the flood got {(int)turn.StatusCode}");
        Assert.InRange(memoryGrowth, long.MinValue, MemoryBudgetBytes);
    }

    /// <summary>503 with Retry-After when full; 501 for an invoke the bot has no handler for (the Bot Framework's convention).</summary>
    private static bool IsByDesign(HttpStatusCode status, int index) =>
        status == HttpStatusCode.ServiceUnavailable
        || (status == HttpStatusCode.NotImplemented && HostileBodies[index % HostileBodies.Length].Contains("\"invoke\"", StringComparison.Ordinal));

    private static HttpRequestMessage Hostile(int index, DirectLineSession session)
    {
        var body = HostileBodies[index % HostileBodies.Length];
        HttpRequestMessage request = (index % 4) switch
        {
            0 => new(HttpMethod.Post, "api/messages") { Content = Json(body) },
            1 => new(HttpMethod.Post, "api/messages") { Content = new StringContent(body, Encoding.UTF8, "text/plain") },
            2 => new(HttpMethod.Post, $"v3/directline/conversations/{(index % 8 == 2 ? "unknown" : "%2e%2e")}/activities") { Content = Json(body) },
            _ => new(HttpMethod.Post, "v3/directline/conversations/" + Uri.EscapeDataString(session.ConversationId) + "/activities") { Content = Json(body) },
        };
        if (index % 4 >= 2)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", index % 12 == 3 ? "not-a-token" : session.Token);
        }

        return request;
    }

    private static async Task<DirectLineSession> OpenDirectLineAsync(HttpClient client)
    {
        using var tokenRequest = new HttpRequestMessage(HttpMethod.Post, "widget/token");
        tokenRequest.Headers.Add("Origin", client.BaseAddress!.GetLeftPart(UriPartial.Authority));
        using var tokenResponse = await client.SendAsync(tokenRequest);
        tokenResponse.EnsureSuccessStatusCode();
        var grant = (await tokenResponse.Content.ReadFromJsonAsync<JsonObject>())!;
        using var open = new HttpRequestMessage(HttpMethod.Post, "v3/directline/conversations");
        open.Headers.Authorization = new AuthenticationHeaderValue("Bearer", grant["token"]!.GetValue<string>());
        using var opened = await client.SendAsync(open);
        opened.EnsureSuccessStatusCode();
        var conversation = (await opened.Content.ReadFromJsonAsync<JsonObject>())!;
        return new DirectLineSession(conversation["token"]!.GetValue<string>(), conversation["conversationId"]!.GetValue<string>());
    }

    private sealed record DirectLineSession(string Token, string ConversationId);

    private static StringContent Json(string body) => new(body, Encoding.UTF8, "application/json");

    private static string RealTurn() => new JsonObject
    {
        ["type"] = "message",
        ["id"] = "after-the-flood",
        ["channelId"] = "test",
        ["serviceUrl"] = "http://127.0.0.1:9/",
        ["deliveryMode"] = "expectReplies",
        ["text"] = "hoi",
        ["conversation"] = new JsonObject { ["id"] = "after-the-flood" },
        ["from"] = new JsonObject { ["id"] = "user", ["role"] = "user" },
        ["recipient"] = new JsonObject { ["id"] = "bot", ["role"] = "bot" },
    }.ToJsonString();
}
