using System.Text.Json.Nodes;
using TakeABreak.BotFramework.Schema;
using TakeABreak.BotFramework.Turns;
using TakeABreak.Dialogs.Runtime;
using TakeABreak.Dialogs.State;

namespace TakeABreak.Dialogs.Turns;

/// <summary>
/// Connects the dialogs to turns: runs the <see cref="DialogMachine"/> on the conversation's state with the turn's input
/// and sends the replies. Middleware (such as a safety guard) can use <see cref="RestartAsync"/>,
/// <see cref="RepromptAsync"/> and <see cref="RememberAsync"/> instead of, or before, letting the turn reach the dialogs.
/// All of them share the turn's <see cref="DialogSession"/>: the state is loaded once per turn, and saved once, after
/// the turn's replies went out (<see cref="DialogStateSaving"/>), and only when it changed. One engine per turn (scoped):
/// the actions it runs are the turn's (<see cref="DialogTurnActions"/>).
/// </summary>
public sealed class DialogEngine(DialogMachine machine, IDialogStateStore store, DialogTurnActions actions)
{
    private const string AcknowledgedKey = "takeabreak.dialogs.acknowledged";
    private const string SessionKey = "takeabreak.dialogs.session";
    private const string RememberedKey = "takeabreak.dialogs.remembered";

    /// <summary>
    /// Tells the dialogs that this turn's message was already answered by middleware: they still take any answer from
    /// it, but when they find none they ask their question again without saying they did not understand.
    /// </summary>
    public static void MarkAcknowledged(ITurnContext turnContext) => turnContext.TurnState[AcknowledgedKey] = true;

    /// <summary>The turn's dialog session, or null when nothing in the turn used the dialog state.</summary>
    public static DialogSession? SessionOf(ITurnContext turnContext) =>
        turnContext.TurnState.TryGetValue(SessionKey, out var session) ? session as DialogSession : null;

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

