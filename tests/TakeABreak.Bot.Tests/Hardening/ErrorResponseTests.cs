using System.Net;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using TakeABreak.Bot.Testing;
using TakeABreak.Bot.Widget;

namespace TakeABreak.Bot.Tests.Hardening;

/// <summary>An unexpected failure answers a bare 500: no exception type, message or stack trace in the body, in any environment.</summary>
public sealed class ErrorResponseTests
{
    [Theory]
    [InlineData("Development")]
    [InlineData("Production")]
    public async Task An_unhandled_exception_leaves_no_trace_in_the_response_body(string environment)
    {
        using var host = new TestBotHost { EnvironmentName = environment }
            .WithSetting("MicrosoftAppId", environment == "Production" ? "00000000-0000-0000-0000-0000000000b0" : null)
            .WithSetting("MicrosoftAppPassword", environment == "Production" ? "test-secret" : null)
            .WithSetting("MicrosoftAppType", "MultiTenant")
            .WithSetting("PublicBaseUrl", "http://localhost")
            .WithSetting("Storage:ProtectionKey", Convert.ToBase64String(new byte[32]))
            .WithServices(services => services.AddSingleton<IWidgetTokenSource, ThrowingTokenSource>());
        using var client = host.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, WidgetEndpoints.TokenPath);
        request.Headers.Add("Origin", "http://localhost");

        using var response = await client.SendAsync(request);
        var body = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        Assert.DoesNotContain("ThrowingTokenSource", body, StringComparison.Ordinal);
        Assert.DoesNotContain("InvalidOperationException", body, StringComparison.Ordinal);
        Assert.DoesNotContain("private detail", body, StringComparison.Ordinal);
    }

    private sealed class ThrowingTokenSource : IWidgetTokenSource
    {
        public Task<WidgetToken> GetTokenAsync(HttpContext http, CancellationToken cancellationToken) =>
            throw new InvalidOperationException("private detail");
    }
}
