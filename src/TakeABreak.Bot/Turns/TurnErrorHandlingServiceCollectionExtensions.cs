using Microsoft.Extensions.DependencyInjection.Extensions;
using TakeABreak.BotFramework.Turns;

namespace TakeABreak.Bot.Turns;

public static class TurnErrorHandlingServiceCollectionExtensions
{
    /// <summary>After a failed turn: a calm message from content and a reset of the conversation's dialog state.</summary>
    public static IServiceCollection AddTakeABreakTurnErrorHandling(this IServiceCollection services)
    {
        services.TryAddEnumerable(ServiceDescriptor.Scoped<ITurnErrorHandler, CalmTurnErrorHandler>());
        return services;
    }
}
