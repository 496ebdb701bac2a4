namespace TakeABreak.BotFramework.Authentication;

/// <summary>The kinds of Azure Bot registration (configuration key <c>MicrosoftAppType</c>).</summary>
public enum BotAppType
{
    /// <summary>Registered in any tenant; tokens from the botframework.com tenant. Deprecated for new bots.</summary>
    MultiTenant,

    /// <summary>Registered in one tenant (<c>MicrosoftAppTenantId</c>); tokens from that tenant.</summary>
    SingleTenant,

    /// <summary>A user-assigned managed identity whose client id is <c>MicrosoftAppId</c>; no password.</summary>
    UserAssignedMSI,
}
