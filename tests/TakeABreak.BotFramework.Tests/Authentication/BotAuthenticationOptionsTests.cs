using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using TakeABreak.BotFramework.Authentication;
using TakeABreak.BotFramework.Schema;
using TakeABreak.BotFramework.Tests.Support;

namespace TakeABreak.BotFramework.Tests.Authentication;

/// <summary>The bot's identity is read from the keys Bot Framework users know and checked before the host serves anything.</summary>
public sealed class BotAuthenticationOptionsTests
{
    [Theory]
    [InlineData("Production")]
    [InlineData("Staging")]
    public async Task Outside_development_the_host_refuses_to_start_without_an_app_id(string environment)
    {
        var exception = await Assert.ThrowsAsync<OptionsValidationException>(() => ChannelTestHost.StartAsync(environment, new Dictionary<string, string?>()));

        Assert.Contains("MicrosoftAppId is not set", exception.Message, StringComparison.Ordinal);
        Assert.Contains("only in the Development environment", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task In_development_without_an_app_id_unauthenticated_requests_are_accepted_with_a_warning_at_start()
    {
        await using var host = await ChannelTestHost.StartAsync("Development", new Dictionary<string, string?>());
        var activity = ActivityRequests.Message("https://channel.invalid/");
        activity.DeliveryMode = DeliveryModes.ExpectReplies;

        using var response = await host.Client.SendAsync(ActivityRequests.Post(activity));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(host.Logs.GetSnapshot(), record => record.Level == LogLevel.Warning && record.Message.Contains("MicrosoftAppId is not set", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("SingleTenant", "secret", null, "MicrosoftAppTenantId is required for MicrosoftAppType SingleTenant")]
    [InlineData("SingleTenant", null, "tenant", "MicrosoftAppPassword is required for MicrosoftAppType SingleTenant")]
    [InlineData("MultiTenant", null, null, "MicrosoftAppPassword is required for MicrosoftAppType MultiTenant")]
    [InlineData("UserAssignedMSI", null, null, "MicrosoftAppTenantId is required for MicrosoftAppType UserAssignedMSI")]
    [InlineData("SomethingElse", "secret", "tenant", "MicrosoftAppType 'SomethingElse' is not known")]
    public async Task Incomplete_identity_stops_the_start_with_a_clear_message(string appType, string? password, string? tenant, string expected)
    {
        var settings = new Dictionary<string, string?>
        {
            ["MicrosoftAppType"] = appType,
            ["MicrosoftAppId"] = "00000000-0000-0000-0000-0000000000b0",
            ["MicrosoftAppPassword"] = password,
            ["MicrosoftAppTenantId"] = tenant,
        };

        var exception = await Assert.ThrowsAsync<OptionsValidationException>(() => ChannelTestHost.StartAsync("Production", settings));

        Assert.Contains(expected, exception.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("BotFramework:OpenIdMetadataUrl", "http://login.botframework.com/v1/.well-known/openidconfiguration")]
    [InlineData("BotFramework:AuthorityHost", "not a url")]
    [InlineData("BotFramework:TrustedServiceUrls:0", "ftp://files.example.test/")]
    public async Task Unsafe_or_malformed_urls_stop_the_start(string key, string value)
    {
        var settings = new Dictionary<string, string?> { [key] = value };

        var exception = await Assert.ThrowsAsync<OptionsValidationException>(() => ChannelTestHost.StartAsync("Development", settings));

        Assert.Contains(string.Join(':', key.Split(':').Take(2)), exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Complete_single_tenant_identity_starts_and_is_read_from_the_root_keys()
    {
        var settings = new Dictionary<string, string?>
        {
            ["MicrosoftAppType"] = "singletenant",
            ["MicrosoftAppId"] = "app",
            ["MicrosoftAppPassword"] = "secret",
            ["MicrosoftAppTenantId"] = "tenant",
            ["BotFramework:TrustedServiceUrls:0"] = "https://smba.trafficmanager.net/teams/",
        };

        await using var host = await ChannelTestHost.StartAsync("Production", settings);

        var options = host.Services.GetRequiredService<IOptions<BotAuthenticationOptions>>().Value;
        Assert.Equal(BotAppType.SingleTenant, options.AppType);
        Assert.Equal(("app", "tenant"), (options.MicrosoftAppId, options.MicrosoftAppTenantId));
        Assert.Equal(BotAuthenticationOptions.DefaultOpenIdMetadataUrl, options.OpenIdMetadataUrl);
        Assert.Equal(["https://smba.trafficmanager.net/teams/"], options.TrustedServiceUrls);
    }
}