        await ChangeAsync(
            turnContext,
            async state =>
            {
                var replies = await machine.RunAsync(state, input, actions, cancellationToken);
                KeepRemembered(turnContext, state);
                return replies;
            },
            cancellationToken);
    }

    /// <summary>
    /// Starts the conversation again from the beginning, forgetting what was collected (the language stays), and sends
    /// the first question. For a guard that must take the conversation back to a safe start.
    /// </summary>
    public Task RestartAsync(ITurnContext turnContext, CancellationToken cancellationToken) =>
        ChangeAsync(turnContext, state => machine.RestartAsync(state, actions, cancellationToken), cancellationToken);

    /// <summary>
    /// Asks the question the conversation waits on again, without changing anything (so nothing is saved); sends
    /// nothing when it waits on none. For a guard that answered this turn itself and hands the conversation back where it was.
    /// </summary>
    public async Task RepromptAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        var state = await StateAsync(turnContext, cancellationToken);
        await SendAsync(turnContext, machine.Reprompt(state), state.Locale ?? machine.Content.DefaultLocale, cancellationToken);
    }

    /// <summary>
    /// Keeps what this turn's message tells for the dialog's questions ahead, without running a step or sending anything,
    /// for a guard that answered the message itself; <see cref="GoOnAsync"/> (or the next message) goes on with it and
    /// says what was understood. <see cref="RestartAsync"/> forgets it. Saved only when the message answered a question.
    /// </summary>
    public async Task KeepWhatIsToldAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        if (InputOf(turnContext.Activity) is not { Kind: DialogInputKind.Message } input)
        {
            return;
        }

        var session = Session(turnContext);
        var state = await session.StateAsync(cancellationToken);
        if (machine.KeepWhatIsTold(state, input))
        {
            session.MarkChanged();
        }

        KeepRemembered(turnContext, state);
    }

    /// <summary>
    /// Goes on where the conversation was after a guard answered a turn itself: with what <see cref="KeepWhatIsToldAsync"/>
    /// kept (what was understood, then the next question), or else the question it waits on again (nothing saved); a
    /// conversation that has not begun starts.
    /// </summary>
    public async Task GoOnAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        if (!DialogMachine.MovesOnGoingOn(await StateAsync(turnContext, cancellationToken)))
        {
            await RepromptAsync(turnContext, cancellationToken);
            return;
        }

        await ChangeAsync(turnContext, state => machine.GoOnAsync(state, actions, cancellationToken), cancellationToken);
    }

    /// <summary>
    /// Adds items to a collected value of the conversation without running a step, for middleware that learns something
    /// the dialogs should take into account later. Items already there are kept once.
    /// </summary>
    /// <remarks>
    /// What is remembered in a turn outlives that turn's own start of a conversation (a first message, or a message after
    /// the end, begins afresh and clears the values): it is added again after the dialogs ran.
    /// </remarks>
    public Task RememberAsync(ITurnContext turnContext, string valueName, IEnumerable<string> items, CancellationToken cancellationToken)
    {
        var remembered = RememberedIn(turnContext);
        remembered.Add((valueName, items.ToList()));
        return ChangeAsync(
            turnContext,
            state =>
            {
                new DialogValues(state.Values, state.SetByActions).Add(valueName, remembered[^1].Items);
                return Task.FromResult<IReadOnlyList<DialogReply>>([]);
            },
            cancellationToken);
    }

    /// <summary>Forgets the conversation's dialog state without sending anything (e.g. after a failed turn).</summary>
    public Task ResetAsync(ITurnContext turnContext, CancellationToken cancellationToken) =>
        Session(turnContext).ResetAsync(cancellationToken);

    /// <summary>The language of the conversation so far ("nl", "en"), for middleware that answers in it.</summary>
    public async Task<string> LocaleAsync(ITurnContext turnContext, CancellationToken cancellationToken) =>
        (await StateAsync(turnContext, cancellationToken)).Locale ?? machine.Content.LocaleFor(turnContext.Activity.Locale);

    /// <summary>
    /// The language to answer a message in before the dialog reads it: the one it is clearly written in when the conversation
    /// will follow it ("she had bruises on her arms" in a Dutch conversation that has not chosen its language), else the conversation's.
    /// </summary>
    public async Task<string> LocaleForAsync(ITurnContext turnContext, string text, CancellationToken cancellationToken)
    {
        var state = await StateAsync(turnContext, cancellationToken);
        return machine.LocaleTypedIn(state, text) ?? state.Locale ?? machine.Content.LocaleFor(turnContext.Activity.Locale);
    }

    /// <summary>
    /// The conversation's state as this turn sees it, for middleware that reads it (e.g. which question is waiting).
    /// Read it, do not change it: changes go through the engine's methods.
    /// </summary>
    public Task<DialogState> StateAsync(ITurnContext turnContext, CancellationToken cancellationToken) =>
        Session(turnContext).StateAsync(cancellationToken);

    private static List<(string Name, List<string> Items)> RememberedIn(ITurnContext turnContext)
    {
        if (!turnContext.TurnState.TryGetValue(RememberedKey, out var value) || value is not List<(string, List<string>)> remembered)
        {
            remembered = [];
            turnContext.TurnState[RememberedKey] = remembered;
        }

        return remembered;
    }

    private static void KeepRemembered(ITurnContext turnContext, DialogState state)
    {
        if (turnContext.TurnState.TryGetValue(RememberedKey, out var value) && value is List<(string Name, List<string> Items)> remembered)
        {
            var values = new DialogValues(state.Values, state.SetByActions);
            foreach (var (name, items) in remembered)
            {
                values.Add(name, items);
            }
        }
    }

    private DialogSession Session(ITurnContext turnContext)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        if (SessionOf(turnContext) is not { } session)
        {
            session = new DialogSession(store, BotAdapter.ConversationKey(turnContext.Activity));
            turnContext.TurnState[SessionKey] = session;
        }

        return session;
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

    private async Task ChangeAsync(
        ITurnContext turnContext,
        Func<DialogState, Task<IReadOnlyList<DialogReply>>> run,
        CancellationToken cancellationToken)
    {
        var session = Session(turnContext);
        var state = await session.StateAsync(cancellationToken);
        session.MarkChanged();
        var replies = await run(state);
        await SendAsync(turnContext, replies, state.Locale, cancellationToken);
    }

    private static async Task SendAsync(ITurnContext turnContext, IReadOnlyList<DialogReply> replies, string? locale, CancellationToken cancellationToken)
    {
        if (replies.Count == 0)
        {
            return;
        }

        var activities = replies.Select(ReplyActivities.From).ToList();
        foreach (var activity in activities)
        {
            activity.Locale = locale;
        }

        await turnContext.SendActivitiesAsync(activities, cancellationToken);
    }
}
