using System.Text.Json.Nodes;
using TakeABreak.BotFramework.Schema;
using TakeABreak.BotFramework.Turns;
using TakeABreak.Dialogs.Runtime;
using TakeABreak.Dialogs.State;

namespace TakeABreak.Dialogs.Turns;

/// <summary>
/// Connects the dialogs to turns: loads the conversation's state, runs the <see cref="DialogMachine"/> with the turn's
/// input, sends the replies and saves the state. Middleware (such as a safety guard) can use
/// <see cref="RestartAsync"/> and <see cref="RepromptAsync"/> instead of letting the turn reach the dialogs.
/// </summary>
public sealed class DialogEngine(DialogMachine machine, IDialogStateStore store)
{
    private const string AcknowledgedKey = "takeabreak.dialogs.acknowledged";

    /// <summary>
    /// Tells the dialogs that this turn's message was already answered by middleware: they still take any answer from
    /// it, but when they find none they ask their question again without saying they did not understand.
    /// </summary>
    public static void MarkAcknowledged(ITurnContext turnContext) => turnContext.TurnState[AcknowledgedKey] = true;

    /// <summary>Runs the turn: a message, a card submit, a member joining, the app being installed (installationUpdate add) or a start event (see conversation.yaml); other activities are ignored. A start when the conversation already began says nothing.</summary>
    public async Task OnTurnAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        if (InputOf(turnContext.Activity) is not { } input)
        {
            return;
        }

        if (turnContext.TurnState.ContainsKey(AcknowledgedKey))
        {
            input = input with { AlreadyAcknowledged = true };
        }

        await WithStateAsync(turnContext, (state, services) => machine.RunAsync(state, input, services, cancellationToken), cancellationToken);
    }

    /// <summary>
    /// Starts the conversation again from the beginning, forgetting what was collected (the language stays), and sends
    /// the first question. For a guard that must take the conversation back to a safe start.
    /// </summary>
    public Task RestartAsync(ITurnContext turnContext, CancellationToken cancellationToken) =>
        WithStateAsync(turnContext, (state, services) => machine.RestartAsync(state, services, cancellationToken), cancellationToken);

    /// <summary>
    /// Asks the question the conversation waits on again, without changing anything; sends nothing when it waits on
    /// none. For a guard that answered this turn itself and hands the conversation back where it was.
    /// </summary>
    public Task RepromptAsync(ITurnContext turnContext, CancellationToken cancellationToken) =>
        WithStateAsync(turnContext, (state, services) => Task.FromResult(machine.Reprompt(state, services)), cancellationToken);

    /// <summary>
    /// Adds items to a collected value of the conversation without running a step, for middleware that learns something
    /// the dialogs should take into account later. Items already there are kept once.
    /// </summary>
    public Task RememberAsync(ITurnContext turnContext, string valueName, IEnumerable<string> items, CancellationToken cancellationToken) =>
        WithStateAsync(
            turnContext,
            (state, _) =>
            {
                var values = new DialogValues(state.Values);
                values.Set(valueName, values.Get(valueName).Concat(items).Distinct(StringComparer.Ordinal).ToList());
                return Task.FromResult<IReadOnlyList<DialogReply>>([]);
            },
            cancellationToken);

    /// <summary>Forgets the conversation's dialog state without sending anything (e.g. after a failed turn).</summary>
    public Task ResetAsync(ITurnContext turnContext, CancellationToken cancellationToken) =>
        store.DeleteAsync(BotAdapter.ConversationKey(turnContext.Activity), cancellationToken);

    /// <summary>The language of the conversation so far ("nl", "en"), for middleware that answers in it.</summary>
    public async Task<string> LocaleAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        var stored = await store.LoadAsync(BotAdapter.ConversationKey(turnContext.Activity), cancellationToken);
        return stored?.State.Locale ?? machine.Content.LocaleFor(turnContext.Activity.Locale);
    }

    private DialogInput? InputOf(Activity activity)
    {
        if (activity.IsType(ActivityTypes.Message))
        {
            return DialogInput.Message(activity.Text, activity.Locale, activity.Value as JsonObject, activity.ChannelId);
        }

        var joined = activity.IsType(ActivityTypes.ConversationUpdate)
            && activity.MembersAdded?.Any(member => member.Id != activity.Recipient?.Id) == true;
        var startEvent = activity.IsType(ActivityTypes.Event) && activity.Name is { } name && machine.Content.StartEvents.Contains(name);
        var installed = activity.IsType(ActivityTypes.InstallationUpdate) && string.Equals(activity.Action, "add", StringComparison.OrdinalIgnoreCase);
        return joined || startEvent || installed ? DialogInput.Started(activity.Locale, activity.ChannelId) : null;
    }

    private async Task WithStateAsync(
        ITurnContext turnContext,
        Func<DialogState, IServiceProvider, Task<IReadOnlyList<DialogReply>>> run,
        CancellationToken cancellationToken)
    {
        var key = BotAdapter.ConversationKey(turnContext.Activity);
        var stored = await store.LoadAsync(key, cancellationToken);
        var state = stored?.State ?? new DialogState();
        var replies = await run(state, turnContext.Services);
        await store.SaveAsync(key, state, stored?.ETag, cancellationToken);
        if (replies.Count > 0)
        {
            var activities = replies.Select(ReplyActivities.From).ToList();
            foreach (var activity in activities)
            {
                activity.Locale = state.Locale;
            }

            await turnContext.SendActivitiesAsync(activities, cancellationToken);
        }
    }
}
