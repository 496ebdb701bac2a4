using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using TakeABreak.Bot.Conversation.Actions;
using TakeABreak.Bot.Conversation.Content;
using TakeABreak.Bot.Conversation.Feedback;
using TakeABreak.Bot.Conversation.Sources;
using TakeABreak.Bot.Conversation.Suggestions;
using TakeABreak.BotFramework.Turns;
using TakeABreak.Dialogs;
using TakeABreak.Dialogs.Runtime;
using TakeABreak.Dialogs.Content;

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
        services.TryAddSingleton<UrgencyJudgement>();
        services.AddDialogAction<AssessUrgencyAction>(AssessUrgencyAction.ActionName);
        services.AddDialogAction<ReassessUrgencyAction>(ReassessUrgencyAction.ActionName);
        services.AddDialogAction<ExplainSpecialTopicsAction>(ExplainSpecialTopicsAction.ActionName);
        services.AddDialogAction<RecordFeedbackAction>(RecordFeedbackAction.ActionName, ServiceLifetime.Scoped);
        services.AddDialogOptionSource<AboutOptionSource>(AboutOptionSource.SourceName);
        services.AddDialogOptionSource<SignalOptionSource>(SignalOptionSource.SourceName);
        services.AddDialogQuestionSource<ContextQuestionSource>(ContextQuestionSource.SourceName);
        services.AddDialogQuestionSource<SuggestedSignalsQuestion>(SuggestedSignalsQuestion.SourceName);
        services.AddDialogAction<AdoptSuggestedSignalsAction>(AdoptSuggestedSignalsAction.ActionName);
        services.TryAddSingleton(provider => new Lazy<DialogContent>(provider.GetRequiredService<DialogContent>));
        services.TryAddSingleton<IFeedbackCounter, InMemoryFeedbackCounter>();
        services.AddDialogEngine(DialogsFolder.For);
        services.TryAddScoped<IBot, TakeABreakBot>();
        services.AddSingleton<ConversationContentCheck>();
        services.AddHostedService(provider => provider.GetRequiredService<ConversationContentCheck>());
        return services;
    }

}
