using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using TakeABreak.BotFramework.Hosting;

namespace TakeABreak.BotFramework.DirectLine;

public static class DirectLineServiceCollectionExtensions
{
    /// <summary>
    /// The local Direct Line 3.0 server (options from the "DirectLine" section). Also turns on WebSockets at the start
    /// of the pipeline, which the stream needs. Map the routes with <see cref="DirectLineEndpoints.MapLocalDirectLine"/>.
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
        services.TryAddSingleton<DirectLineAccess>();
        services.TryAddSingleton<DirectLineTurns>();
        services.AddSingleton<IStartupFilter, DirectLineWebSocketsStartupFilter>();
        return services;
    }

    private sealed class DirectLineWebSocketsStartupFilter : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.UseWebSockets(new WebSocketOptions { KeepAliveInterval = TimeSpan.FromSeconds(30) });
            next(app);
        };
    }
}
