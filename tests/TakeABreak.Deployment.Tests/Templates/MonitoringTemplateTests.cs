using TakeABreak.Deployment.Tests.Bicep;

namespace TakeABreak.Deployment.Tests.Templates;

[Collection(CompiledMainTemplateCollection.Name)]
public sealed class MonitoringTemplateTests(CompiledMainTemplate main)
{
    [Theory]
    [InlineData("keyVault", "AuditEvent")]
    [InlineData("storage", "StorageWrite")]
    [InlineData("storage", "StorageDelete")]
    [InlineData("bot", "BotRequest")]
    [InlineData("appService", "AppServicePlatformLogs")]
    public void Each_resource_that_holds_or_passes_data_sends_its_logs_to_log_analytics(string module, string category)
    {
        var settings = main.Deploy().OfType("Microsoft.Insights/diagnosticSettings").Where(d => d.Module == module).ToList();

        Assert.Contains(settings, setting =>
            setting.Properties["logs"]!.AsArray().Any(log => log!["category"]!.GetValue<string>() == category && log["enabled"]!.GetValue<bool>())
            && setting.Properties.Text("workspaceId")!.Contains("workspaceId", StringComparison.Ordinal));
    }

    [Fact]
    public void An_availability_test_checks_readyz_from_several_locations_and_an_alert_fires_when_two_fail()
    {
        var resources = main.Deploy(("publicBaseUrl", "https://chat.moviera.example"), ("alertEmailAddress", "beheer@moviera.example"));
        var test = resources.Single("Microsoft.Insights/webtests");
        var alert = resources.Single("Microsoft.Insights/metricAlerts");
        var group = resources.Single("Microsoft.Insights/actionGroups");

        Assert.Equal("https://chat.moviera.example/readyz", test.Properties.Text("Request.RequestUrl"));
        Assert.Equal("200", test.Properties.Text("ValidationRules.ExpectedHttpStatusCode"));
        Assert.True(test.Properties["Locations"]!.AsArray().Count >= 3);
        Assert.Equal("Microsoft.Azure.Monitor.WebtestLocationAvailabilityCriteria", alert.Properties.Text("criteria.odata.type") ?? alert.Properties["criteria"]!["odata.type"]!.ToString());
        Assert.Equal("2", alert.Properties.Text("criteria.failedLocationCount"));
        Assert.Equal("beheer@moviera.example", group.Properties["emailReceivers"]![0]!.Text("emailAddress"));
    }

    [Fact]
    public void Without_an_alert_address_the_alert_still_exists_but_no_action_group_is_made()
    {
        var resources = main.Deploy();

        Assert.Single(resources.OfType("Microsoft.Insights/metricAlerts"));
        Assert.Empty(resources.OfType("Microsoft.Insights/actionGroups"));
    }
}
