using TakeABreak.Dialogs.Content;

namespace TakeABreak.Dialogs.Runtime;

/// <summary>
/// Moves through a dialog's steps: says, runs actions, branches, calls and ends dialogs until a question waits or the
/// stack is empty; and starts the conversation over.
/// </summary>
internal sealed class StepRunner(DialogContent content, TurnOptions turnOptions, QuestionAsker asker, EarlyAnswerTaker earlyAnswers)
{
    private const int MaxStepsPerTurn = 500;

    /// <summary>Starts from the welcome; a first message that already tells something fills the questions it answers.</summary>
    public async Task BeginFromStartAsync(Turn turn, string? firstMessage = null)
    {
        ForgetAll(turn);
        await BeginAsync(turn, firstMessage);
    }

    /// <summary>Starts from the welcome with what the conversation already holds (a story kept for when it goes on).</summary>
    public async Task BeginAsync(Turn turn, string? message)
    {
        Push(turn.State, content.StartDialog);
        earlyAnswers.TakeEarlyAnswers(turn, content.StartDialog, message, except: null);
        await ContinueAsync(turn);
    }

    /// <summary>Forgets where the conversation was and everything collected, except the channel.</summary>
    public static void ForgetAll(Turn turn)
    {
        var channel = turn.Values.GetSingle(DialogMachine.ChannelValue);
        turn.State.Stack.Clear();
        turn.State.Values.Clear();
        turn.State.SetByActions.Clear();
        turn.State.UnsaidUnderstood.Clear();
        turn.ForgetUnderstood();
        if (channel is not null)
        {
            turn.Values.Set(DialogMachine.ChannelValue, channel);
        }
    }

    private static bool AnsweredMeanwhile(Turn turn, DialogStep step) =>
        step.Prompt is { FillEarly: FillEarly.Skip or FillEarly.Only } early && turn.Values.Told(early.Into!);

    public bool StillFits(DialogState state) => state.Stack.All(frame =>
        content.Dialogs.TryGetValue(frame.Dialog, out var dialog)
        && dialog.Step(frame.Step) is { } step
        && (!frame.Waiting || step.Kind == StepKind.Prompt));

    public async Task ContinueAsync(Turn turn)
    {
        var returnedFromADialog = false;
        DialogFrame? lastFrame = null;
        for (var steps = 0; steps < MaxStepsPerTurn; steps++)
        {
            var frame = turn.State.Top;
            if (frame is null)
            {
                return;
            }

            returnedFromADialog |= frame != lastFrame && lastFrame is not null && !turn.State.Stack.Contains(lastFrame);
            lastFrame = frame;
            var dialog = content.Dialog(frame.Dialog);
            var step = StepOf(frame);
            // "Verder met het gesprek" after a request begun at "Wat past het best bij jou?": the story told in the request
            // answered that question meanwhile, so the conversation goes on past it instead of asking it again.
            if (frame.Waiting && !(returnedFromADialog && AnsweredMeanwhile(turn, step)))
            {
                asker.Ask(turn, frame, step);
                return;
            }

            // Skipped only for what the user told: a value an action set is a proposal the question still asks about.
            if (AnsweredMeanwhile(turn, step) && step.Prompt is { } early)
            {
                turn.SkippedAnswered = true;
                var answered = turn.Values.GetSingle(early.Into!);
                GoNext(turn.State, frame, dialog, step, early.Options.FirstOrDefault(o => o.Id == answered)?.Next ?? step.Next);
                continue;
            }

            if (turn.SkippedAnswered && step.Say.Count > 0)
            {
                turn.SayUnderstood();
            }

            foreach (var say in turn.Replaying ? [] : step.Say)
            {
                turn.Say(say);
            }

            foreach (var (name, ids) in step.Remember)
            {
                turn.Values.Add(name, ids);
            }

            foreach (var (name, ids) in step.Set)
            {
                turn.Values.Set(name, ids);
            }

            // Set after all, so a value set here is said as the other values now make it ("het gaat om iemand bij je thuis" once the role is the writer's own).
            foreach (var name in step.Set.Select(pair => pair.Key))
            {
                earlyAnswers.ReviseUnderstood(turn, frame.Dialog, name);
            }

            switch (step.Kind)
            {
                case StepKind.Prompt:
                    frame.Attempts = 0;
                    frame.Index = 0;
                    frame.Which.Clear();
                    if ((step.Prompt!.Kind == PromptKind.Questions && turnOptions.Questions(turn, step.Prompt).Count == 0) || step.Prompt.FillEarly == FillEarly.Only)
                    {
                        GoNext(turn.State, frame, dialog, step, step.Next);
                        break;
                    }

                    frame.Waiting = true;
                    turn.Replaying = false;
                    asker.Ask(turn, frame, step);
                    return;
                case StepKind.Action:
                    await turn.RunActionAsync(step.Action!);
                    GoNext(turn.State, frame, dialog, step, step.Next);
                    break;
                case StepKind.Branch:
                    var chosen = step.Branch.FirstOrDefault(branchCase => Holds(turn.Values, branchCase.When));
                    GoNext(turn.State, frame, dialog, step, chosen?.Goto ?? step.Next);
                    break;
                case StepKind.Call:
                    GoNext(turn.State, frame, dialog, step, step.Next);
                    Push(turn.State, step.Dialog!);
                    break;
                case StepKind.Replace:
                    turn.State.Stack.Remove(frame);
                    Push(turn.State, step.Dialog!);
                    break;
                case StepKind.End when step.EndsAll:
                    turn.State.Stack.Clear();
                    break;
                case StepKind.End:
                    turn.State.Stack.Remove(frame);
                    break;
                default:
                    GoNext(turn.State, frame, dialog, step, step.Next);
                    break;
            }
        }

        throw new InvalidOperationException($"The dialogs ran more than {MaxStepsPerTurn} steps in one turn without asking anything; look for a loop in the content.");
    }

    private static bool Holds(DialogValues values, IReadOnlyDictionary<string, IReadOnlyList<string>> when) =>
        when.All(condition => values.Get(condition.Key).Any(condition.Value.Contains));

    public DialogStep StepOf(DialogFrame frame) =>
        content.Dialog(frame.Dialog).Step(frame.Step) ?? throw new InvalidOperationException($"Dialog '{frame.Dialog}' has no step '{frame.Step}'.");

    public void Push(DialogState state, string dialogId) =>
        state.Stack.Add(new DialogFrame { Dialog = dialogId, Step = content.Dialog(dialogId).Steps[0].Id });

    public static void GoNext(DialogState state, DialogFrame frame, DialogDefinition dialog, DialogStep step, string? next)
    {
        var index = dialog.IndexOf(step.Id);
        var target = next ?? (index + 1 < dialog.Steps.Count ? dialog.Steps[index + 1].Id : null);
        frame.MoveTo(target ?? frame.Step);
        if (target is null)
        {
            state.Stack.Remove(frame);
        }
    }
}
