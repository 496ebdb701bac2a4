using System.Security.Cryptography;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using TakeABreak.Bot.Testing;
using TakeABreak.Deployment.Tests.Bicep;

namespace TakeABreak.Deployment.Tests.Templates;

/// <summary>
/// The template's app settings are a configuration the host accepts in Production: the real host starts with exactly
/// those settings (Key Vault references and values only Azure knows replaced by stand-ins), so every key the host
/// requires is set by the template. Every secret is a Key Vault reference, never a plain value.
/// </summary>
[Collection(CompiledMainTemplateCollection.Name)]
public sealed class HostConfigurationTemplateTests(CompiledMainTemplate main)
{
    /// <summary>Settings that hold secrets; each must be a Key Vault reference.</summary>
    private static readonly string[] SecretSettings = ["MicrosoftAppPassword", "Storage__ProtectionKey", "Widget__DirectLineSecret"];

    public static TheoryData<string> BotAppTypes => new() { "UserAssignedMSI", "SingleTenant" };

    [Theory]
    [MemberData(nameof(BotAppTypes))]
    public void No_secret_is_a_plain_app_setting(string botAppType)
    {
        var settings = Deploy(botAppType);

        foreach (var (name, value) in settings.Where(s => IsSecretName(s.Key)))
        {
            Assert.True(value.StartsWith("@Microsoft.KeyVault(", StringComparison.Ordinal), $"{name} is a secret but not a Key Vault reference");
        }

        Assert.Contains(settings.Keys, SecretSettings.Contains);
    }

    [Theory]
    [MemberData(nameof(BotAppTypes))]
    public void The_host_starts_in_Production_with_exactly_the_settings_the_template_gives_it(string botAppType)
    {
        var settings = Deploy(botAppType);
        using var host = new TestBotHost { EnvironmentName = Environments.Production }
            .WithServices(services => services.RemoveAll<IHostedService>());
        foreach (var (name, value) in settings.Where(s => s.Key != "ASPNETCORE_ENVIRONMENT"))
        {
            host.WithSetting(name.Replace("__", ":", StringComparison.Ordinal), StandIn(name, value));
        }

        // starting runs every options validation; hosted services (storage set-up, telemetry) are left out so nothing is contacted
        using var client = host.CreateClient();

        Assert.Equal(Environments.Production, settings["ASPNETCORE_ENVIRONMENT"]);
    }

    private IReadOnlyDictionary<string, string> Deploy(string botAppType) => botAppType == "SingleTenant"
        ? main.Deploy(("botAppType", botAppType), ("botAppId", "11111111-2222-3333-4444-555555555555"), ("botAppPassword", "not-a-real-secret")).AppSettings()
        : main.Deploy(("botAppType", botAppType)).AppSettings();

    private static bool IsSecretName(string name) =>
        SecretSettings.Contains(name) || name.EndsWith("Secret", StringComparison.Ordinal) || name.EndsWith("Password", StringComparison.Ordinal);

    /// <summary>What App Service would hand the app: the secret behind a Key Vault reference, or a value only Azure knows.</summary>
    private static string StandIn(string name, string value)
    {
        if (value.StartsWith("@Microsoft.KeyVault(", StringComparison.Ordinal))
        {
            return name == "Storage__ProtectionKey" ? Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)) : "stand-in-secret-" + Guid.NewGuid().ToString("N");
        }

        if (!value.Contains('[', StringComparison.Ordinal))
        {
            return value;
        }

        return name switch
        {
            "MicrosoftAppId" or "AZURE_CLIENT_ID" or "MicrosoftAppTenantId" => "00000000-0000-0000-0000-0000000000a1",
            "PublicBaseUrl" => "https://app-takeabreak.azurewebsites.net",
            "Storage__Blob__AccountUrl" => "https://sttakeabreak.blob.core.windows.net/",
            "APPLICATIONINSIGHTS_CONNECTION_STRING" => "InstrumentationKey=00000000-0000-0000-0000-000000000000",
            _ => throw new InvalidOperationException($"The template sets {name} to a value only Azure knows ({value}); add a stand-in for it here."),
        };
    }
}
