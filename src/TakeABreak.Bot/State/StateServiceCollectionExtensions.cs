using Microsoft.Extensions.DependencyInjection.Extensions;
using TakeABreak.BotFramework.Turns;
using TakeABreak.Dialogs.State;
using TakeABreak.Storage;

namespace TakeABreak.Bot.State;

public static class StateServiceCollectionExtensions
{
    /// <summary>
    /// Storage (SQLite or Blob, from configuration), the per-conversation turn lock (in this process, plus a lease
    /// across hosts when the storage is shared) and the dialog state on top of it.
    /// </summary>
    public static IServiceCollection AddTakeABreakState(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddTakeABreakStorage(configuration);
        services.RemoveAll<IConversationTurnLock>();
        services.AddSingleton<IConversationTurnLock>(sp => new StorageConversationTurnLock(sp.GetService<IConversationLock>()));
        services.RemoveAll<IDialogStateStore>();
        services.AddSingleton<IDialogStateStore, StoredDialogStateStore>();
        return services;
    }
}
