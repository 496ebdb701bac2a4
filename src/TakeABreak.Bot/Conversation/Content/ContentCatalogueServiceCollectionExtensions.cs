using Microsoft.Extensions.DependencyInjection.Extensions;
using TakeABreak.Signalering.Assessment;
using TakeABreak.Signalering.Safety;
using TakeABreak.Dialogs.Content;

namespace TakeABreak.Bot.Conversation.Content;

public static class ContentCatalogueServiceCollectionExtensions
{
    /// <summary>
    /// The <see cref="ContentCatalogue"/> of the dialogs folder, and the conversation, assessment and safety content taken
    /// from it, so that one load checks (and reports) all of it. Calling it twice registers once.
    /// </summary>
    public static IServiceCollection AddContentCatalogue(this IServiceCollection services)
    {
        services.TryAddSingleton(provider => SharedContentLoads.Load(DialogsFolder.For(provider)));
        services.TryAddSingleton<DialogContent>(provider => provider.GetRequiredService<ContentCatalogue>().Dialogs);
        services.TryAddSingleton<AssessmentContent>(provider => provider.GetRequiredService<ContentCatalogue>().Assessment);
        services.TryAddSingleton<SafetyContent>(provider => provider.GetRequiredService<ContentCatalogue>().Safety);
        return services;
    }
}
