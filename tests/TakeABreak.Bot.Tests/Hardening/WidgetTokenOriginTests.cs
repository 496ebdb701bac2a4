using System.Net;
using TakeABreak.Bot.Testing;
using TakeABreak.Bot.Widget;

namespace TakeABreak.Bot.Tests.Hardening;

/// <summary>Widget tokens go only to pages of this host and of the configured embedding sites.</summary>
public sealed class WidgetTokenOriginTests
{
    [Theory]
    [InlineData("https://chat.example.nl", HttpStatusCode.OK)]
    [InlineData("https://www.moviera.example", HttpStatusCode.OK)]
    [InlineData("https://evil.example", HttpStatusCode.Forbidden)]
    [InlineData("https://chat.example.nl.evil.example", HttpStatusCode.Forbidden)]
    [InlineData("null", HttpStatusCode.Forbidden)]
    [InlineData(null, HttpStatusCode.Forbidden)]
    public async Task A_token_is_given_only_to_the_widget_own_origin_and_the_embedding_sites(string? origin, HttpStatusCode expected)
    {
        using var host = new TestBotHost()
            .WithSetting("PublicBaseUrl", "https://chat.example.nl")
            .WithSetting("Widget:EmbedOrigins:0", "https://www.moviera.example");
        using var client = host.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, WidgetEndpoints.TokenPath);
        if (origin is not null)
        {
            request.Headers.Add("Origin", origin);
        }

        using var response = await client.SendAsync(request);

        Assert.Equal(expected, response.StatusCode);
    }

    [Fact]
    public async Task Too_many_token_requests_get_429_with_Retry_After()
    {
        using var host = new TestBotHost().WithSetting("Widget:TokenRequestsPerMinutePerAddress", "1");
        using var client = host.CreateClient();

        using var first = await client.SendAsync(TokenRequest());
        using var second = await client.SendAsync(TokenRequest());

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(HttpStatusCode.TooManyRequests, second.StatusCode);
        Assert.InRange(second.Headers.RetryAfter?.Delta ?? TimeSpan.Zero, TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(60));
    }

    /// <summary>
    /// Behind Azure App Service every request reaches the host from the platform's front end, so without forwarded headers
    /// one visitor's limit would be everyone's. The deployment turns them on (ASPNETCORE_FORWARDEDHEADERS_ENABLED).
    /// </summary>
    [Fact]
    public async Task Behind_the_platform_proxy_each_visitor_has_their_own_token_limit()
    {
        using var host = BehindProxyWithOneTokenPerMinute();
        using var client = host.CreateClient();

        using var first = await client.SendAsync(TokenRequest(forwardedFor: "203.0.113.10"));
        using var otherVisitor = await client.SendAsync(TokenRequest(forwardedFor: "203.0.113.20"));
        using var firstAgain = await client.SendAsync(TokenRequest(forwardedFor: "203.0.113.10"));

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(HttpStatusCode.OK, otherVisitor.StatusCode);
        Assert.Equal(HttpStatusCode.TooManyRequests, firstAgain.StatusCode);
    }

    [Fact]
    public async Task A_visitor_cannot_escape_the_limit_by_prepending_a_forged_address()
    {
        using var host = BehindProxyWithOneTokenPerMinute();
        using var client = host.CreateClient();

        using var first = await client.SendAsync(TokenRequest(forwardedFor: "198.51.100.1, 203.0.113.10"));
        using var forged = await client.SendAsync(TokenRequest(forwardedFor: "198.51.100.2, 203.0.113.10"));

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(HttpStatusCode.TooManyRequests, forged.StatusCode);
    }

    private static TestBotHost BehindProxyWithOneTokenPerMinute() => new TestBotHost()
        .WithSetting("FORWARDEDHEADERS_ENABLED", "true")
        .WithSetting("Widget:TokenRequestsPerMinutePerAddress", "1");

    private static HttpRequestMessage TokenRequest(string? forwardedFor = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, WidgetEndpoints.TokenPath);
        request.Headers.Add("Origin", "http://localhost");
        if (forwardedFor is not null)
        {
            request.Headers.Add("X-Forwarded-For", forwardedFor);
        }

        return request;
    }
}
