using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using TakeABreak.BotFramework.Turns;
using TakeABreak.Dialogs.Content;
using TakeABreak.Dialogs.Runtime;
using TakeABreak.Dialogs.State;
using TakeABreak.Dialogs.Turns;

namespace TakeABreak.Dialogs;

public static class DialogsServiceCollectionExtensions
{
    /// <summary>
    /// The dialog engine over the content in <paramref name="dialogsDirectory"/>, with an in-memory state store unless
    /// another <see cref="IDialogStateStore"/> is registered; a turn's state is saved when the turn succeeded. Register actions and sources as
    /// <see cref="IDialogAction"/>, <see cref="IDialogOptionSource"/>, <see cref="IDialogQuestionSource"/> singletons.
    /// The content is loaded (and checked) when the engine is first needed.
    /// </summary>
    public static IServiceCollection AddDialogEngine(this IServiceCollection services, Func<IServiceProvider, string> dialogsDirectory)
    {
        services.TryAddSingleton<IDialogStateStore, InMemoryDialogStateStore>();
        services.TryAddSingleton(provider => new DialogExtensionRegistry(
            provider.GetServices<IDialogAction>(),
            provider.GetServices<IDialogOptionSource>(),
            provider.GetServices<IDialogQuestionSource>()));
        services.TryAddSingleton(provider => DialogContentLoader.Load(dialogsDirectory(provider), provider.GetRequiredService<DialogExtensionRegistry>().Names));
        services.TryAddSingleton(provider => new DialogMachine(provider.GetRequiredService<DialogContent>(), provider.GetRequiredService<DialogExtensionRegistry>()));
        services.TryAddSingleton<DialogEngine>();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<ITurnCompletion, DialogStateSaving>());
        return services;
    }
}
