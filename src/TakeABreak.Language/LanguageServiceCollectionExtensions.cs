using System.ClientModel;
using System.ClientModel.Primitives;
using Azure.AI.OpenAI;
using Azure.Identity;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using TakeABreak.Language.Model;
using TakeABreak.Language.Recognizer;
using TakeABreak.Language.Summary;
using TakeABreak.Signalering.Understanding;

namespace TakeABreak.Language;

public static class LanguageServiceCollectionExtensions
{
    /// <summary>
    /// Understanding free text and writing the staff summary. Always: the deterministic recognizer and the template
    /// summary. With "Language:Endpoint" and "Language:Deployment" set: an Azure OpenAI chat client (key, or
    /// DefaultAzureCredential) behind <see cref="IChatClient"/>, which may add suggestions and raise levels. Needs the
    /// assessment, safety and dialog content registered. Returns whether the model is on.
    /// </summary>
    public static bool AddTakeABreakLanguage(this IServiceCollection services, IConfiguration configuration)
    {
        var section = configuration.GetSection(LanguageOptions.SectionName);
        var settings = section.Get<LanguageOptions>() ?? new LanguageOptions();
        if (settings.Problems() is { Count: > 0 } problems)
        {
            throw new OptionsValidationException(LanguageOptions.SectionName, typeof(LanguageOptions), problems);
        }

        services.AddOptions<LanguageOptions>().Bind(section);
        services.TryAddSingleton<RecognizerSignalSuggester>();
        if (!settings.IsEnabled)
        {
            services.TryAddSingleton<ISignalSuggester>(provider => provider.GetRequiredService<RecognizerSignalSuggester>());
            services.TryAddSingleton<IStaffSummaryWriter, TemplateStaffSummaryWriter>();
            return false;
        }

        services.AddMetrics();
        services.TryAddSingleton(provider => CreateChatClient(provider.GetRequiredService<IOptions<LanguageOptions>>().Value));
        services.TryAddSingleton<LanguageMetrics>();
        services.TryAddSingleton<ModelCall>();
        services.TryAddSingleton<SuggestionSchema>();
        services.TryAddSingleton<SuggestionPrompt>();
        services.TryAddSingleton<SuggestionAnswerReader>();
        services.TryAddSingleton<SummaryPrompt>();
        services.TryAddSingleton<ISignalSuggester, LanguageModelSignalSuggester>();
        services.TryAddSingleton<IStaffSummaryWriter, LanguageModelSummaryWriter>();
        return true;
    }

    /// <summary>The real Azure OpenAI client, without its own retries: a turn waits at most the timeout, then falls back.</summary>
    public static IChatClient CreateChatClient(LanguageOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var endpoint = new Uri(options.Endpoint!);
        var clientOptions = new AzureOpenAIClientOptions
        {
            RetryPolicy = new ClientRetryPolicy(maxRetries: 0),
            NetworkTimeout = options.Timeout,
        };
        var client = options.UsesManagedIdentity
            ? new AzureOpenAIClient(endpoint, new DefaultAzureCredential(), clientOptions)
            : new AzureOpenAIClient(endpoint, new ApiKeyCredential(options.ApiKey!), clientOptions);
        return client.GetChatClient(options.Deployment!).AsIChatClient();
    }
}
