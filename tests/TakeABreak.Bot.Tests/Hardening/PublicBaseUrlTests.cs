using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Options;
using TakeABreak.Bot.Testing;
using TakeABreak.Bot.Widget;

namespace TakeABreak.Bot.Tests.Hardening;

/// <summary>Every address the host hands out comes from PublicBaseUrl; a forged Host header shows up nowhere.</summary>
public sealed class PublicBaseUrlTests
{
    private const string ForgedHost = "attacker.example";

    [Fact]
    public async Task A_forged_Host_header_reaches_neither_the_token_domain_the_stream_url_nor_the_CSP()
    {
        using var host = new TestBotHost().WithSetting("PublicBaseUrl", "https://chat.example.nl");
        using var client = host.CreateClient();

        using var page = new HttpRequestMessage(HttpMethod.Get, "/");
        page.Headers.Host = ForgedHost;
        using var pageResponse = await client.SendAsync(page);
        var csp = string.Join(' ', pageResponse.Headers.GetValues("Content-Security-Policy"));

        using var tokenRequest = new HttpRequestMessage(HttpMethod.Post, WidgetEndpoints.TokenPath);
        tokenRequest.Headers.Host = ForgedHost;
        tokenRequest.Headers.Add("Origin", "https://chat.example.nl");
        using var tokenResponse = await client.SendAsync(tokenRequest);
        var token = (await tokenResponse.Content.ReadFromJsonAsync<JsonObject>())!;

        using var open = new HttpRequestMessage(HttpMethod.Post, "/v3/directline/conversations");
        open.Headers.Host = ForgedHost;
        open.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token["token"]!.GetValue<string>());
        using var openResponse = await client.SendAsync(open);
        var streamUrl = (await openResponse.Content.ReadFromJsonAsync<JsonObject>())!["streamUrl"]!.GetValue<string>();

        Assert.Equal("https://chat.example.nl/v3/directline", token["domain"]!.GetValue<string>());
        Assert.StartsWith("wss://chat.example.nl/v3/directline/conversations/", streamUrl, StringComparison.Ordinal);
        Assert.Contains("wss://chat.example.nl", csp, StringComparison.Ordinal);
        Assert.DoesNotContain(ForgedHost, csp, StringComparison.Ordinal);
    }

    [Fact]
    public void Outside_Development_the_host_refuses_to_start_without_PublicBaseUrl()
    {
        var refusal = TestBotHost.RefusalToStart(() => new TestBotHost { EnvironmentName = "Production" }
            .WithSetting("MicrosoftAppId", "00000000-0000-0000-0000-0000000000b0")
            .WithSetting("MicrosoftAppPassword", "test-secret")
            .WithSetting("MicrosoftAppType", "MultiTenant")
            .WithSetting("Storage:ProtectionKey", Convert.ToBase64String(new byte[32])));

        var exception = Assert.IsType<OptionsValidationException>(refusal);

        Assert.Contains("PublicBaseUrl", exception.Message, StringComparison.Ordinal);
    }
}
