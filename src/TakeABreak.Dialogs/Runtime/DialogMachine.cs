using TakeABreak.Dialogs.Content;
using TakeABreak.Dialogs.Recognition;

namespace TakeABreak.Dialogs.Runtime;

/// <summary>
/// Runs the dialogs of the content over a <see cref="DialogState"/>: one input in, the replies out. Knows nothing of the
/// protocol; <see cref="Turns.DialogEngine"/> connects it to turns.
/// </summary>
public sealed class DialogMachine(DialogContent content, DialogExtensionRegistry extensions)
{
    private const int MaxStepsPerTurn = 500;

    public DialogContent Content => content;

    /// <summary>
    /// The first language comes from the channel; later the conversation keeps its language (also one the user typed
    /// to switch to) until the channel itself sends another one, as the widget's language switch does.
    /// </summary>
    private void FollowChannelLocale(DialogState state, string? channelLocale)
    {
        var fromChannel = channelLocale is null ? null : content.LocaleFor(channelLocale);
        if (fromChannel is not null && state.ChannelLocale is not null && fromChannel != state.ChannelLocale)
        {
            state.Locale = fromChannel;
            state.LocaleChosen = true;
        }

        state.ChannelLocale = fromChannel ?? state.ChannelLocale;
        state.Locale ??= fromChannel ?? content.DefaultLocale;
    }

    /// <summary>Handles one input: the conversation starting, or a message (typed, a button, or a card submit).</summary>
    public async Task<IReadOnlyList<DialogReply>> RunAsync(DialogState state, DialogInput input, IServiceProvider services, CancellationToken cancellationToken)
    {
        var turn = new Turn(content, state, services, cancellationToken);
        FollowChannelLocale(state, input.ChannelLocale);
        if (state.ContentVersion != content.Version)
        {
            var keep = state.Stack.Count == 0 || StillFits(state);
            state.ContentVersion = content.Version;
            if (!keep)
            {
                turn.Say(EngineStrings.ContentChanged);
                await BeginFromStartAsync(turn);
                return turn.Replies;
            }
        }

        var frame = state.Top;
        if (frame is null)
        {
            await BeginFromStartAsync(turn);
            return turn.Replies;
        }

        if (input.Kind == DialogInputKind.ConversationStarted)
        {
            return turn.Replies;
        }

        if (!frame.Waiting)
        {
            await ContinueAsync(turn);
            return turn.Replies;
        }

        var step = StepOf(frame);
        if (input.Value is null && !IsExactOption(turn, frame, step, input.Text) && FindInterruption(turn, step, input.Text) is { } interruption)
        {
            await InterruptAsync(turn, interruption);
            return turn.Replies;
        }

        if (Answer(turn, frame, step, input))
        {
            await ContinueAsync(turn);
        }

        return turn.Replies;
    }

    /// <summary>Forgets everything collected (the locale stays) and starts the conversation from the beginning.</summary>
    public async Task<IReadOnlyList<DialogReply>> RestartAsync(DialogState state, IServiceProvider services, CancellationToken cancellationToken)
    {
        var turn = new Turn(content, state, services, cancellationToken);
        state.Locale ??= content.DefaultLocale;
        state.ContentVersion = content.Version;
        await BeginFromStartAsync(turn);
        return turn.Replies;
    }

    /// <summary>The question the conversation waits on, asked again; nothing when it waits on none.</summary>
    public IReadOnlyList<DialogReply> Reprompt(DialogState state, IServiceProvider services)
    {
        var turn = new Turn(content, state, services, CancellationToken.None);
        state.Locale ??= content.DefaultLocale;
        if (state.ContentVersion == content.Version && state.Top is { Waiting: true } frame)
        {
            Ask(turn, frame, StepOf(frame));
        }

        return turn.Replies;
    }

    private async Task BeginFromStartAsync(Turn turn)
    {
        turn.State.Stack.Clear();
        turn.State.Values.Clear();
        Push(turn.State, content.StartDialog);
        await ContinueAsync(turn);
    }

    private bool StillFits(DialogState state) => state.Stack.All(frame =>
        content.Dialogs.TryGetValue(frame.Dialog, out var dialog)
        && dialog.Step(frame.Step) is { } step
        && (!frame.Waiting || step.Kind == StepKind.Prompt));

