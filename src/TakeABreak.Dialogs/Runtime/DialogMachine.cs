using TakeABreak.Dialogs.Content;
using TakeABreak.Dialogs.Recognition;
using TakeABreak.Linguistics.Normalization;

namespace TakeABreak.Dialogs.Runtime;

/// <summary>
/// Runs the dialogs of the content over a <see cref="DialogState"/>: one input in, the replies out. Knows nothing of the
/// protocol; <see cref="Turns.DialogEngine"/> connects it to turns.
/// </summary>
public sealed class DialogMachine(DialogContent content, DialogExtensionRegistry extensions)
{
    /// <summary>The value that holds the channel the user is on, for content that says something only where it is true.</summary>
    public const string ChannelValue = "channel";

    private const int MaxStepsPerTurn = 500;

    /// <summary>At most this many messages in one turn; more plain messages are joined.</summary>
    private const int MaxMessagesPerTurn = 3;
    private readonly QuestionOptions options = new(content, extensions);
    private readonly InterruptionLookup interruptions = new(content);
    private readonly TypedLanguage typedLanguage = new(content);
    private readonly StoryAfterYesNo storyAfterYesNo = new(content);

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
    public async Task<IReadOnlyList<DialogReply>> RunAsync(DialogState state, DialogInput input, DialogTurnActions actions, CancellationToken cancellationToken)
    {
        var turn = new Turn(content, state, actions, cancellationToken);
        FollowChannelLocale(state, input.ChannelLocale);
        if (input.Channel is { } channel)
        {
            turn.Values.Set(ChannelValue, channel);
        }

        var guessed = (Names: state.Guessed, Dialog: state.GuessedDialog);
        state.Guessed = [];
        state.GuessedDialog = null;
        if (state.ContentVersion != content.Version)
        {
            var keep = state.Stack.Count == 0 || StillFits(state);
            state.ContentVersion = content.Version;
            if (!keep)
            {
                turn.Say(EngineStrings.ContentChanged);
                await BeginFromStartAsync(turn);
                return turn.Finish();
            }
        }

        var typed = input.Kind == DialogInputKind.Message && input.Value is null ? input.Text : null;
        var asked = typed is null ? null : interruptions.Find(typed, withinText: false);
        if (asked?.Kind != InterruptionKind.SwitchLanguage && typedLanguage.Follow(state, typed))
        {
            turn.Say(EngineStrings.LanguageNoticed);
        }

        var frame = state.Top;
        if (frame is null)
        {
            if (asked?.Kind == InterruptionKind.SwitchLanguage)
            {
                state.Locale = asked.Locale;
                state.LocaleChosen = true;
            }

            await BeginFromStartAsync(turn, typed);
            return turn.Finish();
        }

        if (input.Kind == DialogInputKind.ConversationStarted)
        {
            return turn.Replies;
        }

        if (!frame.Waiting)
        {
            await ContinueAsync(turn);
            return turn.Finish();
        }

        var step = StepOf(frame);
        if (input.Value is null && !IsExactOption(turn, frame, step, input.Text) && !ClosesChecklist(step, input.Text))
        {
            if (FindInterruption(step, input.Text, withinText: false) is { } interruption
                && !(input.AlreadyAcknowledged && interruption.Kind == InterruptionKind.Say))
            {
                await InterruptAtAsync(turn, frame, step, interruption);
                return turn.Finish();
            }

            if (Correct(turn, frame, input.Text, guessed.Names, guessed.Dialog))
            {
                await ContinueAsync(turn);
                return turn.Finish();
            }
        }

        var outcome = Answer(turn, frame, step, input);
        var early = input.Value is null ? TakeEarlyAnswers(turn, frame.Dialog, input.Text, outcome == AnswerOutcome.Answered ? null : step) : 0;
        var addedToEarlier = input.Value is null ? AddToEarlierLists(turn, frame.Dialog, step, input.Text) : 0;
        turn.SayUnderstood();
        if (input.Value is null && !input.AlreadyAcknowledged && (outcome != AnswerOutcome.NotUnderstood || early > 0 || addedToEarlier > 0))
        {
            SayAlongsideAnswers(turn, input.Text);
        }

        switch (outcome)
        {
            case AnswerOutcome.Answered:
                await ContinueAsync(turn);
                break;
            case AnswerOutcome.NotUnderstood when early == 0 && input.Value is null && ReviseEarlierAnswer(turn, frame, step, input.Text):
                if (AddsToStory(step) && frame.Waiting && frame.Step == step.Id)
                {
                    frame.Attempts++;
                }

                await ContinueAsync(turn);
                break;
            case AnswerOutcome.NotUnderstood when early > 0 && AddsToStory(step):
                CloseChecklist(turn, frame, step);
                await ContinueAsync(turn);
                break;
            case AnswerOutcome.NotUnderstood when early > 0 || addedToEarlier > 0 || input.AlreadyAcknowledged:
                Ask(turn, frame, step);
                break;
            case AnswerOutcome.NotUnderstood when AddsToStory(step) && frame.Attempts + 1 >= content.MaxAttempts:
                if (content.Strings.Contains(EngineStrings.ChecklistMovingOn))
                {
                    turn.Say(EngineStrings.ChecklistMovingOn);
                }

                CloseChecklist(turn, frame, step);
                await ContinueAsync(turn);
                break;
            case AnswerOutcome.NotUnderstood when input.Value is null && AlreadyKnown(turn, frame, step, input.Text) is { } known:
                frame.Attempts++;
                turn.Replies.Add(new DialogReply(known));
                Ask(turn, frame, step);
                break;
            case AnswerOutcome.NotUnderstood when input.Value is null && FindInterruption(step, input.Text, withinText: true, turn.Locale) is { } topic
                && !(input.AlreadyAcknowledged && topic.Kind == InterruptionKind.Say):
                await InterruptAtAsync(turn, frame, step, topic);
                break;
            case AnswerOutcome.NotUnderstood:
                NotUnderstood(turn, frame, step, step.Prompt!.Kind == PromptKind.Number ? EngineStrings.NumberInvalid : EngineStrings.NotUnderstood);
                break;
        }

        return turn.Finish();
    }

