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
    /// another <see cref="IDialogStateStore"/> is registered; a turn's state is saved when the turn succeeded. Register actions
    /// with <see cref="AddDialogAction{TAction}"/>, sources as <see cref="IDialogOptionSource"/> and <see cref="IDialogQuestionSource"/>
    /// singletons. The engine is scoped (one per turn); resolve it from the turn's scope.
    /// The content is loaded (and checked) when the engine is first needed.
    /// </summary>
    public static IServiceCollection AddDialogEngine(this IServiceCollection services, Func<IServiceProvider, string> dialogsDirectory)
    {
        services.TryAddSingleton<IDialogStateStore, InMemoryDialogStateStore>();
        services.TryAddSingleton(provider => new DialogExtensionRegistry(
            provider.GetServices<DialogActionName>(),
            provider.GetServices<IDialogOptionSource>(),
            provider.GetServices<IDialogQuestionSource>(),
            provider.GetServices<IDialogTextFinder>()));
        services.TryAddSingleton(provider => DialogContentLoader.Load(dialogsDirectory(provider), provider.GetRequiredService<DialogExtensionRegistry>().Names));
        services.TryAddSingleton(provider => new DialogMachine(provider.GetRequiredService<DialogContent>(), provider.GetRequiredService<DialogExtensionRegistry>()));
        services.TryAddScoped<DialogTurnActions>();
        services.TryAddScoped<DialogEngine>();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<ITurnCompletion, DialogStateSaving>());
        return services;
    }

    /// <summary>Registers a text finder under the name the content calls it by (its <c>Name</c> must say the same).</summary>
    public static IServiceCollection AddDialogTextFinder<TFinder>(this IServiceCollection services, string name)
        where TFinder : class, IDialogTextFinder
    {
        services.AddSingleton<IDialogTextFinder, TFinder>();
        services.AddSingleton(new DialogTextFinderName(name));
        return services;
    }

    /// <summary>
    /// Registers an action under the name the content calls it by. Singleton by default; <see cref="ServiceLifetime.Scoped"/>
    /// for one that takes something of the turn in its constructor.
    /// </summary>
    public static IServiceCollection AddDialogAction<TAction>(this IServiceCollection services, string name, ServiceLifetime lifetime = ServiceLifetime.Singleton)
        where TAction : class, IDialogAction
    {
        services.Add(new ServiceDescriptor(typeof(IDialogAction), typeof(TAction), lifetime));
        services.AddSingleton(new DialogActionName(name));
        return services;
    }
}