    private async Task ContinueAsync(Turn turn)
    {
        for (var steps = 0; steps < MaxStepsPerTurn; steps++)
        {
            var frame = turn.State.Top;
            if (frame is null)
            {
                return;
            }

            var dialog = content.Dialog(frame.Dialog);
            var step = StepOf(frame);
            if (frame.Waiting)
            {
                Ask(turn, frame, step);
                return;
            }

            foreach (var say in step.Say)
            {
                turn.Say(say);
            }

            switch (step.Kind)
            {
                case StepKind.Prompt:
                    frame.Attempts = 0;
                    frame.Index = 0;
                    if (step.Prompt!.Kind == PromptKind.Questions && Questions(turn, step.Prompt).Count == 0)
                    {
                        GoNext(turn.State, frame, dialog, step, step.Next);
                        break;
                    }

                    frame.Waiting = true;
                    Ask(turn, frame, step);
                    return;
                case StepKind.Action:
                    var context = new DialogActionContext(turn.Values, turn.Locale, turn.Services);
                    await extensions.Action(step.Action!).RunAsync(context, turn.CancellationToken);
                    foreach (var message in context.Messages)
                    {
                        turn.Replies.Add(new DialogReply(message));
                    }

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

    private bool Answer(Turn turn, DialogFrame frame, DialogStep step, DialogInput input)
    {
        var prompt = step.Prompt!;
        var dialog = content.Dialog(frame.Dialog);
        string? next = step.Next;
        switch (prompt.Kind)
        {
            case PromptKind.Choice:
                var choice = AnswerRecognizer.Choice(input.Text, Recognizable(turn, Options(turn, prompt)));
                if (choice is null)
                {
                    return NotUnderstood(turn, frame, step, EngineStrings.NotUnderstood);
                }

                turn.Values.Set(prompt.Into!, choice);
                next = prompt.Options.FirstOrDefault(o => o.Id == choice)?.Next ?? next;
                break;
            case PromptKind.Multi:
                var chosen = Checklist(turn, frame, prompt, input);
                if (chosen is null)
                {
                    return NotUnderstood(turn, frame, step, EngineStrings.NotUnderstood);
                }

                turn.Values.Set(prompt.Into!, chosen);
                break;
            case PromptKind.Text:
                if (string.IsNullOrWhiteSpace(input.Text))
                {
                    return NotUnderstood(turn, frame, step, EngineStrings.NotUnderstood);
                }

                if (prompt.Skippable && AnswerRecognizer.MatchesPhrase(input.Text, AllPhrases(EngineStrings.Skip), allowWithinText: false))
                {
                    turn.Values.Remove(prompt.Into!);
                }
                else
                {
                    turn.Values.Set(prompt.Into!, input.Text.Trim());
                }

                break;
            case PromptKind.Confirm:
                var answer = AnswerRecognizer.Choice(input.Text, YesNo(turn));
                if (answer is null)
                {
                    return NotUnderstood(turn, frame, step, EngineStrings.NotUnderstood);
                }

                turn.Values.Set(prompt.Into!, answer);
                next = (answer == "yes" ? prompt.YesNext : prompt.NoNext) ?? next;
                break;
            case PromptKind.Number:
                var number = AnswerRecognizer.Number(TextNormalizer.Normalize(input.Text));
                if (number is null || number < prompt.Min || number > prompt.Max)
                {
                    return NotUnderstood(turn, frame, step, EngineStrings.NumberInvalid);
                }

                turn.Values.Set(prompt.Into!, number.Value.ToString(System.Globalization.CultureInfo.InvariantCulture));
                break;
            case PromptKind.Questions:
                var questions = Questions(turn, prompt);
                var question = questions[Math.Min(frame.Index, questions.Count - 1)];
                var picked = AnswerRecognizer.Choice(input.Text, Recognizable(turn, question.Options));
                if (picked is null)
                {
                    return NotUnderstood(turn, frame, step, EngineStrings.NotUnderstood);
                }

                var others = question.Options.Select(o => o.Id).ToHashSet(StringComparer.Ordinal);
                turn.Values.Set(prompt.Into!, turn.Values.Get(prompt.Into!).Where(id => !others.Contains(id)).Append(picked).ToList());
                frame.Index++;
                frame.Attempts = 0;
                if (frame.Index < questions.Count)
                {
                    Ask(turn, frame, step);
                    return false;
                }

                break;
        }

        GoNext(turn.State, frame, dialog, step, next);
        return true;
    }

    private IReadOnlyList<string>? Checklist(Turn turn, DialogFrame frame, PromptDefinition prompt, DialogInput input)
    {
        var options = Options(turn, prompt);
        if (input.Value is { } value)
        {
            if (value["checklist"]?.ToString() != ChecklistKey(frame))
            {
                return null;
            }

            if (value["none"] is not null)
            {
                return [];
            }

            var known = options.Select(o => o.Id).ToHashSet(StringComparer.Ordinal);
            var selected = (value["selection"]?.ToString() ?? string.Empty)
                .Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            return selected.All(known.Contains) ? selected.Distinct().ToList() : null;
        }

        return AnswerRecognizer.MatchesPhrase(input.Text, AllPhrases(EngineStrings.None), allowWithinText: false)
            ? []
            : AnswerRecognizer.Choices(input.Text, Recognizable(turn, options));
    }

    private bool NotUnderstood(Turn turn, DialogFrame frame, DialogStep step, string message)
    {
        frame.Attempts++;
        if (frame.Attempts >= content.MaxAttempts)
        {
            frame.Attempts = 0;
            Push(turn.State, content.WayOutDialog);
            return true;
        }

        turn.Say(message);
        Ask(turn, frame, step);
        return false;
    }

    private async Task InterruptAsync(Turn turn, InterruptionDefinition interruption)
    {
        switch (interruption.Kind)
        {
            case InterruptionKind.Begin:
                Push(turn.State, interruption.Dialog!);
                break;
            case InterruptionKind.Say:
                foreach (var say in interruption.Say)
                {
                    turn.Say(say);
                }

                break;
            case InterruptionKind.Restart:
                await BeginFromStartAsync(turn);
                return;
            case InterruptionKind.ReplaceAll:
                turn.State.Stack.Clear();
                turn.State.Values.Clear();
                Push(turn.State, interruption.Dialog!);
                break;
            case InterruptionKind.SwitchLanguage:
                turn.State.Locale = interruption.Locale;
                turn.State.LocaleChosen = true;
                turn.Say(EngineStrings.LanguageSwitched);
                break;
        }

        await ContinueAsync(turn);
    }

    private InterruptionDefinition? FindInterruption(Turn turn, DialogStep step, string? text) =>
        content.Interruptions.FirstOrDefault(interruption =>
            AnswerRecognizer.MatchesPhrase(text, AllPhrases(interruption.Phrases), allowWithinText: step.Prompt?.Kind != PromptKind.Text));

    /// <summary>True when the text is exactly an answer to the question; that answer then wins over an interruption.</summary>
    private bool IsExactOption(Turn turn, DialogFrame frame, DialogStep step, string? text)
    {
        var typed = TextNormalizer.Normalize(text);
        if (typed.Length == 0 || step.Prompt is not { } prompt)
        {
            return false;
        }

        var options = prompt.Kind switch
        {
            PromptKind.Choice or PromptKind.Multi => Options(turn, prompt),
            PromptKind.Questions => Questions(turn, prompt)[Math.Min(frame.Index, Questions(turn, prompt).Count - 1)].Options,
            _ => [],
        };
        return options.Any(option => TextNormalizer.Normalize(option.Label) == typed);
    }

    private void Ask(Turn turn, DialogFrame frame, DialogStep step)
    {
        var prompt = step.Prompt!;
        switch (prompt.Kind)
        {
            case PromptKind.Choice:
                turn.Replies.Add(new DialogReply(turn.Text(prompt.Text!))
                {
                    Choices = Options(turn, prompt).Select(o => new ReplyChoice(o.Id, o.Label)).ToList(),
                    ExpectsAnswer = true,
                });
                break;
            case PromptKind.Multi:
                var options = Options(turn, prompt);
                turn.Replies.Add(new DialogReply(turn.Text(prompt.Text!))
                {
                    Checklist = new ReplyChecklist(
                        ChecklistKey(frame),
                        options.Select(o => new ReplyChoice(o.Id, o.Label)).ToList(),
                        turn.Text(EngineStrings.ChecklistSubmit),
                        content.Strings.Phrases(EngineStrings.None, turn.Locale)[0],
                        turn.Text(EngineStrings.ChecklistHint)),
                    ExpectsAnswer = true,
                });
                break;
            case PromptKind.Confirm:
                turn.Replies.Add(new DialogReply(turn.Text(prompt.Text!))
                {
                    Choices = YesNo(turn).Select(o => new ReplyChoice(o.Id, o.Texts[0])).ToList(),
                    ExpectsAnswer = true,
                });
                break;
            case PromptKind.Text:
                turn.Replies.Add(new DialogReply(turn.Text(prompt.Text!))
                {
                    Choices = prompt.Skippable ? [new ReplyChoice("skip", content.Strings.Phrases(EngineStrings.Skip, turn.Locale)[0])] : [],
                    ExpectsAnswer = true,
                });
                break;
            case PromptKind.Number:
                turn.Replies.Add(new DialogReply(turn.Text(prompt.Text!)) { ExpectsAnswer = true });
                break;
            case PromptKind.Questions:
                var questions = Questions(turn, prompt);
                var question = questions[Math.Min(frame.Index, questions.Count - 1)];
                turn.Replies.Add(new DialogReply(question.Prompt)
                {
                    Choices = question.Options.Select(o => new ReplyChoice(o.Id, o.Label)).ToList(),
                    ExpectsAnswer = true,
                });
                break;
        }
    }

    private IReadOnlyList<DialogOption> Options(Turn turn, PromptDefinition prompt) =>
        prompt.Source is { } source
            ? extensions.OptionSource(source).GetOptions(turn.Values, turn.Locale)
            : prompt.Options.Select(option => new DialogOption(
                    option.Id,
                    turn.Text(option.Label),
                    content.Locales.SelectMany(locale => content.Strings.Phrases(option.Label, locale))
                        .Concat(option.Also is null ? [] : AllPhrases(option.Also))
                        .ToList()))
                .ToList();

    private IReadOnlyList<DialogQuestion> Questions(Turn turn, PromptDefinition prompt) =>
        extensions.QuestionSource(prompt.Source!).GetQuestions(turn.Values, turn.Locale);

    private List<RecognizableOption> YesNo(Turn turn) =>
    [
        new("yes", [.. content.Strings.Phrases(EngineStrings.Yes, turn.Locale), .. AllPhrases(EngineStrings.Yes)]),
        new("no", [.. content.Strings.Phrases(EngineStrings.No, turn.Locale), .. AllPhrases(EngineStrings.No)]),
    ];

    private static List<RecognizableOption> Recognizable(Turn turn, IReadOnlyList<DialogOption> options) =>
        options.Select(option => new RecognizableOption(option.Id, [option.Label, .. option.Also ?? [], option.Id.Replace('_', ' ')])).ToList();

    private List<string> AllPhrases(string stringId) =>
        content.Locales.SelectMany(locale => content.Strings.Phrases(stringId, locale)).Distinct().ToList();

    private static bool Holds(DialogValues values, IReadOnlyDictionary<string, IReadOnlyList<string>> when) =>
        when.All(condition => values.Get(condition.Key).Any(condition.Value.Contains));

    private DialogStep StepOf(DialogFrame frame) =>
        content.Dialog(frame.Dialog).Step(frame.Step) ?? throw new InvalidOperationException($"Dialog '{frame.Dialog}' has no step '{frame.Step}'.");

    private static string ChecklistKey(DialogFrame frame) => $"{frame.Dialog}/{frame.Step}";

    private void Push(DialogState state, string dialogId) =>
        state.Stack.Add(new DialogFrame { Dialog = dialogId, Step = content.Dialog(dialogId).Steps[0].Id });

    private static void GoNext(DialogState state, DialogFrame frame, DialogDefinition dialog, DialogStep step, string? next)
    {
        var index = dialog.IndexOf(step.Id);
        var target = next ?? (index + 1 < dialog.Steps.Count ? dialog.Steps[index + 1].Id : null);
        frame.Waiting = false;
        frame.Attempts = 0;
        frame.Index = 0;
        if (target is null)
        {
            state.Stack.Remove(frame);
        }
        else
        {
            frame.Step = target;
        }
    }

    private sealed class Turn(DialogContent content, DialogState state, IServiceProvider services, CancellationToken cancellationToken)
    {
        public DialogState State { get; } = state;

        public DialogValues Values { get; } = new(state.Values);

        public IServiceProvider Services { get; } = services;

        public CancellationToken CancellationToken { get; } = cancellationToken;

        public List<DialogReply> Replies { get; } = [];

        public string Locale => State.Locale ?? content.DefaultLocale;

        public string Text(string id) => content.Strings.Text(id, Locale);

        public void Say(string id) => Replies.Add(new DialogReply(Text(id)));
    }
}