    /// <summary>Forgets everything collected (the locale stays) and starts the conversation from the beginning.</summary>
    public async Task<IReadOnlyList<DialogReply>> RestartAsync(DialogState state, DialogTurnActions actions, CancellationToken cancellationToken)
    {
        var turn = new Turn(content, state, actions, cancellationToken);
        state.Locale ??= content.DefaultLocale;
        state.ContentVersion = content.Version;
        await BeginFromStartAsync(turn);
        return turn.Replies;
    }

    /// <summary>The question the conversation waits on, asked again without changing the state; nothing when it waits on none.</summary>
    public IReadOnlyList<DialogReply> Reprompt(DialogState state)
    {
        var turn = new Turn(content, state, DialogTurnActions.None, CancellationToken.None);
        if (state.ContentVersion == content.Version && state.Top is { Waiting: true } frame)
        {
            Ask(turn, frame, StepOf(frame));
        }

        return turn.Replies;
    }

    /// <summary>Starts from the welcome; a first message that already tells something fills the questions it answers.</summary>
    private async Task BeginFromStartAsync(Turn turn, string? firstMessage = null)
    {
        var channel = turn.Values.GetSingle(ChannelValue);
        turn.State.Stack.Clear();
        turn.State.Values.Clear();
        if (channel is not null)
        {
            turn.Values.Set(ChannelValue, channel);
        }

        Push(turn.State, content.StartDialog);
        TakeEarlyAnswers(turn, content.StartDialog, firstMessage, except: null);
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

            if (step.Prompt is { FillEarly: FillEarly.Skip } early && turn.Values.Has(early.Into!))
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

            switch (step.Kind)
            {
                case StepKind.Prompt:
                    frame.Attempts = 0;
                    frame.Index = 0;
                    frame.Which.Clear();
                    if (step.Prompt!.Kind == PromptKind.Questions && Questions(turn, step.Prompt).Count == 0)
                    {
                        GoNext(turn.State, frame, dialog, step, step.Next);
                        break;
                    }

                    frame.Waiting = true;
                    turn.Replaying = false;
                    Ask(turn, frame, step);
                    return;
                case StepKind.Action:
                    var context = new DialogActionContext(turn.Values, turn.Locale, content);
                    await turn.Actions.Get(step.Action!).RunAsync(context, turn.CancellationToken);
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

    private AnswerOutcome Answer(Turn turn, DialogFrame frame, DialogStep step, DialogInput input)
    {
        var prompt = step.Prompt!;
        var dialog = content.Dialog(frame.Dialog);
        string? next = step.Next;
        if (prompt.Kind is PromptKind.Confirm or PromptKind.Choice && input.Value is null && OnlyThanks(input.Text))
        {
            return AnswerOutcome.NotUnderstood;
        }

        switch (prompt.Kind)
        {
            case PromptKind.Choice:
                var available = Options(turn, prompt);
                var choice = WhichAnswer(turn, frame, available, input.Text)
                    ?? AnswerRecognizer.Recognize(input.Text, options.Recognizable(available, turn.Locale), options.YesNo, turn.Language, options.Words(turn.Language));
                if (choice.IsAmbiguous)
                {
                    return AskWhich(turn, frame, step, prompt, available.Where(o => choice.Candidates.Contains(o.Id)).ToList());
                }

                if (choice.Id is null)
                {
                    return AnswerOutcome.NotUnderstood;
                }

                turn.Values.Set(prompt.Into!, choice.Id);
                if (choice.FromSentence)
                {
                    turn.Understood(options.Understood(prompt, available.Where(o => o.Id == choice.Id).ToList(), turn.Locale), prompt.Into!, frame.Dialog);
                }

                next = prompt.Options.FirstOrDefault(o => o.Id == choice.Id)?.Next ?? next;
                break;
            case PromptKind.Multi:
                var chosen = Checklist(turn, frame, prompt, input);
                if (chosen is null)
                {
                    return AnswerOutcome.NotUnderstood;
                }

                if (prompt.FillEarly == FillEarly.Add)
                {
                    turn.Values.Add(prompt.Into!, chosen);
                }
                else
                {
                    turn.Values.Set(prompt.Into!, chosen);
                }

                next = NothingTicked(turn, prompt) ?? next;
                break;
            case PromptKind.Text:
                if (string.IsNullOrWhiteSpace(input.Text))
                {
                    return AnswerOutcome.NotUnderstood;
                }

                if (prompt.Skippable && AnswerRecognizer.MatchesPhrase(input.Text, options.AllPhrases(EngineStrings.Skip), allowWithinText: false))
                {
                    turn.Values.Remove(prompt.Into!);
                }
                else
                {
                    turn.Values.Set(prompt.Into!, input.Text.Trim());
                }

                break;
            case PromptKind.Confirm:
                var answer = AnswerRecognizer.Recognize(input.Text, YesNo(turn), YesNoWords.None).Id;
                if (answer is null || (input.Value is null && storyAfterYesNo.Holds(input.Text)))
                {
                    return AnswerOutcome.NotUnderstood;
                }

                turn.Values.Set(prompt.Into!, answer);
                next = (answer == "yes" ? prompt.YesNext : prompt.NoNext) ?? next;
                break;
            case PromptKind.Number:
                var number = AnswerRecognizer.Number(TextNormalizer.NormalizeTerm(input.Text));
                if (number is null || number < prompt.Min || number > prompt.Max)
                {
                    return AnswerOutcome.NotUnderstood;
                }

                turn.Values.Set(prompt.Into!, number.Value.ToString(System.Globalization.CultureInfo.InvariantCulture));
                break;
            case PromptKind.Questions:
                var questions = Questions(turn, prompt);
                var question = questions[Math.Min(frame.Index, questions.Count - 1)];
                var picked = AnswerRecognizer.Recognize(input.Text, options.Recognizable(question.Options, turn.Locale), options.YesNo, turn.Language, options.Words(turn.Language));
                if (picked.Id is null)
                {
                    return AnswerOutcome.NotUnderstood;
                }

                var others = question.Options.Select(o => o.Id).ToHashSet(StringComparer.Ordinal);
                turn.Values.Set(prompt.Into!, turn.Values.Get(prompt.Into!).Where(id => !others.Contains(id)).Append(picked.Id).ToList());
                frame.Index++;
                frame.Attempts = 0;
                if (frame.Index < questions.Count)
                {
                    Ask(turn, frame, step);
                    return AnswerOutcome.Asked;
                }

                break;
        }

        GoNext(turn.State, frame, dialog, step, next);
        return AnswerOutcome.Answered;
    }

    /// <summary>
    /// At a "which one did you mean?" question, an answer is first read against the options shown there (a number is a
    /// shown button); null when it names none of them, so the whole question reads it.
    /// </summary>
    private ChoiceRecognition? WhichAnswer(Turn turn, DialogFrame frame, IReadOnlyList<DialogOption> available, string? text)
    {
        if (frame.Which.Count == 0)
        {
            return null;
        }

        var shown = available.Where(option => frame.Which.Contains(option.Id)).ToList();
        var choice = AnswerRecognizer.Recognize(text, options.Recognizable(shown, turn.Locale), options.YesNo, turn.Language, options.Words(turn.Language));
        return choice.Id is null ? null : choice;
    }

    /// <summary>Two or more options named in one message: ask which one, showing only those (a second time: all choices and help).</summary>
    private AnswerOutcome AskWhich(Turn turn, DialogFrame frame, DialogStep step, PromptDefinition prompt, IReadOnlyList<DialogOption> candidates)
    {
        frame.Attempts++;
        if (frame.Attempts >= content.MaxAttempts)
        {
            frame.Which.Clear();
            NotUnderstood(turn, frame, step, EngineStrings.NotUnderstood, counted: true);
            return AnswerOutcome.Asked;
        }

        frame.Which = candidates.Select(option => option.Id).ToList();
        Ask(turn, frame, step);
        return AnswerOutcome.Asked;
    }

    /// <summary>
    /// "nee, …" or "klopt niet" right after a guess: the rest of the message answers the guessed questions again, or
    /// the guesses are forgotten; the dialog goes back to the first guessed question (answered ones are skipped).
    /// </summary>
    private bool Correct(Turn turn, DialogFrame frame, string? text, IReadOnlyList<string> guessed, string? guessedDialog)
    {
        if (guessed.Count == 0 || guessedDialog != frame.Dialog)
        {
            return false;
        }

        var wrong = AnswerRecognizer.MatchesPhrase(text, options.AllPhrases(EngineStrings.Wrong), allowWithinText: true);
        if (!AnswerRecognizer.StartsWithPhrase(text, [.. options.AllPhrases(EngineStrings.Wrong), .. options.AllPhrases(EngineStrings.No)], out var rest) && !wrong)
        {
            return false;
        }

        var dialog = content.Dialog(frame.Dialog);
        var steps = dialog.Steps.Where(s => s.Prompt?.Into is { } into && guessed.Contains(into)).ToList();
        if (steps.Count == 0)
        {
            return false;
        }

        var corrected = new List<DialogStep>();
        foreach (var step in steps)
        {
            var prompt = step.Prompt!;
            var available = Options(turn, prompt).Where(option => !options.OnlyWhenAsked(option)).ToList();
            var recognizable = options.Recognizable(available, turn.Locale);
            IReadOnlyList<string>? ids = prompt.Kind == PromptKind.Choice
                ? AnswerRecognizer.Recognize(rest, recognizable, YesNoWords.None, turn.Language, options.Words(turn.Language)).Id is { } id ? [id] : null
                : AnswerRecognizer.RecognizeAll(rest, recognizable, turn.Language, options.Words(turn.Language)).Ids;
            if (ids is not null && !ids.SequenceEqual(turn.Values.Get(prompt.Into!)))
            {
                turn.Values.Set(prompt.Into!, ids);
                turn.Understood(options.Understood(prompt, available.Where(o => ids.Contains(o.Id)).ToList(), turn.Locale), prompt.Into!, frame.Dialog);
                corrected.Add(step);
            }
        }

        if (corrected.Count == 0)
        {
            if (!wrong)
            {
                return false;
            }

            foreach (var step in steps)
            {
                turn.Values.Remove(step.Prompt!.Into!);
            }
        }

        var earliest = Math.Min(dialog.IndexOf(frame.Step), dialog.IndexOf(steps[0].Id));
        frame.Step = dialog.Steps[earliest].Id;
        turn.Replaying = true;
        frame.Waiting = false;
        frame.Attempts = 0;
        frame.Index = 0;
        frame.Which.Clear();
        return true;
    }

    /// <summary>
    /// A message that does not answer the question but is, as a whole, another answer to exactly one earlier
    /// single-choice question ("een paar keer" after "vaak"; not a word inside a longer sentence) changes that answer, says so in one line, and goes on: at the same
    /// question, or back at the changed one when the new answer leads another way.
    /// </summary>
    private bool ReviseEarlierAnswer(Turn turn, DialogFrame frame, DialogStep current, string? text)
    {
        var dialog = content.Dialog(frame.Dialog);
        var words = options.Words(turn.Language);
        var revisions = new List<(DialogStep Step, DialogOption Option)>();
        foreach (var step in dialog.Steps.Where(step => step != current))
        {
            if (step.Prompt is not { Kind: PromptKind.Choice, Into: { } into } prompt || turn.Values.GetSingle(into) is not { } answered)
            {
                continue;
            }

            var available = Options(turn, prompt).Where(option => !options.OnlyWhenAsked(option)).ToList();
            var recognized = AnswerRecognizer.Recognize(text, options.Recognizable(available, turn.Locale), YesNoWords.None, turn.Language, words);
            if (recognized is { Id: { } id, FromSentence: false } && id != answered)
            {
                revisions.Add((step, available.First(option => option.Id == id)));
            }
        }

        if (revisions.Count != 1)
        {
            return false;
        }

        var (revised, chosen) = revisions[0];
        var revisedPrompt = revised.Prompt!;
        var before = turn.Values.GetSingle(revisedPrompt.Into!);
        turn.Values.Set(revisedPrompt.Into!, chosen.Id);
        var template = content.Strings.Contains(EngineStrings.Revised) ? EngineStrings.Revised : EngineStrings.Understood;
        turn.Replies.Add(new DialogReply(string.Format(System.Globalization.CultureInfo.InvariantCulture, turn.Text(template), options.Understood(revisedPrompt, [chosen], turn.Locale))));
        turn.Understood(string.Empty, revisedPrompt.Into!, frame.Dialog);
        var path = (string? id) => revisedPrompt.Options.FirstOrDefault(option => option.Id == id)?.Next;
        if (path(before) != path(chosen.Id) && dialog.IndexOf(revised.Id) < dialog.IndexOf(current.Id))
        {
            frame.Step = revised.Id;
            turn.Replaying = true;
            frame.Waiting = false;
            frame.Attempts = 0;
            frame.Index = 0;
            frame.Which.Clear();
        }

        return true;
    }

    private int TakeEarlyAnswers(Turn turn, string dialogId, string? text, DialogStep? except)
    {
        var dialog = content.Dialog(dialogId);
        var from = turn.State.Stack.LastOrDefault(frame => frame.Dialog == dialogId)?.Step ?? dialog.Steps[0].Id;
        var taken = new EarlyAnswers(options).Take(dialog, from, turn.Values, turn.Locale, text, except);
        foreach (var answer in taken)
        {
            turn.Understood(answer.Understood, answer.Step.Prompt!.Into!, dialogId);
        }

        return taken.Count;
    }

    /// <summary>
    /// Says what an interruption marked <c>alongside_answers</c> says when its phrase is in a message that also answered
    /// ("ik ben 14 maar ik weet niet of het erg is": De Kindertelefoon), once per conversation, and not when the safety guard
    /// already answered the message (its answer to a child names De Kindertelefoon itself); the value
    /// <see cref="SaidAlongside"/> remembers which were said.
    /// </summary>
    private void SayAlongsideAnswers(Turn turn, string? text)
    {
        foreach (var interruption in interruptions.AlongsideAnswers(text).Where(found => !turn.Values.Get(SaidAlongside).Contains(found.Id)))
        {
            foreach (var say in interruption.Say)
            {
                turn.Say(say);
            }

            turn.Values.Add(SaidAlongside, [interruption.Id]);
        }
    }

    private const string SaidAlongside = "said_alongside_answers";

    /// <summary>
    /// Adds what a message tells to lists answered before the current question, in this dialog and in the dialogs that
    /// called it ("als ik wegga neemt hij de kinderen mee" at the offer to talk to Moviera adds to the serious things).
    /// </summary>
    private int AddToEarlierLists(Turn turn, string dialogId, DialogStep current, string? text)
    {
        var early = new EarlyAnswers(options);
        var count = 0;
        foreach (var frame in Enumerable.Reverse(turn.State.Stack))
        {
            var dialog = content.Dialog(frame.Dialog);
            var at = frame.Dialog == dialogId ? current : dialog.Step(frame.Step);
            if (at is null)
            {
                continue;
            }

            foreach (var answer in early.AddToEarlierLists(dialog, at, turn.Values, turn.Locale, text))
            {
                turn.Understood(answer.Understood, answer.Step.Prompt!.Into!, frame.Dialog);
                count++;
            }
        }

        return count;
    }

    private IReadOnlyList<string>? Checklist(Turn turn, DialogFrame frame, PromptDefinition prompt, DialogInput input)
    {
        var available = Options(turn, prompt);
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

            var known = available.Select(o => o.Id).ToHashSet(StringComparer.Ordinal);
            var selected = (value["selection"]?.ToString() ?? string.Empty)
                .Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            return selected.All(known.Contains) ? selected.Distinct().ToList() : null;
        }

        var none = options.AllPhrases(EngineStrings.None);
        var typed = TextNormalizer.NormalizeTerm(input.Text);
        var closing = ClosingPhrases(prompt);
        if (AnswerRecognizer.MatchesPhrase(input.Text, [.. none, .. options.AllPhrases(EngineStrings.DontKnow), .. closing], allowWithinText: false)
            || options.AllPhrases(EngineStrings.No).Any(no => TextNormalizer.NormalizeTerm(no) == typed))
        {
            return [];
        }

        var (ids, fromSentence) = AnswerRecognizer.RecognizeAll(input.Text, options.Recognizable(available, turn.Locale), turn.Language, options.Words(turn.Language));
        if (ids is not null)
        {
            if (fromSentence && prompt.SayUnderstood)
            {
                turn.Understood(options.Understood(prompt, available.Where(o => ids.Contains(o.Id)).ToList(), turn.Locale), prompt.Into!, frame.Dialog);
            }

            return ids;
        }

        if (AnswerRecognizer.StartsWithPhrase(input.Text, closing, out _))
        {
            return [];
        }

        var noneWords = none.Concat(options.AllPhrases(EngineStrings.No)).Select(TextNormalizer.NormalizeTerm).Where(p => !p.Contains(' ', StringComparison.Ordinal)).ToHashSet(StringComparer.Ordinal);
        return TextNormalizer.Words(TextNormalizer.NormalizeTerm(input.Text)).Any(noneWords.Contains) ? [] : null;
    }

    /// <summary>
    /// A checklist that adds to what earlier messages told (<c>fill_early: add</c>: the signs, the serious things) never
    /// loops: "ja", "klaar", "dat is het", an answer to a later question or a second miss closes it with what is ticked.
    /// </summary>
    private static bool AddsToStory(DialogStep step) => step.Prompt is { Kind: PromptKind.Multi, FillEarly: FillEarly.Add };

    /// <summary>
    /// True when the text closes the checklist asked ("ja", "klaar", "that's all") and that checklist adds to a story: it
    /// then wins over small talk. At "Over wie maak je je zorgen?" a "klopt" confirms what was understood; it chooses nobody.
    /// </summary>
    private bool ClosesChecklist(DialogStep step, string? text)
    {
        var closing = AddsToStory(step) ? ClosingPhrases(step.Prompt!) : [];
        return closing.Count > 0
            && (AnswerRecognizer.MatchesPhrase(text, closing, allowWithinText: false) || AnswerRecognizer.StartsWithPhrase(text, closing, out _));
    }

    /// <summary>The words that close a checklist ("ja", "klaar", "dat is het"); only a checklist that adds to a story has them.</summary>
    private IReadOnlyList<string> ClosingPhrases(PromptDefinition prompt) =>
        prompt.FillEarly == FillEarly.Add ? Optional(EngineStrings.ChecklistDone) : [];

    /// <summary>Closes the checklist asked with what is ticked so far (also what a story ticked) and goes on.</summary>
    private void CloseChecklist(Turn turn, DialogFrame frame, DialogStep step)
    {
        turn.Values.Add(step.Prompt!.Into!, []);
        GoNext(turn.State, frame, content.Dialog(frame.Dialog), step, NothingTicked(turn, step.Prompt) ?? step.Next);
    }

    /// <summary>The checklist's <c>none</c> step when it ends with nothing ticked (also nothing a story ticked); else null.</summary>
    private static string? NothingTicked(Turn turn, PromptDefinition prompt) => turn.Values.Has(prompt.Into!) ? null : prompt.NoNext;

    /// <summary>
    /// "Dat weet ik al: elke week." — the message names nothing new, only the answer the bot already has to another
    /// single-choice question of this dialog (a sentence like "ik weet niet hoe vaak, wel elke week"); null otherwise.
    /// </summary>
    private string? AlreadyKnown(Turn turn, DialogFrame frame, DialogStep current, string? text)
    {
        if (!content.Strings.Contains(EngineStrings.AlreadyKnown))
        {
            return null;
        }

        var known = new List<string>();
        foreach (var step in content.Dialog(frame.Dialog).Steps.Where(step => step != current))
        {
            if (step.Prompt is not { Kind: PromptKind.Choice, Into: { } into } prompt || turn.Values.GetSingle(into) is not { } answered)
            {
                continue;
            }

            var available = Options(turn, prompt).Where(option => !options.OnlyWhenAsked(option)).ToList();
            if (AnswerRecognizer.Recognize(text, options.Recognizable(available, turn.Locale), YesNoWords.None, turn.Language, options.Words(turn.Language)).Id == answered)
            {
                known.Add(options.Understood(prompt, available.Where(option => option.Id == answered).ToList(), turn.Locale));
            }
        }

        return known.Count == 0 ? null : string.Format(System.Globalization.CultureInfo.InvariantCulture, turn.Text(EngineStrings.AlreadyKnown), string.Join("; ", known));
    }

    /// <summary>
    /// "ok bedankt", "oke dank je", "thanks": thanks with nothing but words that agree weakly is a polite close, never a
    /// yes (consent); "ja graag, dank je" is still a yes.
    /// </summary>
    private bool OnlyThanks(string? text)
    {
        var words = TextNormalizer.Words(TextNormalizer.NormalizeTerm(text)).ToList();
        var thanked = false;
        foreach (var thanks in Optional(EngineStrings.Thanks).Select(phrase => TextNormalizer.Words(TextNormalizer.NormalizeTerm(phrase))).Where(phrase => phrase.Length > 0).OrderByDescending(phrase => phrase.Length))
        {
            for (var at = 0; at + thanks.Length <= words.Count; at++)
            {
                if (words.Skip(at).Take(thanks.Length).SequenceEqual(thanks, StringComparer.Ordinal))
                {
                    words.RemoveRange(at, thanks.Length);
                    thanked = true;
                    at--;
                }
            }
        }

        var weak = Optional(EngineStrings.WeakYes).Select(TextNormalizer.NormalizeTerm).ToHashSet(StringComparer.Ordinal);
        return thanked && words.All(weak.Contains);
    }

    private IReadOnlyList<string> Optional(string stringId) => content.Strings.Contains(stringId) ? options.AllPhrases(stringId) : [];

    /// <summary>
    /// Asks again. After <see cref="DialogContent.MaxAttempts"/> misses in a row the choices come with where to get help
    /// now (112, Veilig Thuis); the two messages take turns, so the same one is never said twice in a row.
    /// </summary>
    private void NotUnderstood(Turn turn, DialogFrame frame, DialogStep step, string message, bool counted = false)
    {
        if (!counted)
        {
            frame.Attempts++;
        }

        var help = frame.Attempts >= content.MaxAttempts && (frame.Attempts - content.MaxAttempts) % 2 == 0;
        if (help)
        {
            frame.Which.Clear();
        }

        turn.Say(help ? EngineStrings.NotUnderstoodHelp : message);
        Ask(turn, frame, step);
    }

    /// <summary>An interruption at a question; small talk at a checklist counts as a miss there, so the checklist never loops.</summary>
    private async Task InterruptAtAsync(Turn turn, DialogFrame frame, DialogStep step, InterruptionDefinition interruption)
    {
        if (interruption.SmallTalk && AddsToStory(step) && ++frame.Attempts >= content.MaxAttempts)
        {
            foreach (var say in interruption.Say)
            {
                turn.Say(say);
            }

            CloseChecklist(turn, frame, step);
            await ContinueAsync(turn);
            return;
        }

        await InterruptAsync(turn, interruption);
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

                if (interruption.AlongsideAnswers)
                {
                    turn.Values.Add(SaidAlongside, [interruption.Id]);
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

    /// <summary>
    /// The interruption a message asks for (see <see cref="InterruptionLookup"/>); failing that, when the message answered
    /// nothing, a question people ask typed in their own sentence.
    /// </summary>
    private InterruptionDefinition? FindInterruption(DialogStep step, string? text, bool withinText, string? locale = null)
    {
        var atFreeText = step.Prompt?.Kind == PromptKind.Text;
        return interruptions.Find(text, withinText, atFreeText)
            ?? (!atFreeText && withinText && locale is not null ? interruptions.TopicInSentence(text, locale, options.Words(AnalyzedText.LanguageOf(locale))) : null);
    }

    /// <summary>True when the text is exactly an answer to the question; that answer then wins over an interruption.</summary>
    private bool IsExactOption(Turn turn, DialogFrame frame, DialogStep step, string? text)
    {
        var typed = TextNormalizer.NormalizeTerm(text);
        if (typed.Length == 0 || step.Prompt is not { } prompt)
        {
            return false;
        }

        var available = prompt.Kind switch
        {
            PromptKind.Choice or PromptKind.Multi => Options(turn, prompt),
            PromptKind.Questions => Questions(turn, prompt)[Math.Min(frame.Index, Questions(turn, prompt).Count - 1)].Options,
            _ => [],
        };
        return available.Any(option => options.NormalizedLabel(option) == typed);
    }

    private void Ask(Turn turn, DialogFrame frame, DialogStep step)
    {
        turn.SayUnderstood();
        var prompt = step.Prompt!;
        switch (prompt.Kind)
        {
            case PromptKind.Choice when frame.Which.Count > 0:
                turn.Replies.Add(new DialogReply(turn.Text(EngineStrings.Which))
                {
                    Choices = Options(turn, prompt).Where(o => frame.Which.Contains(o.Id)).Select(o => new ReplyChoice(o.Id, o.Label)).ToList(),
                    ExpectsAnswer = true,
                });
                break;
            case PromptKind.Choice:
                turn.Replies.Add(new DialogReply(turn.Text(prompt.Text!))
                {
                    Choices = Options(turn, prompt).Select(o => new ReplyChoice(o.Id, o.Label)).ToList(),
                    ExpectsAnswer = true,
                });
                break;
            case PromptKind.Multi:
                var available = Options(turn, prompt);
                var ticked = prompt.FillEarly == FillEarly.Add ? available.Where(o => turn.Values.Get(prompt.Into!).Contains(o.Id)).ToList() : [];
                turn.Replies.Add(new DialogReply(Told(turn, ticked) + turn.Text(prompt.Text!))
                {
                    Checklist = new ReplyChecklist(
                        ChecklistKey(frame),
                        available.Select(o => new ReplyChoice(o.Id, o.Label)).ToList(),
                        turn.Text(EngineStrings.ChecklistSubmit),
                        content.Strings.Phrases(EngineStrings.None, turn.Locale)[0],
                        turn.Text(EngineStrings.ChecklistHint))
                    {
                        Selected = ticked.Select(o => o.Id).ToList(),
                    },
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

    /// <summary>
    /// "Je vertelde al: schreeuwen of gillen. " before a checklist that earlier messages already ticked; empty when nothing
    /// is ticked or this turn already said what it understood.
    /// </summary>
    private string Told(Turn turn, IReadOnlyList<DialogOption> ticked) =>
        ticked.Count == 0 || turn.UnderstoodSaid || !content.Strings.Contains(EngineStrings.ChecklistTold)
            ? string.Empty
            : string.Format(System.Globalization.CultureInfo.InvariantCulture, turn.Text(EngineStrings.ChecklistTold), string.Join(", ", ticked.Select(o => LowerFirst(o.Label)))) + " ";

    private static string LowerFirst(string text) =>
        text.Length > 1 && char.IsUpper(text[0]) && !char.IsUpper(text[1]) ? char.ToLowerInvariant(text[0]) + text[1..] : text;

    private IReadOnlyList<DialogOption> Options(Turn turn, PromptDefinition prompt) => options.Of(prompt, turn.Values, turn.Locale);

    private IReadOnlyList<DialogQuestion> Questions(Turn turn, PromptDefinition prompt) =>
        extensions.QuestionSource(prompt.Source!).GetQuestions(turn.Values, turn.Locale);

    private List<RecognizableOption> YesNo(Turn turn) =>
    [
        new("yes", [.. content.Strings.Phrases(EngineStrings.Yes, turn.Locale), .. options.AllPhrases(EngineStrings.Yes)]),
        new("no", [.. content.Strings.Phrases(EngineStrings.No, turn.Locale), .. options.AllPhrases(EngineStrings.No)]),
    ];

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
        frame.Which.Clear();
        if (target is null)
        {
            state.Stack.Remove(frame);
        }
        else
        {
            frame.Step = target;
        }
    }

    private enum AnswerOutcome
    {
        Answered,
        NotUnderstood,

        /// <summary>The machine asked something itself (which of two, or the next question of a set).</summary>
        Asked,
    }

    private sealed class Turn(DialogContent content, DialogState state, DialogTurnActions actions, CancellationToken cancellationToken)
    {
        private readonly List<string> _understood = [];

        public DialogState State { get; } = state;

        public DialogValues Values { get; } = new(state.Values);

        public DialogTurnActions Actions { get; } = actions;

        public CancellationToken CancellationToken { get; } = cancellationToken;

        public List<DialogReply> Replies { get; } = [];

        /// <summary>True once a question was skipped because a message already answered it: what was understood is said before what follows.</summary>
        public bool SkippedAnswered { get; set; }

        /// <summary>True once this turn said what it understood ("Ik begrijp: …"): a checklist then does not name it again.</summary>
        public bool UnderstoodSaid { get; private set; }

        /// <summary>True while going back over steps already passed (after a correction): what they say is not said again.</summary>
        public bool Replaying { get; set; }

        public string Locale => State.Locale ?? content.DefaultLocale;

        public TakeABreak.Linguistics.Stemming.TextLanguage Language => AnalyzedText.LanguageOf(Locale);

        public string Text(string id) => content.Strings.Text(id, Locale);

        public void Say(string id) => Replies.Add(new DialogReply(Text(id)));

        /// <summary>Remembers what was taken from a sentence: said in one line before the next question, and open to "nee, …".</summary>
        public void Understood(string text, string valueName, string dialog)
        {
            if (!string.IsNullOrWhiteSpace(text))
            {
                _understood.Add(text);
            }

            State.Guessed.Add(valueName);
            State.GuessedDialog = dialog;
        }

        /// <summary>Says what was understood, before a question this turn already asked ("which one did you mean?").</summary>
        public void SayUnderstood()
        {
            if (_understood.Count > 0)
            {
                UnderstoodSaid = true;
                var question = Replies.FindIndex(reply => reply.ExpectsAnswer);
                Replies.Insert(question < 0 ? Replies.Count : question, new DialogReply(string.Format(System.Globalization.CultureInfo.InvariantCulture, Text(EngineStrings.Understood), string.Join("; ", _understood))));
                _understood.Clear();
            }
        }

        public IReadOnlyList<DialogReply> Finish()
        {
            if (_understood.Count > 0)
            {
                var line = new DialogReply(string.Format(System.Globalization.CultureInfo.InvariantCulture, Text(EngineStrings.Understood), string.Join("; ", _understood)));
                _understood.Clear();
                Replies.Insert(0, line);
            }

            JoinToAtMost(MaxMessagesPerTurn);
            return Replies;
        }

        /// <summary>No wall of text: plain messages next to each other are joined (the first one stays on its own) until the turn has at most this many.</summary>
        private void JoinToAtMost(int count)
        {
            for (var i = 1; Replies.Count > count && i < Replies.Count - 1;)
            {
                if (Plain(Replies[i]) && Plain(Replies[i + 1]))
                {
                    Replies[i] = new DialogReply(Replies[i].Text + "\n\n" + Replies[i + 1].Text);
                    Replies.RemoveAt(i + 1);
                }
                else
                {
                    i++;
                }
            }
        }

        private static bool Plain(DialogReply reply) => reply.Choices.Count == 0 && reply.Checklist is null && !reply.ExpectsAnswer;
    }
}
