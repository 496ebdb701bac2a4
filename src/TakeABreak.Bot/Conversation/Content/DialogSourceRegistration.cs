using TakeABreak.Dialogs.Runtime;

namespace TakeABreak.Bot.Conversation.Content;

/// <summary>The name an option or question source is registered under, readable from the registrations without building them.</summary>
public sealed record DialogSourceName(Type SourceType, string Name);

public static class DialogSourceRegistration
{
    /// <summary>Registers an option source under the name the flows call it by (its <c>Name</c> must say the same).</summary>
    public static IServiceCollection AddDialogOptionSource<TSource>(this IServiceCollection services, string name)
        where TSource : class, IDialogOptionSource
    {
        services.AddSingleton<IDialogOptionSource, TSource>();
        services.AddSingleton(new DialogSourceName(typeof(IDialogOptionSource), name));
        return services;
    }

    /// <summary>Registers a question source under the name the flows call it by (its <c>Name</c> must say the same).</summary>
    public static IServiceCollection AddDialogQuestionSource<TSource>(this IServiceCollection services, string name)
        where TSource : class, IDialogQuestionSource
    {
        services.AddSingleton<IDialogQuestionSource, TSource>();
        services.AddSingleton(new DialogSourceName(typeof(IDialogQuestionSource), name));
        return services;
    }
}
