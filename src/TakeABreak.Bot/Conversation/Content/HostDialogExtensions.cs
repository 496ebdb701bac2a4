using TakeABreak.Bot.Consultations;
using TakeABreak.Bot.Teams;
using TakeABreak.Dialogs.Content;
using TakeABreak.Dialogs.Runtime;

namespace TakeABreak.Bot.Conversation.Content;

/// <summary>
/// The actions and sources the flows may use: exactly what the host's own registration methods (conversation,
/// consultations, Teams) register, read from their registrations on an empty service collection — no host is built, so
/// lint needs none — and nothing kept by hand that could drift from them.
/// </summary>
public static class HostDialogExtensions
{
    public static RegisteredExtensions Names { get; } = Of(Registrations());

    /// <summary>The names registered in <paramref name="services"/> with AddDialogAction, AddDialogOptionSource, AddDialogQuestionSource and AddDialogTextFinder.</summary>
    public static RegisteredExtensions Of(IServiceCollection services)
    {
        var instances = services.Where(descriptor => !descriptor.IsKeyedService).Select(descriptor => descriptor.ImplementationInstance).ToList();
        var sources = instances.OfType<DialogSourceName>().ToList();
        return new RegisteredExtensions(
            instances.OfType<DialogActionName>().Select(action => action.Name).ToHashSet(StringComparer.Ordinal),
            sources.Where(source => source.SourceType == typeof(IDialogOptionSource)).Select(source => source.Name).ToHashSet(StringComparer.Ordinal),
            sources.Where(source => source.SourceType == typeof(IDialogQuestionSource)).Select(source => source.Name).ToHashSet(StringComparer.Ordinal))
        {
            TextFinders = instances.OfType<DialogTextFinderName>().Select(finder => finder.Name).ToHashSet(StringComparer.Ordinal),
        };
    }

    private static ServiceCollection Registrations()
    {
        var services = new ServiceCollection();
        var configuration = new ConfigurationBuilder().Build();
        services.AddTakeABreakConversation(configuration);
        services.AddTakeABreakConsultations(configuration);
        services.AddTakeABreakTeams(configuration);
        return services;
    }
}
