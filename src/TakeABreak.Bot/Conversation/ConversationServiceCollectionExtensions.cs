using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using TakeABreak.Bot.Conversation.Actions;
using TakeABreak.Bot.Conversation.Content;
using TakeABreak.Bot.Conversation.Feedback;
using TakeABreak.Bot.Conversation.Sources;
using TakeABreak.BotFramework.Turns;
using TakeABreak.Dialogs;
using TakeABreak.Dialogs.Runtime;

namespace TakeABreak.Bot.Conversation;

public static class ConversationServiceCollectionExtensions
{
    /// <summary>
    /// The signalering conversation: the dialog engine over dialogs/ (checked at start-up), the domain actions and
    /// sources, the anonymous feedback counter, and <see cref="TakeABreakBot"/> as the <see cref="IBot"/>.
    /// Calling it twice registers once.
    /// </summary>
    public static IServiceCollection AddTakeABreakConversation(this IServiceCollection services, IConfiguration configuration)
    {
        if (services.Any(descriptor => descriptor.ServiceType == typeof(ConversationContentCheck)))
        {
            return services;
        }

        services.AddOptions<ConversationOptions>().Bind(configuration.GetSection(ConversationOptions.SectionName));
        services.AddContentCatalogue();
        services.AddSingleton<IDialogAction, AssessUrgencyAction>();
        services.AddSingleton<IDialogAction, ExplainSpecialTopicsAction>();
        services.AddSingleton<IDialogAction, RecordFeedbackAction>();
        services.AddSingleton<IDialogOptionSource, AboutOptionSource>();
        services.AddSingleton<IDialogOptionSource, SignalOptionSource>();
        services.AddSingleton<IDialogQuestionSource, ContextQuestionSource>();
        services.TryAddSingleton<IFeedbackCounter, InMemoryFeedbackCounter>();
        services.AddDialogEngine(DialogsFolder.For);
        services.TryAddSingleton<IBot, TakeABreakBot>();
        services.AddSingleton<ConversationContentCheck>();
        services.AddHostedService(provider => provider.GetRequiredService<ConversationContentCheck>());
        return services;
    }

}
