using System.Security.Cryptography;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Options;
using TakeABreak.Bot.Staff;
using TakeABreak.Bot.Staff.Authentication;
using TakeABreak.Bot.Teams;
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
    private static readonly string[] SecretSettings = ["MicrosoftAppPassword", "Storage__ProtectionKey", "Widget__DirectLineSecret", "Staff__EntraId__ClientSecret"];

    public static TheoryData<string> BotAppTypes => new() { "UserAssignedMSI", "SingleTenant", StaffAndTeams };

    /// <summary>A deployment with the staff page sign-in, the staff group, allowed Teams tenants and Teams staff set.</summary>
    private const string StaffAndTeams = "UserAssignedMSI with staff sign-in and Teams staff";

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

    [Fact]
    public void Staff_sign_in_and_Teams_staff_settings_reach_the_host_as_it_reads_them()
    {
        var resources = main.Deploy(StaffAndTeamsParameters);
        var settings = resources.AppSettings();
        using var host = new TestBotHost { EnvironmentName = Environments.Production }
            .WithServices(services => services.RemoveAll<IHostedService>());
        foreach (var (name, value) in settings.Where(s => s.Key != "ASPNETCORE_ENVIRONMENT"))
        {
            host.WithSetting(name.Replace("__", ":", StringComparison.Ordinal), StandIn(name, value));
        }

        using var client = host.CreateClient();
        var teams = host.Services.GetRequiredService<IOptions<TeamsOptions>>().Value;
        var staff = host.Services.GetRequiredService<IOptions<StaffOptions>>().Value;

        Assert.Equal(["72f988bf-0000-4000-8000-000000000001", "0c1d2e3f-0000-4000-8000-000000000002"], teams.AllowedTenants);
        Assert.Equal(["00000000-0000-4000-8000-0000000057af"], teams.StaffObjectIds);
        Assert.Equal("5a5a5a5a-0000-4000-8000-00000000000f", staff.GroupId);
        Assert.True(StaffAuthentication.UsesEntraId(host.Services.GetRequiredService<IConfiguration>()));
        Assert.Equal("99999999-0000-4000-8000-000000000001", settings["Staff__EntraId__ClientId"]);
        Assert.EndsWith(";SecretName=staff-signin-client-secret)", settings["Staff__EntraId__ClientSecret"], StringComparison.Ordinal);
        Assert.Single(resources.OfType("Microsoft.KeyVault/vaults/secrets"), secret => secret.Name.EndsWith("staff-signin-client-secret", StringComparison.Ordinal));
    }

    [Fact]
    public void Without_staff_or_Teams_parameters_no_such_settings_are_made_up()
    {
        var settings = main.Deploy().AppSettings();

        Assert.DoesNotContain(settings.Keys, key => key.StartsWith("Staff__", StringComparison.Ordinal) || key.StartsWith("Teams__", StringComparison.Ordinal));
    }

    private static readonly (string Name, object? Value)[] StaffAndTeamsParameters =
    [
        ("staffSignInClientId", "99999999-0000-4000-8000-000000000001"),
        ("staffSignInClientSecret", "not-a-real-secret"),
        ("staffGroupId", "5a5a5a5a-0000-4000-8000-00000000000f"),
        ("teamsAllowedTenants", new List<object?> { "72f988bf-0000-4000-8000-000000000001", "0c1d2e3f-0000-4000-8000-000000000002" }),
        ("teamsStaffObjectIds", new List<object?> { "00000000-0000-4000-8000-0000000057af" }),
    ];

    private IReadOnlyDictionary<string, string> Deploy(string botAppType) => botAppType switch
    {
        "SingleTenant" => main.Deploy(("botAppType", botAppType), ("botAppId", "11111111-2222-3333-4444-555555555555"), ("botAppPassword", "not-a-real-secret")).AppSettings(),
        StaffAndTeams => main.Deploy(StaffAndTeamsParameters).AppSettings(),
        _ => main.Deploy(("botAppType", botAppType)).AppSettings(),
    };

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
            "MicrosoftAppId" or "AZURE_CLIENT_ID" or "MicrosoftAppTenantId" or "Staff__EntraId__TenantId" => "00000000-0000-0000-0000-0000000000a1",
            "Staff__EntraId__Instance" => "https://login.microsoftonline.com/",
            "PublicBaseUrl" => "https://app-takeabreak.azurewebsites.net",
            "Storage__Blob__AccountUrl" => "https://sttakeabreak.blob.core.windows.net/",
            "APPLICATIONINSIGHTS_CONNECTION_STRING" => "InstrumentationKey=00000000-0000-0000-0000-000000000000",
            _ => throw new InvalidOperationException($"The template sets {name} to a value only Azure knows ({value}); add a stand-in for it here."),
        };
    }
}
