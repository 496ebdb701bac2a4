using TakeABreak.Dialogs.Runtime;

namespace TakeABreak.Bot.Conversation.Content;

/// <summary>
/// Loads and checks all of dialogs/ when the host starts: a broken file stops the host with every problem (file, line and
/// what is wrong). The content is checked against <see cref="ContentCatalogue.Extensions"/>, as lint does; this makes sure
/// the host registers exactly those actions and sources.
/// </summary>
internal sealed class ConversationContentCheck(IServiceProvider services) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        services.GetRequiredService<ContentCatalogue>();
        var registered = services.GetRequiredService<DialogExtensionRegistry>().Names;
        var expected = ContentCatalogue.Extensions;
        var differences = Differences("action", registered.Actions, expected.Actions)
            .Concat(Differences("option source", registered.OptionSources, expected.OptionSources))
            .Concat(Differences("question source", registered.QuestionSources, expected.QuestionSources))
            .ToList();
        return differences.Count == 0
            ? Task.CompletedTask
            : throw new InvalidOperationException($"Lint and start-up would check the flows differently: {string.Join("; ", differences)}. Update {nameof(ContentCatalogue)}.{nameof(ContentCatalogue.Extensions)}.");
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    private static IEnumerable<string> Differences(string kind, IReadOnlySet<string> registered, IReadOnlySet<string> expected) =>
        registered.Except(expected).Select(name => $"{kind} '{name}' is registered but unknown to the content check")
            .Concat(expected.Except(registered).Select(name => $"{kind} '{name}' is allowed in content but not registered"));
}
