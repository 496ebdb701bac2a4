using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using TakeABreak.Bot.Testing;
using TakeABreak.BotFramework.DirectLine;
using TakeABreak.Bot.Widget;

namespace TakeABreak.Bot.Tests.Hardening;

/// <summary>
/// A token flood from many addresses (1,800 token requests from 60 loopback addresses against 300 conversation
/// slots) cannot stop a new visitor from starting a chat. Each address may get 20 tokens and open 10 conversations
/// a minute, so the flood can ask for 600 conversations: every slot is taken when the visitor comes, however the
/// 60 addresses happen to interleave.
/// </summary>
public sealed class WidgetTokenFloodTests
{
    private const int SlotCount = 300;
    private const int FloodAddresses = 60;
    private const int TokenRequestsPerAddress = 30;

    [Fact]
    public async Task A_token_flood_from_many_addresses_leaves_room_for_a_new_visitor()
    {
        var port = LoopbackClients.FreePort();
        var baseUrl = new Uri($"http://127.0.0.1:{port}/");
        using var host = new TestBotHost().WithSetting("DirectLine:MaxConversations", SlotCount.ToString(CultureInfo.InvariantCulture));
        host.UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, port));
        host.StartServer();

        var floods = Enumerable.Range(1, FloodAddresses).Select(i => FloodAsync($"127.0.0.{10 + i}", baseUrl));
        var results = await Task.WhenAll(floods);
        var heldWhenTheVisitorCame = host.Services.GetRequiredService<DirectLineConversations>().Count;

        using var visitor = LoopbackClients.From("127.0.0.200", baseUrl);
        using var tokenResponse = await RequestTokenAsync(visitor, baseUrl);
        Assert.Equal(HttpStatusCode.OK, tokenResponse.StatusCode);
        var token = (await tokenResponse.Content.ReadFromJsonAsync<JsonObject>())!["token"]!.GetValue<string>();
        using var opened = await OpenConversationAsync(visitor, token);

        Assert.Equal(HttpStatusCode.Created, opened.StatusCode);
        Assert.All(results, result => Assert.True(result.ThrottledWithoutRetryAfter == 0, "every 429 and 503 carries Retry-After"));
        Assert.True(results.Sum(r => r.Throttled) > 0, "the flood was throttled");
        Assert.Equal(SlotCount, heldWhenTheVisitorCame);
        Assert.True(results.Sum(r => r.Opened) >= SlotCount, "the flood opened at least as many conversations as there are slots");
    }

    private static async Task<FloodResult> FloodAsync(string address, Uri baseUrl)
    {
        using var client = LoopbackClients.From(address, baseUrl);
        var result = new FloodResult();
        for (var i = 0; i < TokenRequestsPerAddress; i++)
        {
            using var response = await RequestTokenAsync(client, baseUrl);
            if (response.StatusCode == HttpStatusCode.TooManyRequests)
            {
                result.Count429(response.Headers.RetryAfter is not null);
                continue;
            }

            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            var token = (await response.Content.ReadFromJsonAsync<JsonObject>())!["token"]!.GetValue<string>();
            using var opened = await OpenConversationAsync(client, token);
            if (opened.StatusCode == HttpStatusCode.Created)
            {
                result.Opened++;
            }
            else
            {
                Assert.Contains(opened.StatusCode, new[] { HttpStatusCode.TooManyRequests, HttpStatusCode.ServiceUnavailable });
                result.Count429(opened.Headers.RetryAfter is not null);
            }
        }

        return result;
    }

    private static Task<HttpResponseMessage> RequestTokenAsync(HttpClient client, Uri baseUrl)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, WidgetEndpoints.TokenPath);
        request.Headers.Add("Origin", baseUrl.GetLeftPart(UriPartial.Authority));
        return client.SendAsync(request);
    }

    private static Task<HttpResponseMessage> OpenConversationAsync(HttpClient client, string token)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/v3/directline/conversations");
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client.SendAsync(request);
    }

    private sealed class FloodResult
    {
        public int Opened { get; set; }

        public int Throttled { get; private set; }

        public int ThrottledWithoutRetryAfter { get; private set; }

        public void Count429(bool withRetryAfter)
        {
            Throttled++;
            if (!withRetryAfter)
            {
                ThrottledWithoutRetryAfter++;
            }
        }
    }
}
