using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using TakeABreak.BotFramework.Hosting;

namespace TakeABreak.BotFramework.DirectLine;

public static class DirectLineServiceCollectionExtensions
{
    /// <summary>
    /// The local Direct Line 3.0 server (options from the "DirectLine" section). Its stream needs
    /// <see cref="UseLocalDirectLineWebSockets"/> in the pipeline; map the routes with <see cref="DirectLineEndpoints.MapLocalDirectLine"/>.
    /// </summary>
    public static IServiceCollection AddLocalDirectLine(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<DirectLineOptions>()
            .Bind(configuration.GetSection(DirectLineOptions.SectionName))
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.TryAddSingleton(TimeProvider.System);
        services.AddPublicBaseUrl(configuration);
        services.TryAddSingleton<DirectLineTokens>();
        services.TryAddSingleton<DirectLineConversations>();
        services.TryAddSingleton<DirectLineRateLimiter>();
        services.TryAddSingleton<DirectLineStreamTickets>();
        services.TryAddSingleton<DirectLineAccess>();
        services.TryAddSingleton<DirectLineTurns>();
        return services;
    }

    /// <summary>WebSockets for the Direct Line stream; place it before the endpoints.</summary>
    public static IApplicationBuilder UseLocalDirectLineWebSockets(this IApplicationBuilder app) =>
        app.UseWebSockets(new WebSocketOptions { KeepAliveInterval = TimeSpan.FromSeconds(30) });
}
