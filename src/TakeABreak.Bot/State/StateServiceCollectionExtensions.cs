using Microsoft.Extensions.DependencyInjection.Extensions;
using TakeABreak.BotFramework.Turns;
using TakeABreak.Storage;

namespace TakeABreak.Bot.State;

public static class StateServiceCollectionExtensions
{
    /// <summary>Storage (SQLite or Blob, from configuration) and the per-conversation turn lock on top of it.</summary>
    public static IServiceCollection AddTakeABreakState(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddTakeABreakStorage(configuration);
        services.RemoveAll<IConversationTurnLock>();
        services.AddSingleton<IConversationTurnLock, StorageConversationTurnLock>();
        return services;
    }
}
