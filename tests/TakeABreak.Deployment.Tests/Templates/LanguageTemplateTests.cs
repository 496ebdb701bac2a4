using Microsoft.Extensions.DependencyInjection;
using TakeABreak.Bot.Testing;
using TakeABreak.Deployment.Tests.Bicep;
using TakeABreak.Language;
using TakeABreak.Language.Model;
using TakeABreak.Signalering.Understanding;

namespace TakeABreak.Deployment.Tests.Templates;

/// <summary>Azure OpenAI for the optional language model: off unless asked for, keyless, and wired to the settings the host reads.</summary>
[Collection(CompiledMainTemplateCollection.Name)]
public sealed class LanguageTemplateTests(CompiledMainTemplate main)
{
    private const string CognitiveServicesOpenAiUser = "5e0bd9bd-7b93-4f28-af87-19fc36ad61bd";

    [Fact]
    public void Without_asking_for_it_there_is_no_language_model_and_no_language_setting()
    {
        var resources = main.Deploy();

        Assert.Empty(resources.OfType("Microsoft.CognitiveServices/accounts"));
        Assert.DoesNotContain(resources.AppSettings().Keys, name => name.StartsWith("Language__", StringComparison.Ordinal));
    }

    [Fact]
    public void The_language_model_is_reached_only_with_the_app_identity_never_with_a_key()
    {
        var resources = main.Deploy(("languageModel", true));

        var account = resources.Single("Microsoft.CognitiveServices/accounts");
        Assert.Equal("OpenAI", account.Body.Text("kind"));
        Assert.Equal("true", account.Properties.Text("disableLocalAuth"));
        var assignment = Assert.Single(
            resources.OfType("Microsoft.Authorization/roleAssignments"),
            role => role.Properties.Text("roleDefinitionId")!.Contains(CognitiveServicesOpenAiUser, StringComparison.Ordinal));
        Assert.Equal("[reference('appIdentity').principalId]", assignment.Properties.Text("principalId"));
        Assert.DoesNotContain(resources.AppSettings().Keys, name => name == "Language__ApiKey");
    }

    [Fact]
    public void The_host_turns_the_model_on_with_the_settings_the_template_gives_it()
    {
        var settings = main.Deploy(("languageModel", true)).AppSettings();
        Assert.Contains("openAi", settings["Language__Endpoint"], StringComparison.Ordinal);
        Assert.Equal("takeabreak-language", settings["Language__Deployment"]);

        using var host = new TestBotHost()
            .WithSetting("Language:Endpoint", "https://oai-takeabreak.openai.azure.com/")
            .WithSetting("Language:Deployment", settings["Language__Deployment"]);

        Assert.IsType<LanguageModelSignalSuggester>(host.Services.GetRequiredService<ISignalSuggester>());
        Assert.True(host.Services.GetRequiredService<Microsoft.Extensions.Options.IOptions<LanguageOptions>>().Value.UsesManagedIdentity);
    }
}
