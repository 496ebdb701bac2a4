using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace TakeABreak.BotFramework.Authentication;

/// <summary>Refuses to start with an incomplete or unsafe Bot Framework identity.</summary>
internal sealed class BotAuthenticationOptionsValidator(IHostEnvironment environment) : IValidateOptions<BotAuthenticationOptions>
{
    public ValidateOptionsResult Validate(string? name, BotAuthenticationOptions options)
    {
        var failures = new List<string>();

        if (!BotAuthenticationOptions.TryParseAppType(options.MicrosoftAppType, out var appType))
        {
            failures.Add($"MicrosoftAppType '{options.MicrosoftAppType}' is not known. Use MultiTenant, SingleTenant or UserAssignedMSI.");
        }

        if (!options.IsAuthenticationEnabled)
        {
            if (!environment.IsDevelopment())
            {
                failures.Add(
                    $"MicrosoftAppId is not set, so requests to /api/messages could not be authenticated. " +
                    $"That is allowed only in the Development environment; this is '{environment.EnvironmentName}'. " +
                    "Set MicrosoftAppType, MicrosoftAppId, MicrosoftAppTenantId and (unless UserAssignedMSI) MicrosoftAppPassword.");
            }
        }
        else
        {
            if (appType is (BotAppType.MultiTenant or BotAppType.SingleTenant) && string.IsNullOrWhiteSpace(options.MicrosoftAppPassword))
            {
                failures.Add($"MicrosoftAppPassword is required for MicrosoftAppType {appType}.");
            }

            if (appType is (BotAppType.SingleTenant or BotAppType.UserAssignedMSI) && string.IsNullOrWhiteSpace(options.MicrosoftAppTenantId))
            {
                failures.Add($"MicrosoftAppTenantId is required for MicrosoftAppType {appType}.");
            }
        }

        RequireHttpsUrl(failures, "BotFramework:OpenIdMetadataUrl", options.OpenIdMetadataUrl);
        RequireHttpsUrl(failures, "BotFramework:AuthorityHost", options.AuthorityHost);
        foreach (var serviceUrl in options.TrustedServiceUrls)
        {
            if (!Uri.TryCreate(serviceUrl, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttps && uri.Scheme != Uri.UriSchemeHttp))
            {
                failures.Add($"BotFramework:TrustedServiceUrls contains '{serviceUrl}', which is not an absolute http(s) URL.");
            }
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private static void RequireHttpsUrl(List<string> failures, string key, string? value)
    {
        if (!Uri.TryCreate(value, UriKind.Absolute, out var uri) || uri.Scheme != Uri.UriSchemeHttps)
        {
            failures.Add($"{key} must be an absolute https URL; it is '{value}'.");
        }
    }
}
