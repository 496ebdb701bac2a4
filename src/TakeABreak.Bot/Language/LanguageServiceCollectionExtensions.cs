using Microsoft.Extensions.DependencyInjection.Extensions;
using TakeABreak.Language;
using IMiddleware = TakeABreak.BotFramework.Turns.IMiddleware;

namespace TakeABreak.Bot.Language;

public static class BotLanguageServiceCollectionExtensions
{
    /// <summary>
    /// The optional language model ("Language:*" settings) and, when it is on, its safety step right after the guard:
    /// register right after the safety guard. Off, nothing changes: the recognizer and the template summary are used.
    /// </summary>
    public static IServiceCollection AddTakeABreakLanguageModel(this IServiceCollection services, IConfiguration configuration)
    {
        if (services.AddTakeABreakLanguage(configuration))
        {
            services.TryAddEnumerable(ServiceDescriptor.Scoped<IMiddleware, LanguageSafetyMiddleware>());
        }

        return services;
    }
}
