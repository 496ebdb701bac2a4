using Microsoft.Extensions.Options;
using Microsoft.Identity.Client;
using TakeABreak.BotFramework.Authentication;

namespace TakeABreak.BotFramework.Connector;

/// <summary>
/// Client-credentials token from Microsoft Entra for MultiTenant (tenant botframework.com) and SingleTenant bots.
/// MSAL keeps the token in its in-memory app cache and fetches a new one shortly before it expires.
/// </summary>
public sealed class MsalConnectorTokenProvider : IConnectorTokenProvider
{
    public const string Scope = "https://api.botframework.com/.default";
    public const string MultiTenantTenant = "botframework.com";
    public const string HttpClientName = "TakeABreak.BotFramework.Msal";

    private readonly IConfidentialClientApplication _application;

    public MsalConnectorTokenProvider(IOptions<BotAuthenticationOptions> options, IMsalHttpClientFactory httpClientFactory)
    {
        var settings = options.Value;
        var tenant = settings.AppType == BotAppType.SingleTenant ? settings.MicrosoftAppTenantId! : MultiTenantTenant;
        var authority = $"{settings.AuthorityHost.TrimEnd('/')}/{Uri.EscapeDataString(tenant)}";
        var isDefaultHost = string.Equals(settings.AuthorityHost.TrimEnd('/'), BotAuthenticationOptions.DefaultAuthorityHost, StringComparison.OrdinalIgnoreCase);
        _application = ConfidentialClientApplicationBuilder
            .Create(settings.MicrosoftAppId)
            .WithClientSecret(settings.MicrosoftAppPassword)
            .WithAuthority(authority, validateAuthority: isDefaultHost)
            .WithInstanceDiscovery(isDefaultHost)
            .WithHttpClientFactory(httpClientFactory)
            .Build();
    }

    public async ValueTask<string?> GetTokenAsync(CancellationToken cancellationToken)
    {
        var result = await _application.AcquireTokenForClient([Scope]).ExecuteAsync(cancellationToken);
        return result.AccessToken;
    }
}

/// <summary>Lets MSAL use a client from IHttpClientFactory, so handlers, proxies and test certificates apply.</summary>
public sealed class MsalHttpClientFactory(IHttpClientFactory httpClientFactory) : IMsalHttpClientFactory
{
    public HttpClient GetHttpClient() => httpClientFactory.CreateClient(MsalConnectorTokenProvider.HttpClientName);
}
