using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using TakeABreak.BotFramework.DirectLine;
using TakeABreak.BotFramework.Hosting;

namespace TakeABreak.Bot.Widget;

public static class WidgetServiceCollectionExtensions
{
    /// <summary>The website widget (options from the "Widget" section): pages, strings and the token source.</summary>
    public static IServiceCollection AddTakeABreakWidget(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<WidgetOptions>()
            .Bind(configuration.GetSection(WidgetOptions.SectionName))
            .Configure(options => options.ReadEmbedOriginList(configuration.GetSection(WidgetOptions.SectionName)))
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<WidgetOptions>, UsableDirectLineValidator>());
        services.TryAddSingleton(TimeProvider.System);
        services.AddPublicBaseUrl(configuration);
        services.TryAddSingleton<DirectLineRateLimiter>();
        services.TryAddSingleton<WidgetTokenOrigins>();
        services.TryAddSingleton<WidgetStrings>();
        services.TryAddSingleton<WidgetPages>();
        services.TryAddSingleton<WidgetAssets>();
        services.TryAddSingleton<WidgetContentSecurityPolicy>();
        services.AddHttpClient(AzureDirectLineTokenSource.HttpClientName).KeptBySingleton(); // by the token source below
        services.TryAddSingleton<IWidgetTokenSource>(provider =>
            string.IsNullOrEmpty(provider.GetRequiredService<IOptions<WidgetOptions>>().Value.DirectLineDomain)
                ? ActivatorUtilities.CreateInstance<LocalDirectLineTokenSource>(provider)
                : ActivatorUtilities.CreateInstance<AzureDirectLineTokenSource>(
                    provider, provider.GetRequiredService<IHttpClientFactory>().CreateClient(AzureDirectLineTokenSource.HttpClientName)));
        return services;
    }

    /// <summary>Security headers and the cache rule on every response (the widget's files are endpoints: see MapTakeABreakWidget).</summary>
    public static IApplicationBuilder UseTakeABreakWidget(this IApplicationBuilder app)
    {
        app.UseMiddleware<WidgetSecurityHeaders>();
        return app;
    }
}
