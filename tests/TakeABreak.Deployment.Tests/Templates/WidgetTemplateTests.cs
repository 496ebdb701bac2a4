using TakeABreak.Deployment.Tests.Bicep;

namespace TakeABreak.Deployment.Tests.Templates;

/// <summary>After a deployment the website widget works: the host uses Azure's Direct Line with a secret from Key Vault.</summary>
[Collection(CompiledMainTemplateCollection.Name)]
public sealed class WidgetTemplateTests(CompiledMainTemplate main)
{
    [Fact]
    public void The_Direct_Line_secret_goes_from_the_bot_channel_into_key_vault_and_reaches_the_app_only_as_a_reference()
    {
        var resources = main.Deploy();
        var secret = Assert.Single(resources.OfType("Microsoft.KeyVault/vaults/secrets"), s => s.Name.EndsWith("directline-secret", StringComparison.Ordinal));
        var settings = resources.AppSettings();

        Assert.Contains("listChannelWithKeys", secret.Properties.Text("value"), StringComparison.Ordinal);
        Assert.StartsWith("@Microsoft.KeyVault(VaultName=", settings["Widget__DirectLineSecret"], StringComparison.Ordinal);
        Assert.EndsWith(";SecretName=directline-secret)", settings["Widget__DirectLineSecret"], StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("global", "https://directline.botframework.com/v3/directline")]
    [InlineData("westeurope", "https://europe.directline.botframework.com/v3/directline")]
    public void The_widget_uses_the_Direct_Line_of_the_bot_registration_region(string botLocation, string domain)
    {
        Assert.Equal(domain, main.Deploy(("botLocation", botLocation)).AppSettings()["Widget__DirectLineDomain"]);
    }

    [Fact]
    public void Embedding_websites_and_the_public_address_come_from_parameters()
    {
        var settings = main.Deploy(
            ("publicBaseUrl", "https://chat.moviera.example"),
            ("webChatOrigins", new List<object?> { "https://www.moviera.example", "https://buurt.example" })).AppSettings();

        Assert.Equal("https://www.moviera.example https://buurt.example", settings["Widget__EmbedOrigins"]);
        Assert.Equal("https://chat.moviera.example", settings["PublicBaseUrl"]);
    }

    [Fact]
    public void Nothing_is_deployed_for_the_language_model_unless_it_is_asked_for()
    {
        var resources = main.Deploy();

        Assert.Empty(resources.OfType("Microsoft.CognitiveServices/accounts"));
        Assert.DoesNotContain(resources.AppSettings().Keys, key => key.StartsWith("Language__", StringComparison.Ordinal));
    }
}
