using TakeABreak.Deployment.Tests.Bicep;

namespace TakeABreak.Deployment.Tests.Templates;

[Collection(CompiledMainTemplateCollection.Name)]
public sealed class WebAppTemplateTests(CompiledMainTemplate main)
{
    [Fact]
    public void Web_app_runs_dotnet_10_on_linux_https_only_always_on_with_readyz_health_check()
    {
        var resources = main.Deploy();
        var plan = resources.Single("Microsoft.Web/serverfarms");
        var site = resources.Single("Microsoft.Web/sites");

        Assert.Equal("true", plan.Properties.Text("reserved"));
        Assert.Equal("DOTNETCORE|10.0", site.Properties.Text("siteConfig.linuxFxVersion"));
        Assert.Equal("true", site.Properties.Text("httpsOnly"));
        Assert.Equal("true", site.Properties.Text("siteConfig.alwaysOn"));
        Assert.Equal("/readyz", site.Properties.Text("siteConfig.healthCheckPath"));
        Assert.Equal("1.2", site.Properties.Text("siteConfig.minTlsVersion"));
        Assert.Equal("Disabled", site.Properties.Text("siteConfig.ftpsState"));
    }

    [Fact]
    public void Web_app_has_only_the_user_assigned_identity_it_uses_and_reads_key_vault_with_it()
    {
        var site = main.Deploy().Single("Microsoft.Web/sites");

        Assert.Equal("UserAssigned", site.Body.Text("identity.type"));
        var userAssigned = Assert.Single(site.Body["identity"]!["userAssignedIdentities"]!.AsObject());
        Assert.Contains("Microsoft.ManagedIdentity/userAssignedIdentities", userAssigned.Key, StringComparison.Ordinal);
        Assert.Equal(userAssigned.Key, site.Properties.Text("keyVaultReferenceIdentity"));
    }

    [Theory]
    [InlineData("ASPNETCORE_ENVIRONMENT", "Production")]
    [InlineData("ASPNETCORE_FORWARDEDHEADERS_ENABLED", "true")]
    [InlineData("MicrosoftAppType", "UserAssignedMSI")]
    [InlineData("Storage__Provider", "Blob")]
    [InlineData("DirectLine__Enabled", "false")]
    [InlineData("Widget__DirectLineDomain", "https://directline.botframework.com/v3/directline")]
    public void App_settings_have_the_values_the_bot_expects_by_default(string key, string expected)
    {
        Assert.Equal(expected, main.Deploy().AppSettings()[key]);
    }

    [Fact]
    public void App_settings_use_the_keys_the_bot_reads_and_nothing_for_an_OTLP_exporter()
    {
        var settings = main.Deploy().AppSettings();

        Assert.Equal(
            [
                "APPLICATIONINSIGHTS_CONNECTION_STRING", "ASPNETCORE_ENVIRONMENT", "ASPNETCORE_FORWARDEDHEADERS_ENABLED", "AZURE_CLIENT_ID", "DirectLine__Enabled",
                "MicrosoftAppId", "MicrosoftAppTenantId", "MicrosoftAppType", "PublicBaseUrl", "Storage__Blob__AccountUrl",
                "Storage__ProtectionKey", "Storage__Provider", "Widget__DirectLineDomain", "Widget__DirectLineSecret", "Widget__EmbedOrigins",
            ],
            settings.Keys.Order(StringComparer.Ordinal));
        Assert.Contains("reference('storage').outputs.blobEndpoint", settings["Storage__Blob__AccountUrl"], StringComparison.Ordinal);
        Assert.Contains("ConnectionString", settings["APPLICATIONINSIGHTS_CONNECTION_STRING"], StringComparison.Ordinal);
    }

    [Fact]
    public void Managed_identity_bot_uses_the_identity_client_id_as_app_id_and_has_no_password()
    {
        var settings = main.Deploy().AppSettings();

        Assert.Equal(settings["AZURE_CLIENT_ID"], settings["MicrosoftAppId"]);
        Assert.Contains("clientId", settings["MicrosoftAppId"], StringComparison.Ordinal);
        Assert.DoesNotContain("MicrosoftAppPassword", settings.Keys);
    }

    [Fact]
    public void Storage_protection_key_reaches_the_app_only_as_a_key_vault_reference()
    {
        var settings = main.Deploy().AppSettings();

        Assert.StartsWith("@Microsoft.KeyVault(VaultName=", settings["Storage__ProtectionKey"], StringComparison.Ordinal);
        Assert.EndsWith(";SecretName=storage-protection-key)", settings["Storage__ProtectionKey"], StringComparison.Ordinal);
        Assert.DoesNotContain(settings.Values, value => value.Contains(new string('A', 43), StringComparison.Ordinal));
    }

    [Fact]
    public void Single_tenant_bot_gets_its_app_id_from_the_parameter_and_its_password_from_key_vault()
    {
        const string appId = "11111111-2222-3333-4444-555555555555";
        var settings = main.Deploy(("botAppType", "SingleTenant"), ("botAppId", appId), ("botAppPassword", "not-a-real-secret")).AppSettings();

        Assert.Equal("SingleTenant", settings["MicrosoftAppType"]);
        Assert.Equal(appId, settings["MicrosoftAppId"]);
        Assert.StartsWith("@Microsoft.KeyVault(VaultName=", settings["MicrosoftAppPassword"], StringComparison.Ordinal);
        Assert.EndsWith(";SecretName=microsoft-app-password)", settings["MicrosoftAppPassword"], StringComparison.Ordinal);
        Assert.DoesNotContain(settings.Values, value => value.Contains("not-a-real-secret", StringComparison.Ordinal));
    }

    [Fact]
    public void Http_access_logs_with_visitor_ip_addresses_are_not_collected()
    {
        var diagnostics = Assert.Single(main.Deploy().OfType("Microsoft.Insights/diagnosticSettings"), d => d.Module == "appService");
        var categories = diagnostics.Properties["logs"]!.AsArray().Select(log => log!["category"]!.GetValue<string>()).ToList();

        Assert.DoesNotContain("AppServiceHTTPLogs", categories);
        Assert.Contains("AppServicePlatformLogs", categories);
    }
}
