using Microsoft.Extensions.DependencyInjection.Extensions;
using IMiddleware = TakeABreak.BotFramework.Turns.IMiddleware;

namespace TakeABreak.Bot.Input;

public static class InputServiceCollectionExtensions
{
    /// <summary>The message length boundary (options from "Bot:Input"); register it before the safety guard.</summary>
    public static IServiceCollection AddTakeABreakInput(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<MessageLengthOptions>()
            .Bind(configuration.GetSection(MessageLengthOptions.SectionName))
            .ValidateDataAnnotations()
            .Validate(limits => limits.MaxRecognizedLength <= limits.MaxMessageLength, "Bot:Input:MaxRecognizedLength must not exceed Bot:Input:MaxMessageLength.")
            .ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Scoped<IMiddleware, MessageLengthMiddleware>());
        return services;
    }
}
