using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace TakeABreak.BotFramework.Hosting;

public static class PublicBaseUrlServiceCollectionExtensions
{
    /// <summary>The host's public base address from the root key <c>PublicBaseUrl</c>, validated at start.</summary>
    public static IServiceCollection AddPublicBaseUrl(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<PublicBaseUrlOptions>().Bind(configuration).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<PublicBaseUrlOptions>, PublicBaseUrlOptionsValidator>());
        services.TryAddSingleton<PublicBaseUrl>();
        return services;
    }
}
