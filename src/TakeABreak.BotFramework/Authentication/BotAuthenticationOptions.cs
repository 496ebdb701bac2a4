namespace TakeABreak.BotFramework.Authentication;

/// <summary>
/// Who the bot is towards Azure Bot Service. Read from the root configuration keys Bot Framework users know
/// (<c>MicrosoftAppType</c>, <c>MicrosoftAppId</c>, <c>MicrosoftAppPassword</c>, <c>MicrosoftAppTenantId</c>)
/// plus the <c>BotFramework</c> section. Secrets belong in user-secrets, App Service settings or Key Vault.
/// </summary>
public sealed class BotAuthenticationOptions
{
    public const string SectionName = "BotFramework";
    public const string DefaultOpenIdMetadataUrl = "https://login.botframework.com/v1/.well-known/openidconfiguration";
    public const string DefaultAuthorityHost = "https://login.microsoftonline.com";

    /// <summary><c>MicrosoftAppType</c>: MultiTenant (default, as in the Bot Framework SDK), SingleTenant or UserAssignedMSI.</summary>
    public string? MicrosoftAppType { get; set; }

    /// <summary><c>MicrosoftAppId</c>. Empty means no channel authentication at all, allowed only in Development.</summary>
    public string? MicrosoftAppId { get; set; }

    /// <summary><c>MicrosoftAppPassword</c>: the client secret (MultiTenant, SingleTenant).</summary>
    public string? MicrosoftAppPassword { get; set; }

    /// <summary><c>MicrosoftAppTenantId</c>: the tenant of a SingleTenant or UserAssignedMSI bot.</summary>
    public string? MicrosoftAppTenantId { get; set; }

    /// <summary><c>BotFramework:OpenIdMetadataUrl</c>: where the channel's signing keys are published. Must be https.</summary>
    public string OpenIdMetadataUrl { get; set; } = DefaultOpenIdMetadataUrl;

    /// <summary><c>BotFramework:AuthorityHost</c>: the Microsoft Entra host that issues the bot's outbound tokens. Must be https.</summary>
    public string AuthorityHost { get; set; } = DefaultAuthorityHost;

    /// <summary><c>BotFramework:TrustedServiceUrls</c>: service URLs the bot may call before any activity arrived from them (proactive messages).</summary>
    public IList<string> TrustedServiceUrls { get; set; } = [];

    /// <summary>False when no MicrosoftAppId is set: inbound requests are not authenticated and outbound ones carry no token.</summary>
    public bool IsAuthenticationEnabled => !string.IsNullOrWhiteSpace(MicrosoftAppId);

    /// <summary>The parsed <see cref="MicrosoftAppType"/>; the validator has rejected anything unparseable at start.</summary>
    public BotAppType AppType => TryParseAppType(MicrosoftAppType, out var type) ? type : BotAppType.MultiTenant;

    internal static bool TryParseAppType(string? value, out BotAppType type)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            type = BotAppType.MultiTenant;
            return true;
        }

        return Enum.TryParse(value.Trim(), ignoreCase: true, out type) && Enum.IsDefined(type);
    }
}
