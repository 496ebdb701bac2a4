using Microsoft.Extensions.DependencyInjection.Extensions;
using TakeABreak.BotFramework.Turns;
using TakeABreak.Dialogs.State;
using TakeABreak.Storage;

namespace TakeABreak.Bot.State;

public static class StateServiceCollectionExtensions
{
    /// <summary>
    /// Storage (SQLite or Blob, from configuration), the per-conversation turn lock in this process, and the dialog
    /// state on top of it. Across hosts sharing Blob storage no lock is taken: a turn saves with the ETag it read, and a
    /// turn that loses runs again from a fresh read before anything of it leaves (BotAdapter).
    /// </summary>
    public static IServiceCollection AddTakeABreakState(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddTakeABreakStorage(configuration);
        services.RemoveAll<IConversationTurnLock>();
        services.AddSingleton<IConversationTurnLock, InProcessConversationTurnLock>();
        services.TryAddSingleton<RecentDialogStates>();
        services.RemoveAll<IDialogStateStore>();
        services.AddSingleton<IDialogStateStore, StoredDialogStateStore>();
        return services;
    }
}
