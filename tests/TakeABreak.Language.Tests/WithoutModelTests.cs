using Microsoft.Extensions.AI;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using TakeABreak.BotFramework.Turns;
using TakeABreak.Bot.Language;
using TakeABreak.Bot.Testing;
using TakeABreak.Language.Recognizer;
using TakeABreak.Signalering.Understanding;

namespace TakeABreak.Language.Tests;

public sealed class WithoutModelTests
{
    [Fact]
    public void Without_settings_the_recognizer_and_the_template_are_used_and_no_model_client_exists()
    {
        using var host = new TestBotHost();
        using var scope = host.Services.CreateScope();

        Assert.IsType<RecognizerSignalSuggester>(host.Services.GetRequiredService<ISignalSuggester>());
        Assert.IsType<TemplateStaffSummaryWriter>(host.Services.GetRequiredService<IStaffSummaryWriter>());
        Assert.Null(host.Services.GetService<IChatClient>());
        Assert.DoesNotContain(scope.ServiceProvider.GetServices<IMiddleware>(), middleware => middleware is LanguageSafetyMiddleware);
        Assert.False(host.Services.GetRequiredService<IOptions<LanguageOptions>>().Value.IsEnabled);
    }

    [Theory]
    [InlineData("https://moviera-openai.openai.azure.com/", null, "set both Endpoint and Deployment")]
    [InlineData(null, "gpt-4o-mini", "set both Endpoint and Deployment")]
    [InlineData("http://moviera-openai.openai.azure.com/", "gpt-4o-mini", "must be an https URL")]
    [InlineData("not a url", "gpt-4o-mini", "must be an https URL")]
    public void Half_or_unsafe_settings_stop_the_start_with_a_clear_error(string? endpoint, string? deployment, string expected)
    {
        using var host = new TestBotHost().WithSetting("Language:Endpoint", endpoint).WithSetting("Language:Deployment", deployment);

        var error = Assert.ThrowsAny<Exception>(() => host.Services);

        Assert.Contains(expected, error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Without_a_key_the_client_signs_in_with_the_managed_identity()
    {
        var options = new LanguageOptions { Endpoint = "https://moviera-openai.openai.azure.com/", Deployment = "gpt-4o-mini" };

        Assert.True(options.UsesManagedIdentity);
        Assert.NotNull(LanguageServiceCollectionExtensions.CreateChatClient(options));
        Assert.Empty(options.Problems());
    }
}
