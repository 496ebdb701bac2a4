using Microsoft.Extensions.DependencyInjection.Extensions;
using TakeABreak.Bot.Consultations.Delivery;
using TakeABreak.Bot.Teams.Actions;
using TakeABreak.Bot.Teams.StaffChannel;
using TakeABreak.Dialogs;
using TakeABreak.Dialogs.Runtime;
using IMiddleware = TakeABreak.BotFramework.Turns.IMiddleware;

namespace TakeABreak.Bot.Teams;

public static class TeamsServiceCollectionExtensions
{
    /// <summary>
    /// Teams: the rules (tenants, no conversation outside personal chats, staff commands, card actions) and the choice
    /// cards, registered before the safety guard since middleware runs in the order it is registered; the dialog
    /// actions for professionals; the staff channel link; and the delivery of the staff outbox to that channel. Needs the
    /// durable records (AddTakeABreakConsultations) and the staff desk (AddTakeABreakStaff).
    /// </summary>
    public static IServiceCollection AddTakeABreakTeams(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<TeamsOptions>()
            .Bind(configuration.GetSection(TeamsOptions.SectionName))
            .PostConfigure(options => options.ReadSpaceSeparatedLists(configuration.GetSection(TeamsOptions.SectionName)))
            .ValidateOnStart();
        services.AddOptions<DeliveryOptions>()
            .Bind(configuration.GetSection(DeliveryOptions.SectionName))
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.TryAddSingleton(TimeProvider.System);

        services.TryAddEnumerable(ServiceDescriptor.Scoped<IMiddleware, TeamsRulesMiddleware>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IMiddleware, TeamsChoiceCardsMiddleware>());
        services.AddScoped<TeamsUser>();
        services.AddSingleton<TeamsStaff>();
        services.AddSingleton<StaffChannelStore>();
        services.AddSingleton<StaffChannelCommands>();
        services.AddSingleton<StaffCardActions>();
        services.AddDialogAction<TeamsProfessionalAction>(TeamsProfessionalAction.ActionName);
        services.AddDialogAction<UseTeamsContactAction>(UseTeamsContactAction.ActionName, ServiceLifetime.Scoped);
        services.AddDialogAction<UseOwnTeamsAccountAction>(UseOwnTeamsAccountAction.ActionName, ServiceLifetime.Scoped);

        services.AddSingleton<StaffCard>();
        services.AddSingleton<StaffCardTexts>();
        services.AddSingleton<StaffCardPosts>();
        services.AddSingleton<DeliveryLeases>();
        services.AddSingleton<StaffNotificationDelivery>();
        services.AddHostedService<StaffNotificationDeliveryService>();
        services.AddSingleton<DeliveryMarkerRetention>();
        services.AddHostedService<DeliveryMarkerRetentionService>();
        return services;
    }
}
