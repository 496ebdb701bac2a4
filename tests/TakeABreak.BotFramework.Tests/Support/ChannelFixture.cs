using TakeABreak.Bot.Testing.Fakes;

namespace TakeABreak.BotFramework.Tests.Support;

/// <summary>The loopback fakes of Azure Bot Service, shared by the tests of one class: OpenID/JWKS, Entra token endpoint, Connector.</summary>
public sealed class ChannelFixture : IAsyncLifetime
{
    public const string AppId = "00000000-0000-0000-0000-0000000000b0";
    public const string TenantId = "11111111-1111-1111-1111-111111111111";

    public FakeBotFrameworkOpenIdServer OpenId { get; private set; } = null!;

    public FakeEntraTokenEndpoint Entra { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        OpenId = await FakeBotFrameworkOpenIdServer.StartAsync("msteams", "webchat");
        Entra = await FakeEntraTokenEndpoint.StartAsync();
    }

    public async Task DisposeAsync()
    {
        await OpenId.DisposeAsync();
        await Entra.DisposeAsync();
    }

    /// <summary>Production settings of a SingleTenant bot whose identity services are the fakes.</summary>
    public Dictionary<string, string?> SingleTenantSettings(params string[] trustedServiceUrls)
    {
        var settings = new Dictionary<string, string?>
        {
            ["MicrosoftAppType"] = "SingleTenant",
            ["MicrosoftAppId"] = AppId,
            ["MicrosoftAppPassword"] = "test-secret",
            ["MicrosoftAppTenantId"] = TenantId,
            ["BotFramework:OpenIdMetadataUrl"] = OpenId.MetadataUrl,
            ["BotFramework:AuthorityHost"] = Entra.AuthorityHost,
            ["BotFramework:Connector:RetryBaseDelay"] = "00:00:00.010",
        };
        for (var i = 0; i < trustedServiceUrls.Length; i++)
        {
            settings[$"BotFramework:TrustedServiceUrls:{i}"] = trustedServiceUrls[i];
        }

        return settings;
    }
}
