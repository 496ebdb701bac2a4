using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Http.Resilience;
using Microsoft.Extensions.Options;
using Microsoft.Identity.Client;
using Polly;
using TakeABreak.BotFramework.Authentication;
using TakeABreak.BotFramework.Connector;

namespace TakeABreak.BotFramework.Hosting;

public static class BotFrameworkChannelServiceCollectionExtensions
{
    public const string OpenIdHttpClientName = "TakeABreak.BotFramework.OpenId";

    /// <summary>
    /// The Azure Bot Service channel: configuration (root keys MicrosoftAppType/Id/Password/TenantId and the
    /// BotFramework section, validated at start), inbound JWT authentication, the Connector client with retries,
    /// and the turn pipeline. Without MicrosoftAppId the channel runs unauthenticated, in Development only.
    /// </summary>
    public static IServiceCollection AddBotFrameworkChannel(this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        ArgumentNullException.ThrowIfNull(environment);

        services.AddBotFrameworkTurns();
        // the app keys are at the root (as App Service and the Azure Bot docs name them), the rest in "BotFramework"
        services.AddOptions<BotAuthenticationOptions>()
            .Bind(configuration)
            .Bind(configuration.GetSection(BotAuthenticationOptions.SectionName))
            .ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<BotAuthenticationOptions>, BotAuthenticationOptionsValidator>());
        services.AddOptions<ConnectorOptions>()
            .Bind(configuration.GetSection(ConnectorOptions.SectionName))
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.AddHostedService<UnauthenticatedDevelopmentWarning>();

        AddChannelAuthentication(services);
        AddConnector(services);

        services.TryAddSingleton<BotMessagesEndpoint>();
        return services;
    }

    private static void AddChannelAuthentication(IServiceCollection services)
    {
        services.AddHttpClient(OpenIdHttpClientName).KeptBySingleton(); // by ChannelSigningKeys
        services.TryAddSingleton(sp => new ChannelSigningKeys(
            sp.GetRequiredService<IOptions<BotAuthenticationOptions>>().Value.OpenIdMetadataUrl,
            sp.GetRequiredService<IHttpClientFactory>().CreateClient(OpenIdHttpClientName),
            sp.GetRequiredService<TimeProvider>()));
        services.TryAddSingleton<JwtChannelAuthenticator>();
        services.TryAddSingleton<DevelopmentChannelAuthenticator>();
        services.TryAddSingleton<IChannelAuthenticator>(sp => sp.GetRequiredService<IOptions<BotAuthenticationOptions>>().Value.IsAuthenticationEnabled
            ? sp.GetRequiredService<JwtChannelAuthenticator>()
            : sp.GetRequiredService<DevelopmentChannelAuthenticator>());
    }

    private static void AddConnector(IServiceCollection services)
    {
        services.TryAddSingleton<TrustedServiceUrls>();

        services.AddHttpClient(MsalConnectorTokenProvider.HttpClientName);
        services.TryAddSingleton<IMsalHttpClientFactory, MsalHttpClientFactory>();
        services.TryAddSingleton<IConnectorTokenProvider>(sp =>
        {
            var options = sp.GetRequiredService<IOptions<BotAuthenticationOptions>>().Value;
            if (!options.IsAuthenticationEnabled)
            {
                return new NoConnectorTokenProvider();
            }

            return options.AppType == BotAppType.UserAssignedMSI
                ? ActivatorUtilities.CreateInstance<ManagedIdentityConnectorTokenProvider>(sp)
                : ActivatorUtilities.CreateInstance<MsalConnectorTokenProvider>(sp);
        });

        services.AddHttpClient<ConnectorClient>()
            .KeptBySingleton() // by the staff notification delivery
            .AddResilienceHandler("connector", (pipeline, context) =>
            {
                var options = context.GetOptions<ConnectorOptions>();
                if (options.MaxRetryAttempts > 0)
                {
                    pipeline.AddRetry(new HttpRetryStrategyOptions
                    {
                        MaxRetryAttempts = options.MaxRetryAttempts,
                        Delay = options.RetryBaseDelay,
                        BackoffType = DelayBackoffType.Exponential,
                        UseJitter = true,
                        ShouldRetryAfterHeader = true,
                        ShouldHandle = args => ValueTask.FromResult(ConnectorRetryPolicy.IsTransient(args.Outcome)),
                    });
                }

                // No retries (0) is allowed: a caller with its own retries, such as the staff outbox, may want that.
                pipeline.AddTimeout(options.AttemptTimeout);
            });
        services.TryAddTransient<ConnectorOutboundActivities>();
    }
}
