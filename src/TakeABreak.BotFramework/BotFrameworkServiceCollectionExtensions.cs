using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using TakeABreak.BotFramework.Teams;
using TakeABreak.BotFramework.Turns;

namespace TakeABreak.BotFramework;

public static class BotFrameworkServiceCollectionExtensions
{
    /// <summary>The turn pipeline: adapter, per-conversation turn lock, telemetry and the typing indicator.</summary>
    public static IServiceCollection AddBotFrameworkTurns(this IServiceCollection services)
    {
        services.AddMetrics();
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<IConversationTurnLock, InProcessConversationTurnLock>();
        services.TryAddSingleton<TurnTelemetry>();
        services.TryAddSingleton<BotAdapter>();
        services.TryAddScoped<TurnAftermath>();
        services.AddOptions<TypingIndicatorOptions>().BindConfiguration(TypingIndicatorOptions.SectionName);
        services.TryAddEnumerable(ServiceDescriptor.Scoped<IMiddleware, RecipientMentionMiddleware>());
        services.TryAddEnumerable(ServiceDescriptor.Scoped<IMiddleware, TypingIndicatorMiddleware>());
        return services;
    }
}
