using TakeABreak.Deployment.Tests.Bicep;

namespace TakeABreak.Deployment.Tests.Templates;

[Collection(CompiledMainTemplateCollection.Name)]
public sealed class LanguageTemplateTests(CompiledMainTemplate main)
{
    [Fact]
    public void Azure_OpenAI_is_off_by_default()
    {
        var resources = main.Deploy();

        Assert.Empty(resources.OfType("Microsoft.CognitiveServices/accounts"));
        Assert.Equal("false", resources.AppSettings()["Language__Enabled"]);
    }

    [Fact]
    public void Enabled_Azure_OpenAI_is_keyless_in_the_EU_data_zone_and_wired_into_the_app_settings()
    {
        var resources = main.Deploy(("enableOpenAi", true));
        var account = resources.Single("Microsoft.CognitiveServices/accounts");
        var deployment = resources.Single("Microsoft.CognitiveServices/accounts/deployments");
        var settings = resources.AppSettings();

        Assert.Equal("true", account.Properties.Text("disableLocalAuth"));
        Assert.Equal("swedencentral", account.Body.Text("location"));
        Assert.Equal("DataZoneStandard", deployment.Body.Text("sku.name"));
        Assert.Single(resources.OfType("Microsoft.Authorization/roleAssignments"),
            role => role.Properties.Text("roleDefinitionId")!.Contains("5e0bd9bd-7b93-4f28-af87-19fc36ad61bd", StringComparison.Ordinal));
        Assert.Equal("true", settings["Language__Enabled"]);
        Assert.Contains("reference('openAi').outputs.endpoint", settings["Language__Endpoint"], StringComparison.Ordinal);
        Assert.Contains("reference('openAi').outputs.deploymentName", settings["Language__Deployment"], StringComparison.Ordinal);
    }
}
