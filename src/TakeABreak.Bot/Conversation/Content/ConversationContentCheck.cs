using TakeABreak.Content;
using TakeABreak.Dialogs.Runtime;

namespace TakeABreak.Bot.Conversation.Content;

/// <summary>
/// Loads and checks all of dialogs/ when the host starts: a broken file stops the host with every problem (file, line and
/// what is wrong). The content is checked against <see cref="HostDialogExtensions.Names"/>, as lint does; this makes sure
/// the sources answer to the names they are registered under and nothing is registered outside the registration methods
/// lint reads.
/// </summary>
internal sealed partial class ConversationContentCheck(IServiceProvider services, ILogger<ConversationContentCheck> logger) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        if (services.GetRequiredService<ContentCatalogue>().SchemaCheck == SchemaCheck.AlreadyPassed)
        {
            LogSchemaStepLeftOut(logger, ContentStamp.FileName);
        }

        var registered = services.GetRequiredService<DialogExtensionRegistry>().Names;
        var expected = HostDialogExtensions.Names;
        var differences = Differences("action", registered.Actions, expected.Actions)
            .Concat(Differences("option source", registered.OptionSources, expected.OptionSources))
            .Concat(Differences("question source", registered.QuestionSources, expected.QuestionSources))
            .ToList();
        return differences.Count == 0
            ? Task.CompletedTask
            : throw new InvalidOperationException($"Lint and start-up would check the flows differently: {string.Join("; ", differences)}. Register actions and sources with AddDialogAction, AddDialogOptionSource or AddDialogQuestionSource in the conversation, consultation or Teams registrations, under the name the action or source itself uses.");
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(EventId = 1201, Level = LogLevel.Information, Message = "The dialogs files are those that passed lint at publish ({Stamp}): their JSON schema checks were left out, every other check ran.")]
    private static partial void LogSchemaStepLeftOut(ILogger logger, string stamp);

    private static IEnumerable<string> Differences(string kind, IReadOnlySet<string> registered, IReadOnlySet<string> expected) =>
        registered.Except(expected).Select(name => $"{kind} '{name}' is registered but unknown to the content check")
            .Concat(expected.Except(registered).Select(name => $"{kind} '{name}' is allowed in content but not registered"));
}
