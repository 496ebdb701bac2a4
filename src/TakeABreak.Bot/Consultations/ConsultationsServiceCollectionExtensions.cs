using Microsoft.Extensions.DependencyInjection.Extensions;
using TakeABreak.Bot.Consultations.Actions;
using TakeABreak.Bot.Consultations.Finders;
using TakeABreak.Bot.Consultations.FollowUp;
using TakeABreak.Bot.Consultations.Submission;
using TakeABreak.Bot.Conversation.Feedback;
using TakeABreak.Dialogs;
using TakeABreak.Dialogs.Runtime;
using TakeABreak.Signalering.Consultations.Rules;
using TakeABreak.Storage.Records;
using IMiddleware = TakeABreak.BotFramework.Turns.IMiddleware;

namespace TakeABreak.Bot.Consultations;

public static class ConsultationsServiceCollectionExtensions
{
    /// <summary>
    /// Consultation requests: the durable records, the conversation actions that build, show and store a request, the
    /// middleware that tells an interrupted outcome, the stored feedback counter, and the follow-up service
    /// (reminders, escalation, retention). Calling it twice registers once.
    /// </summary>
    public static IServiceCollection AddTakeABreakConsultations(this IServiceCollection services, IConfiguration configuration)
    {
        if (services.Any(descriptor => descriptor.ServiceType == typeof(ConsultationSubmission)))
        {
            return services;
        }

        services.AddTakeABreakRecords(configuration);
        services.TryAddSingleton(TimeProvider.System);
        services.AddOptions<FollowUpRulesOptions>().Bind(configuration.GetSection(FollowUpRulesOptions.SectionName));
        services.AddOptions<FollowUpServiceOptions>().Bind(configuration.GetSection(FollowUpServiceOptions.SectionName));
        services.AddSingleton(provider => new FollowUpRules(provider.GetRequiredService<Microsoft.Extensions.Options.IOptions<FollowUpRulesOptions>>().Value));

        services.AddDialogAction<ExplainConsultationAction>(ExplainConsultationAction.ActionName);
        services.AddDialogAction<RecordConsultationConsentAction>(RecordConsultationConsentAction.ActionName);
        services.AddDialogAction<ReassessRequestUrgencyAction>(ReassessRequestUrgencyAction.ActionName);
        services.AddDialogAction<CheckContactPhoneAction>(CheckContactPhoneAction.ActionName);
        services.AddDialogAction<CheckContactEmailAction>(CheckContactEmailAction.ActionName);
        services.AddDialogAction<CheckFirstNameAction>(CheckFirstNameAction.ActionName);
        services.AddDialogAction<ShowConsultationSummaryAction>(ShowConsultationSummaryAction.ActionName);
        services.AddDialogAction<SendConsultationAction>(SendConsultationAction.ActionName, ServiceLifetime.Scoped);
        services.AddDialogAction<ForgetConsultationAction>(ForgetConsultationAction.ActionName);
        services.AddDialogAction<ForgetContactWayAction>(ForgetContactWayAction.ActionName);
        services.AddDialogAction<TakeNewContactAction>(TakeNewContactAction.ActionName, ServiceLifetime.Scoped);
        services.AddDialogAction<CountConversationAction>(CountConversationAction.ActionName, ServiceLifetime.Scoped);
        services.AddDialogAction<WithdrawSentConsultationAction>(WithdrawSentConsultationAction.ActionName);
        services.AddDialogAction<TellSentConsultationStatusAction>(TellSentConsultationStatusAction.ActionName);
        services.AddDialogAction<TellWhenMovieraContactsAction>(TellWhenMovieraContactsAction.ActionName);
        services.AddDialogAction<HoldAdditionAction>(HoldAdditionAction.ActionName, ServiceLifetime.Scoped);
        services.AddDialogAction<AddToSentConsultationAction>(AddToSentConsultationAction.ActionName);
        services.AddDialogAction<ForgetAdditionAction>(ForgetAdditionAction.ActionName);
        services.AddDialogTextFinder<PhoneNumberFinder>(PhoneNumberFinder.FinderName);
        services.AddDialogTextFinder<EmailAddressFinder>(EmailAddressFinder.FinderName);
        services.AddDialogTextFinder<ContactMomentFinder>(ContactMomentFinder.FinderName);
        services.AddSingleton<ConsultationRequestBuilder>();
        services.AddSingleton<ConsultationSummary>();
        services.AddSingleton<ConsultationSubmission>();
        services.AddSingleton<AfterSending.SentConsultations>();
        services.AddScoped<ConsultationTurn>();
        services.TryAddEnumerable(ServiceDescriptor.Scoped<IMiddleware, ConsultationOutcomeMiddleware>());

        services.RemoveAll<IFeedbackCounter>();
        services.AddSingleton<IFeedbackCounter, StoredFeedbackCounter>();

        services.AddSingleton<ConsultationFollowUp>();
        services.AddHostedService<ConsultationFollowUpService>();
        return services;
    }
}
