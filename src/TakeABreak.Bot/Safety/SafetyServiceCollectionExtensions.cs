using Microsoft.Extensions.DependencyInjection.Extensions;
using TakeABreak.Bot.Conversation.Content;
using TakeABreak.BotFramework.Turns;
using IMiddleware = TakeABreak.BotFramework.Turns.IMiddleware;
using TakeABreak.Signalering.Safety;

namespace TakeABreak.Bot.Safety;

public static class SafetyServiceCollectionExtensions
{
    /// <summary>The acute-danger guard: its content from dialogs/safety (checked at start-up) and its middleware.</summary>
    public static IServiceCollection AddTakeABreakSafety(this IServiceCollection services)
    {
        services.TryAddSingleton(provider => SafetyContentLoader.Load(DialogsFolder.For(provider)));
        services.TryAddSingleton<SafetyTelemetry>();
        services.TryAddScoped<WaitingPromptReader>();
        services.TryAddEnumerable(ServiceDescriptor.Scoped<IMiddleware, SafetyGuardMiddleware>());
        return services;
    }
}
