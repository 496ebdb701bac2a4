using TakeABreak.Deployment.Tests.Bicep;

namespace TakeABreak.Deployment.Tests.Templates;

[Collection(CompiledMainTemplateCollection.Name)]
public sealed class BotTemplateTests(CompiledMainTemplate main)
{
    [Fact]
    public void Bot_can_only_be_registered_single_tenant_or_with_a_user_assigned_managed_identity()
    {
        var allowed = main.Template["parameters"]!["botAppType"]!["allowedValues"]!.AsArray().Select(value => value!.GetValue<string>());

        Assert.Equal(["UserAssignedMSI", "SingleTenant"], allowed);
    }

    [Fact]
    public void Managed_identity_bot_is_registered_with_the_identity_and_the_api_messages_endpoint_of_the_web_app()
    {
        var bot = main.Deploy().Single("Microsoft.BotService/botServices");

        Assert.Equal("azurebot", bot.Body.Text("kind"));
        Assert.Equal("UserAssignedMSI", bot.Properties.Text("msaAppType"));
        Assert.Equal("[reference('appIdentity').clientId]", bot.Properties.Text("msaAppId"));
        Assert.Contains("Microsoft.ManagedIdentity/userAssignedIdentities", bot.Properties.Text("msaAppMSIResourceId"), StringComparison.Ordinal);
        Assert.Equal("https://[reference('app').outputs.defaultHostName.value]/api/messages", bot.Properties.Text("endpoint"));
    }

    [Fact]
    public void Single_tenant_bot_is_registered_with_the_app_registration_and_no_managed_identity()
    {
        const string appId = "11111111-2222-3333-4444-555555555555";
        var bot = main.Deploy(("botAppType", "SingleTenant"), ("botAppId", appId), ("botAppPassword", "x")).Single("Microsoft.BotService/botServices");

        Assert.Equal("SingleTenant", bot.Properties.Text("msaAppType"));
        Assert.Equal(appId, bot.Properties.Text("msaAppId"));
        Assert.Null(bot.Properties.Text("msaAppMSIResourceId"));
    }

    [Fact]
    public void Bot_has_the_teams_channel_and_a_direct_line_3_site_limited_to_the_widget_on_the_bot_host()
    {
        var channels = main.Deploy(("publicBaseUrl", "https://chat.example.org"), ("webChatOrigins", new List<object?> { "https://www.example.org" }))
            .OfType("Microsoft.BotService/botServices/channels")
            .ToDictionary(channel => channel.Properties.Text("channelName")!);

        Assert.Equal(["DirectLineChannel", "MsTeamsChannel"], channels.Keys.Order(StringComparer.Ordinal));
        Assert.Equal("true", channels["MsTeamsChannel"].Properties.Text("properties.isEnabled"));
        var site = Assert.Single(channels["DirectLineChannel"].Properties["properties"]!["sites"]!.AsArray())!;
        Assert.Equal("true", site.Text("isV3Enabled"));
        Assert.Equal("false", site.Text("isV1Enabled"));
        Assert.Equal("true", site.Text("isSecureSiteEnabled"));
        Assert.Equal("""["https://chat.example.org"]""", site["trustedOrigins"]!.ToJsonString());
    }
}
