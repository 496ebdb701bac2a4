using System.Net;
using Microsoft.Extensions.Options;
using TakeABreak.Bot.Testing;
using TakeABreak.Bot.Widget;

namespace TakeABreak.Bot.Tests.Hardening;

public sealed class WidgetConfigurationTests
{
    [Fact]
    public void The_host_refuses_to_start_when_no_Direct_Line_is_usable()
    {
        var refusal = TestBotHost.RefusalToStart(() => new TestBotHost().WithSetting("DirectLine:Enabled", "false"));

        var exception = Assert.IsType<OptionsValidationException>(refusal);

        Assert.Contains("No Direct Line is usable", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Azure_Direct_Line_alone_is_a_usable_configuration()
    {
        using var host = new TestBotHost()
            .WithSetting("DirectLine:Enabled", "false")
            .WithSetting("Widget:DirectLineDomain", "https://europe.directline.botframework.com/v3/directline")
            .WithSetting("Widget:DirectLineSecret", "not-a-real-secret");

        using var client = host.CreateClient();

        Assert.NotNull(client);
    }

    [Fact]
    public async Task Embed_origins_given_as_one_space_separated_value_reach_the_CSP_and_the_token_check()
    {
        using var host = new TestBotHost().WithSetting("Widget:EmbedOrigins", "https://www.moviera.example https://buurt.example");
        using var client = host.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, WidgetEndpoints.TokenPath);
        request.Headers.Add("Origin", "https://buurt.example");

        using var page = await client.GetAsync(new Uri("/", UriKind.Relative));
        using var token = await client.SendAsync(request);

        Assert.Contains("frame-ancestors 'self' https://www.moviera.example https://buurt.example", string.Join(' ', page.Headers.GetValues("Content-Security-Policy")), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, token.StatusCode);
    }
}
