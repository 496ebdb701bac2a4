using Microsoft.Extensions.DependencyInjection.Extensions;
using TakeABreak.Bot.Turns;
using TakeABreak.BotFramework.Turns;
using TakeABreak.Dialogs.State;
using TakeABreak.Storage;

namespace TakeABreak.Bot.State;

public static class StateServiceCollectionExtensions
{
    /// <summary>Storage (SQLite or Blob, from configuration), the per-conversation turn lock and the dialog state on top of it.</summary>
    public static IServiceCollection AddTakeABreakState(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddTakeABreakStorage(configuration);
        services.RemoveAll<IConversationTurnLock>();
        services.AddSingleton<IConversationTurnLock, StorageConversationTurnLock>();
        services.RemoveAll<IDialogStateStore>();
        services.AddSingleton<StoredDialogStateStore>();
        services.AddSingleton(sp => new RepliesFirstDialogStateStore(sp.GetRequiredService<StoredDialogStateStore>()));
        services.AddSingleton<IDialogStateStore>(sp => sp.GetRequiredService<RepliesFirstDialogStateStore>());
        services.AddSingleton<ITurnCompletion>(sp => sp.GetRequiredService<RepliesFirstDialogStateStore>());
        return services;
    }
}
