using TakeABreak.Dialogs.Content;
using TakeABreak.Dialogs.Recognition;
using TakeABreak.Linguistics.Normalization;

namespace TakeABreak.Dialogs.Runtime;

/// <summary>
/// Runs the dialogs of the content over a <see cref="DialogState"/>: one input in, the replies out. Knows nothing of the
/// protocol; <see cref="Turns.DialogEngine"/> connects it to turns.
/// </summary>
public sealed class DialogMachine
{
    /// <summary>The value that holds the channel the user is on, for content that says something only where it is true.</summary>
    public const string ChannelValue = "channel";

    private readonly DialogContent content;
    private readonly InterruptionLookup interruptions;
    private readonly TypedLanguage typedLanguage;
    private readonly StepRunner steps;
    private readonly QuestionAsker asker;
    private readonly AnswerReader answers;
    private readonly Checklists checklists;
    private readonly EarlyAnswerTaker earlyAnswers;
    private readonly EarlierAnswers earlierAnswers;
    private readonly InterruptionHandler interruptionHandler;
    private readonly ChatSpellings spellings;
    private readonly QuestionOptions options;

    public DialogMachine(DialogContent content, DialogExtensionRegistry extensions)
    {
        this.content = content;
        options = new QuestionOptions(content, extensions);
        var turnOptions = new TurnOptions(content, extensions, options);
        interruptions = new InterruptionLookup(content);
        typedLanguage = new TypedLanguage(content);
        earlyAnswers = new EarlyAnswerTaker(content, options);
        asker = new QuestionAsker(content, turnOptions, earlyAnswers);
        steps = new StepRunner(content, turnOptions, asker, earlyAnswers);
        checklists = new Checklists(content, options, turnOptions);
        answers = new AnswerReader(content, options, turnOptions, asker, checklists, new StoryAfterYesNo(content));
        earlierAnswers = new EarlierAnswers(content, options, turnOptions);
        interruptionHandler = new InterruptionHandler(content, options, interruptions, steps, checklists, asker, earlyAnswers);
        spellings = new ChatSpellings(content.Strings.Contains(ChatSpellings.StringId)
            ? content.Locales.ToDictionary(locale => locale, locale => content.Strings.Phrases(ChatSpellings.StringId, locale), StringComparer.Ordinal)
            : new Dictionary<string, IReadOnlyList<string>>());
    }

    public DialogContent Content => content;

    /// <summary>The locale a message typed in this conversation would switch it to (<see cref="TypedLanguage"/>); null when it would not.</summary>
    public string? LocaleTypedIn(DialogState state, string text) => typedLanguage.SwitchesTo(state, text);

    /// <summary>
    /// True when a message changes an earlier single-choice answer ("bijna elke avond" after "soms"), or only says it again
    /// ("Dat weet ik al: vaak."); either is said in one line.
    /// </summary>
    private bool TellsHowOftenAgain(Turn turn, DialogFrame frame, DialogStep step, string told)
    {
        if (earlierAnswers.ReviseEarlierAnswer(turn, frame, step, told))
        {
            return true;
        }

        if (earlierAnswers.AlreadyKnown(turn, frame, step, told) is not { } known)
        {
            return false;
        }

        turn.Replies.Add(new DialogReply(known));
        return true;
    }

    /// <summary>"Is er nog meer?" at a list that stays open with items ticked (its card is above); the question itself otherwise.</summary>
    private void AskAgainAtTheList(Turn turn, DialogFrame frame, DialogStep step)
    {
        if (Checklists.StaysOpenWithSignsTicked(turn, step))
        {
            asker.AskForMore(turn, frame, step);
        }
        else
        {
            asker.Ask(turn, frame, step);
        }
    }

    /// <summary>True once a conversation has run to its end: nothing is asked, and what was told is still there.</summary>
    private static bool IsANumberAlone(string text) =>
        text.Trim().TrimEnd('.', '!', '?') is { Length: > 0 } number && number.All(char.IsAsciiDigit);

    private static bool HasEnded(DialogState state) =>
        state.Stack.Count == 0 && state.Values.Keys.Any(name => name != ChannelValue);

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
            var keep = state.Stack.Count == 0 || steps.StillFits(state);
            state.ContentVersion = content.Version;
            if (!keep)
            {
                turn.Say(EngineStrings.ContentChanged);
                await steps.BeginFromStartAsync(turn);
                return turn.Finish();
            }
        }

        var typed = input.Kind == DialogInputKind.Message && input.Value is null ? input.Text : null;
        var asked = typed is null ? null : interruptions.Find(typed, withinText: false);
        if (asked?.Kind != InterruptionKind.SwitchLanguage && typedLanguage.Follow(state, typed))
        {
            turn.Say(EngineStrings.LanguageNoticed);
        }

        if (typed is not null)
        {
            input = input.ReadAs(spellings.Read(typed, state.Locale));
            typed = input.Text;
        }

        // "ik heb 112 gebeld" after "Bel nu 112": a fact told in a sentence (tells_a_fact, not said alongside answers) is
        // answered before going on, as a topic typed alone is; its words are then not read for topics said alongside
        // ("called" is no "call 112").
        var toldBeforeGoingOn = asked ?? (typed is null || state.UnsaidUnderstood.Count == 0 ? null
            : interruptions.Find(typed, withinText: true, meant: found => found is { TellsAFact: true, AlongsideAnswers: false, SmallTalk: false, Kind: InterruptionKind.Say }));
        if (state.UnsaidUnderstood.Count > 0 && (input.Kind == DialogInputKind.Message || state.Top is null)
            && toldBeforeGoingOn is null or { SmallTalk: true } && await GoOnWithKeptStoryAsync(turn, typed))
        {
            return turn.Finish();
        }

        // "ik durf niet te bellen" after "Bel nu 112", when the message the guard answered told what the waiting question asks:
        // the topic is answered and the conversation goes on past the question, as "Verdergaan waar ik was" would.
        if (state.UnsaidUnderstood.Count > 0 && input.Kind == DialogInputKind.Message && toldBeforeGoingOn is not null
            && KeptStoryAnswersTheWaitingQuestion(turn) && interruptionHandler.SayTopicBeforeGoingOn(turn, toldBeforeGoingOn)
            && await GoOnWithKeptStoryAsync(turn, message: null))
        {
            return turn.Finish();
        }

        var frame = state.Top;
        if (frame is null && typed is not null && HasEnded(state)
            && (await interruptionHandler.CloseAfterTheEndAsync(turn, asked, typed) || await interruptionHandler.AnswerAfterTheEndAsync(turn, typed)))
        {
            return turn.Finish();
        }

        // A number alone once the conversation has ended answers a question no longer asked: it says so, and how to start
        // again, instead of beginning with the welcome.
        if (frame is null && typed is not null && HasEnded(state) && IsANumberAlone(typed) && content.Strings.Contains(EngineStrings.NumberAfterTheEnd))
        {
            turn.Say(EngineStrings.NumberAfterTheEnd);
            return turn.Finish();
        }

        if (frame is null && typed is not null && !HasEnded(state) && asked?.Kind != InterruptionKind.SwitchLanguage && await interruptionHandler.AnswerBeforeAFreshStartAsync(turn, typed))
        {
            return turn.Finish();
        }

        if (frame is null)
        {
            if (asked?.Kind == InterruptionKind.SwitchLanguage)
            {
                state.Locale = asked.Locale;
                state.LocaleChosen = true;
            }

            await steps.BeginFromStartAsync(turn, typed);
            return turn.Finish();
        }

        if (input.Kind == DialogInputKind.ConversationStarted)
        {
            return turn.Replies;
        }

        if (!frame.Waiting)
        {
            await steps.ContinueAsync(turn);
            return turn.Finish();
        }

        var step = steps.StepOf(frame);
        if (checklists.AsksForTheList(step, input))
        {
            asker.Ask(turn, frame, step);
            return turn.Finish();
        }

        // At a checklist that adds to the story, a message may say who else is there or whom it is about; one that asks
        // something ("halen ze dan mijn kinderen weg?") does neither.
        var readsWhoItIsAbout = input.Value is null && Checklists.AddsToStory(step)
            && interruptionHandler.FindInterruption(step, input.Text, withinText: true, turn.Locale, turn.Values) is not { SmallTalk: false };
        if (readsWhoItIsAbout)
        {
            earlierAnswers.AddWhoElseIsThere(turn, frame, step, input.Text);
        }

        if (readsWhoItIsAbout && earlierAnswers.SaysWhoItIsAbout(turn, frame, step, input.Text) is { } changed)
        {
            if (changed)
            {
                await steps.ContinueAsync(turn);
            }
            else
            {
                asker.AskForMore(turn, frame, step);
            }

            return turn.Finish();
        }

        // "ok thanks bye" at a checklist: a request as the whole message is no "ok" that closes the list; nor is the yes of
        // "ja, ik wil dit met iemand van Moviera bespreken". "ik ben klaar" at a question with one answer asks which one (below).
        if (input.Value is null && !answers.IsExactOption(turn, frame, step, input.Text)
            && (!(checklists.ClosesChecklist(step, input.Text) || DoneAsksWhichOne(turn, step, input.Text)) || interruptions.WholeRequest(input.Text) is not null || AsksAfterClosingWord(step, input.Text)))
        {
            // A fact told that also answers the question ("ik ben 15" at "Wat past het best bij jou?") is the answer, and the fact is said alongside.
            var found = interruptionHandler.FindInterruption(step, input.Text, withinText: false, turn.Locale, turn.Values)
                ?? AskedForWhatIsOffered(step, input.Text, turn);
            if (found is not null && step.Prompt!.YesWhenAsked.Contains(found.Id))
            {
                input = input with { AsksForWhatIsOffered = true };
            }
            else if (found is { } interruption
                && !(input.AlreadyAcknowledged && interruption.Kind == InterruptionKind.Say)
                && !(interruption.TellsAFact && interruption.AlongsideAnswers && answers.AnswersTheChoice(turn, step, input.Text))
                && !AnswersAfterTheYesInstead(turn, frame, step, interruption, input.Text))
            {
                // "bel me terug, maar ik ben bang dat hij mijn telefoon ziet": the safe options before the request begins.
                if (interruption.Kind == InterruptionKind.Begin && !input.AlreadyAcknowledged)
                {
                    interruptionHandler.SayAlongsideAnswers(turn, input.Text);
                }

                await interruptionHandler.InterruptAtAsync(turn, frame, step, interruption, input.Text);
                return turn.Finish();
            }

            if (earlierAnswers.Correct(turn, frame, input.Text, guessed.Names, guessed.Dialog))
            {
                // "nee, mail me op sanne@example.nl": the corrected way, and the address it gives.
                earlyAnswers.TakeEarlyAnswers(turn, frame.Dialog, input.Text, except: null);
                await steps.ContinueAsync(turn);
                return turn.Finish();
            }

            if (earlierAnswers.ReplaceCancelledAnswer(turn, frame, step, input.Text) || earlierAnswers.ReviseAfterWait(turn, frame, step, input.Text))
            {
                earlyAnswers.TakeEarlyAnswers(turn, frame.Dialog, input.Text, except: null);
                await steps.ContinueAsync(turn);
                return turn.Finish();
            }
        }

        // "ja bijna elke avond" at the serious things: how often, told after the yes, is noted as a sign told with how often
        // is, and the list stays open; the yes alone would close it as if nothing more was said.
        // "ja en soms ook tegen mij" is the writer's own story (below), not an answer given again.
        if (input.Value is null && checklists.AfterClosingWord(step, input.Text) is { } told && !checklists.SaysItHappensToMeToo(input.Text)
            && TellsHowOftenAgain(turn, frame, step, told))
        {
            AskAgainAtTheList(turn, frame, step);
            return turn.Finish();
        }

        // "he found my new number and keeps calling" at "Wanneer is het veilig om contact met je op te nemen?": its finder finds
        // no moment in it. When it tells more of the story, that is taken for the lists it belongs to (below), and it is not
        // kept as the moment; otherwise ("als hij naar voetbal is") it is the answer after all.
        var storyInstead = input.Value is null && TellsMoreInsteadOfFinding(turn, step, input.Text);
        var outcome = storyInstead ? AnswerOutcome.NotUnderstood : answers.Answer(turn, frame, step, input);
        // "telefoon" that answers the consent question (keeps_earlier_answers) says how to be reached, nothing for the conversation below.
        var forInterrupted = input.Value is null && (outcome == AnswerOutcome.NotUnderstood || !step.Prompt!.KeepsEarlierAnswers);
        var takenEarly = input.Value is null
            ? [.. earlyAnswers.TakeEarly(turn, frame.Dialog, input.Text, outcome == AnswerOutcome.Answered ? null : step), .. forInterrupted ? earlyAnswers.TakeEarlyForInterrupted(turn, frame.Dialog, input.Text) : []]
            : new List<EarlyAnswer>();
        var early = takenEarly.Count;
        // "hij heeft een mes gepakt een keer" at the feedback question answers nothing there: the knife is added to the story
        // ("telefoon" there is no story, and adds nothing).
        var addedToEarlierLists = input.Value is null && (!step.Prompt!.KeepsEarlierAnswers || (outcome == AnswerOutcome.NotUnderstood && TellsAStory(input.Text)))
            ? earlyAnswers.AddToEarlierLists(turn, frame.Dialog, step, input.Text)
            : [];
        var addedToEarlier = addedToEarlierLists.Count;
        // Nothing new for the story, and no question asked in it either ("actually he reads my email too" asks how to be
        // contacted safely): the answer after all.
        if (storyInstead && early == 0 && addedToEarlier == 0
            && interruptionHandler.FindInterruption(step, input.Text, withinText: true, turn.Locale, turn.Values) is not { SmallTalk: false })
        {
            outcome = answers.Answer(turn, frame, step, input);
        }

        turn.SayUnderstood();
        await EarlyAnswerTaker.RunWhenAddedLaterAsync(turn, addedToEarlierLists);
        if (addedToEarlier > 0 && step.Prompt!.WhenEarlierAdded is { } shownAgain)
        {
            await turn.RunActionAsync(shownAgain);
        }
        if (input.Value is null && (outcome != AnswerOutcome.NotUnderstood || early > 0 || addedToEarlier > 0))
        {
            interruptionHandler.SayAlongsideAnswers(turn, input.Text, aloud: !input.AlreadyAcknowledged);
        }

        switch (outcome)
        {
            case AnswerOutcome.Answered:
                await steps.ContinueAsync(turn);
                break;
            // "hij heeft mij vorige week geduwd" at the signs of someone who worried about another: it happens to the writer.
            case AnswerOutcome.Ticked when input.Value is null && earlierAnswers.HappensToTheWriter(turn, frame, step, input.Text):
                await steps.ContinueAsync(turn);
                break;
            // A sign told with how often ("hij heeft haar één keer geslagen", "ik hoor elke maand geschreeuw") is ticked, how
            // often is noted for its question, and the list stays open: the first sign as well as one more.
            case AnswerOutcome.Ticked:
                asker.AskForMore(turn, frame, step);
                break;
            // "ja soms ook mij" at the signs, after "mijn vader slaat mijn moeder": it happens to the writer too; the list stays open.
            // "ik ben bang dat hij mij ook gaat slaan" tells a fear: the list stays open, nothing is said as if it happened.
            case AnswerOutcome.NotUnderstood when input.Value is null && Checklists.AddsToStory(step) && checklists.SaysItHappensToMeToo(input.Text):
                if (content.Strings.Contains(EngineStrings.MeToo) && !checklists.TellsAFear(input.Text))
                {
                    turn.Say(EngineStrings.MeToo);
                }

                asker.AskForMore(turn, frame, step);
                break;
            // "ja echt" after "Ik begrijp: je vertelde: schreeuwen of gillen.": that sign is true; the list stays open.
            case AnswerOutcome.NotUnderstood when input.Value is null && checklists.AffirmsWhatWasSaidBack(turn, step.Prompt!, input.Text):
                if (content.Strings.Contains(EngineStrings.ChecklistAffirmed))
                {
                    turn.Say(EngineStrings.ChecklistAffirmed);
                }

                asker.AskForMore(turn, frame, step);
                break;
            // "soms" at the serious things with nothing ticked: which, then? Not a new answer to how often.
            case AnswerOutcome.NotUnderstood when early == 0 && addedToEarlier == 0 && input.Value is null && checklists.SaysOnlySometimesWithNothingTicked(turn, step.Prompt!, input.Text):
                asker.NotUnderstood(turn, frame, step, EngineStrings.ChecklistWhich);
                break;
            // "hij heeft een mes gepakt een keer" at the feedback question: the count belongs to the knife it adds, not to "Hoe vaak?".
            case AnswerOutcome.NotUnderstood when early == 0 && addedToEarlier == 0 && input.Value is null && earlierAnswers.ReviseEarlierAnswer(turn, frame, step, input.Text):
                if (Checklists.AddsToStory(step) && frame.Waiting && frame.Step == step.Id)
                {
                    frame.Attempts++;
                    // "een paar keer per maand denk ik" at the open signs list: how often is changed, the card stays above.
                    if (Checklists.StaysOpenWithSignsTicked(turn, step))
                    {
                        asker.AskForMore(turn, frame, step);
                        break;
                    }
                }

                await steps.ContinueAsync(turn);
                break;
            // "ja vooral s avonds" at "Wat heb je gemerkt?" with nothing ticked: which, then? What else it told is noted above.
            case AnswerOutcome.NotUnderstood when input.Value is null && frame.Attempts + 1 < content.MaxAttempts
                && checklists.SaysYesWithADetailWithNothingTicked(turn, step.Prompt!, input.Text) && !AsksATopicInASentence(turn, step, input):
                asker.NotUnderstood(turn, frame, step, EngineStrings.ChecklistWhich);
                break;
            case AnswerOutcome.NotUnderstood when early > 0 && (Checklists.KeepsOpenUntilASign(turn, step) || Checklists.KeepsOpenForFacts(step, takenEarly)):
                frame.Attempts++;
                asker.AskForMore(turn, frame, step);
                break;
            case AnswerOutcome.NotUnderstood when early > 0 && Checklists.AddsToStory(step):
                checklists.CloseChecklist(turn, frame, step);
                await steps.ContinueAsync(turn);
                break;
            case AnswerOutcome.NotUnderstood when early > 0 || addedToEarlier > 0 || input.AlreadyAcknowledged:
                asker.Ask(turn, frame, step);
                break;
            // "ze wil niet dat ik het aan iemand vertel" after a word not understood there: answered below, not moved on from.
            case AnswerOutcome.NotUnderstood when Checklists.AddsToStory(step) && frame.Attempts + 1 >= content.MaxAttempts
                && !AsksATopicInASentence(turn, step, input):
                if (content.Strings.Contains(EngineStrings.ChecklistMovingOn))
                {
                    turn.Say(EngineStrings.ChecklistMovingOn);
                }

                checklists.MoveOnFromChecklist(turn, frame, step);
                await steps.ContinueAsync(turn);
                break;
            // "ja" at "Wat heb je gemerkt?" with nothing ticked: which, then? The list again; never "none of these".
            case AnswerOutcome.NotUnderstood when input.Value is null && checklists.SaysOnlyYesWithNothingTicked(turn, step.Prompt!, input.Text):
                asker.NotUnderstood(turn, frame, step, EngineStrings.ChecklistWhich);
                break;
            // "klaar" at "In welk werkveld werk je?": done, but with which one? Asked briefly, then the question again.
            case AnswerOutcome.NotUnderstood when input.Value is null && DoneAsksWhichOne(turn, step, input.Text):
                asker.NotUnderstood(turn, frame, step, EngineStrings.ChoiceWhichOne);
                break;
            // A question asked in a sentence ("will they take my kids") is answered before "I already know that".
            case AnswerOutcome.NotUnderstood when input.Value is null && interruptionHandler.FindInterruption(step, input.Text, withinText: true, turn.Locale, turn.Values) is { } topic
                && !(input.AlreadyAcknowledged && topic.Kind == InterruptionKind.Say):
                await interruptionHandler.InterruptAtAsync(turn, frame, step, topic, input.Text);
                break;
            // "ze schreeuwen weer" at the serious things, after the shouting at the signs: told already, never noted anew.
            case AnswerOutcome.NotUnderstood when input.Value is null && early == 0 && addedToEarlier == 0
                && earlyAnswers.ToldAgainInEarlierLists(turn, frame.Dialog, step, input.Text) is { Count: > 0 } toldAgain:
                frame.Attempts++;
                asker.SayToldAlready(turn, toldAgain);
                AskAgainAtTheList(turn, frame, step);
                break;
            case AnswerOutcome.NotUnderstood when input.Value is null && earlierAnswers.AlreadyKnown(turn, frame, step, input.Text) is { } known:
                frame.Attempts++;
                turn.Replies.Add(new DialogReply(known));
                if (Checklists.StaysOpenWithSignsTicked(turn, step))
                {
                    asker.AskForMore(turn, frame, step);
                }
                else
                {
                    asker.Ask(turn, frame, step);
                }

                break;
            // "ze is nu thuis bij hem" at "Waar wil je mee beginnen?": a statement that answers nothing here is heard, not
            // "not understood", and the question comes again (after as many tries, the help with 112 and Veilig Thuis).
            case AnswerOutcome.NotUnderstood when input.Value is null && TellsAStatement(step.Prompt!, input.Text, turn.Locale) && content.Strings.Contains(EngineStrings.StatementHeard):
                asker.NotUnderstood(turn, frame, step, EngineStrings.StatementHeard);
                break;
            case AnswerOutcome.NotUnderstood:
                asker.NotUnderstood(turn, frame, step, NotUnderstoodMessage(step.Prompt!));
                break;
        }

        return turn.Finish();
    }

    /// <summary>
    /// "phone", "bellen" at "Vind je het goed dat we dit naar Moviera sturen?": the answer to the question a yes leads to (how
    /// to be reached), not a question for the numbers to call, which the same word asks elsewhere.
    /// </summary>
    private bool AnswersAfterTheYesInstead(Turn turn, DialogFrame frame, DialogStep step, InterruptionDefinition interruption, string? text) =>
        interruption.Kind == InterruptionKind.Say && !interruption.WinsOverAnswers
        && answers.AnswersTheQuestionAfterYes(turn, frame, step.Prompt!, text);

    /// <summary>
    /// A request that wins over answers after the word that would close a checklist ("ja ik wil dit bespreken met iemand van
    /// moviera", "done, i want to talk to someone"): the yes goes with the request.
    /// </summary>
    private bool AsksAfterClosingWord(DialogStep step, string? text) =>
        checklists.AfterClosingWord(step, text) is { } rest && interruptions.Find(rest, withinText: false, meant: found => found.WinsOverAnswers) is not null;

    /// <summary>
    /// "klaar", "ik ben klaar" at a question with one answer, once something was answered: most likely done with a list just
    /// before, so which one? Before anything was answered (the first question) it says the person is done with the chat.
    /// </summary>
    private bool DoneAsksWhichOne(Turn turn, DialogStep step, string? text) =>
        turn.State.Values.Keys.Any(name => name != ChannelValue) && checklists.SaysOnlyDoneAtASingleChoice(step.Prompt!, text);

    /// <summary>What is said before a question is asked again: a yes/no question says which two answers it takes.</summary>
    private string NotUnderstoodMessage(PromptDefinition prompt) => prompt.Kind switch
    {
        PromptKind.Number => EngineStrings.NumberInvalid,
        PromptKind.Confirm when content.Strings.Contains(EngineStrings.NotUnderstoodYesNo) => EngineStrings.NotUnderstoodYesNo,
        _ => EngineStrings.NotUnderstood,
    };

    /// <summary>
    /// A question for what the question offers, asked in a longer sentence ("wat zijn de stappen van de meldcode?" at "Wil je
    /// de stappen één voor één zien?"): its yes, as the bare question is. Only the interruptions it names count.
    /// </summary>
    private InterruptionDefinition? AskedForWhatIsOffered(DialogStep step, string? text, Turn turn) =>
        step.Prompt is { YesWhenAsked.Count: > 0 } prompt
            && interruptionHandler.FindInterruption(step, text, withinText: true, turn.Locale, turn.Values) is { } asked
            && prompt.YesWhenAsked.Contains(asked.Id)
            ? asked
            : null;

    /// <summary>Forgets everything collected (the locale stays) and starts the conversation from the beginning.</summary>
    public async Task<IReadOnlyList<DialogReply>> RestartAsync(DialogState state, DialogTurnActions actions, CancellationToken cancellationToken)
    {
        var turn = new Turn(content, state, actions, cancellationToken);
        state.Locale ??= content.DefaultLocale;
        state.ContentVersion = content.Version;
        await steps.BeginFromStartAsync(turn);
        return turn.Replies;
    }

    /// <summary>
    /// Keeps what a message tells for the questions ahead (<c>fill_early</c>), without running a step or saying anything:
    /// for a message another part of the bot answered in the dialogs' place. A conversation that has not begun keeps it
    /// for its start. The message is read in the language it is written in; the conversation keeps its own. What was
    /// understood is said when the conversation goes on (<see cref="GoOnAsync"/>, or the next message that is no request
    /// such as "opnieuw"). True when the message answered any question (and the state is to be saved).
    /// </summary>
    public bool KeepWhatIsTold(DialogState state, DialogInput input)
    {
        var typed = input.Kind == DialogInputKind.Message && input.Value is null ? input.Text : null;
        if (string.IsNullOrWhiteSpace(typed) || (state.Top is not null && state.ContentVersion != content.Version))
        {
            return false;
        }

        var turn = new Turn(content, state, DialogTurnActions.None, CancellationToken.None);
        FollowChannelLocale(state, input.ChannelLocale);
        if (state.Top is null)
        {
            StepRunner.ForgetAll(turn);
            state.ContentVersion = content.Version;
        }

        if (input.Channel is { } channel)
        {
            turn.Values.Set(ChannelValue, channel);
        }

        state.Guessed = [];
        state.GuessedDialog = null;
        var conversationLocale = state.Locale;
        typedLanguage.Follow(state, typed);
        var kept = earlyAnswers.KeepUnsaid(turn, state.Top?.Dialog ?? content.StartDialog, spellings.Read(typed, state.Locale));
        state.Locale = conversationLocale;
        return kept > 0;
    }

    /// <summary>
    /// Goes on where the conversation was, with what a kept message told (<see cref="KeepWhatIsTold"/>): says what was
    /// understood, skips the questions it answered and asks the next one; a conversation that has not begun starts with
    /// its welcome.
    /// </summary>
    public async Task<IReadOnlyList<DialogReply>> GoOnAsync(DialogState state, DialogTurnActions actions, CancellationToken cancellationToken)
    {
        var turn = new Turn(content, state, actions, cancellationToken);
        if (state.Top is null && state.UnsaidUnderstood.Count == 0)
        {
            state.Locale ??= content.DefaultLocale;
            state.ContentVersion = content.Version;
            await steps.BeginFromStartAsync(turn);
        }
        else if (!await GoOnWithKeptStoryAsync(turn, message: null) && state.ContentVersion == content.Version && state.Top is { Waiting: true } frame)
        {
            asker.Ask(turn, frame, steps.StepOf(frame));
        }

        return turn.Finish();
    }

    /// <summary>
    /// When a kept message answered the question waited on (or the conversation has not begun), says what it told and
    /// goes on past it, also with what <paramref name="message"/> tells. False when the conversation still waits on its
    /// question: what the kept message told is then said when that question is asked (<see cref="QuestionAsker"/>).
    /// </summary>
    private async Task<bool> GoOnWithKeptStoryAsync(Turn turn, string? message)
    {
        if (turn.State.Top is not { } frame)
        {
            earlyAnswers.RecallUnsaid(turn, content.StartDialog);
            await steps.BeginAsync(turn, message);
            return true;
        }

        if (!KeptStoryAnswersTheWaitingQuestion(turn))
        {
            return false;
        }

        // "I'm 16, it's my dad" typed after "Call 112 now": what it tells alongside ("i'm 16": a young person) is said and
        // remembered before going on, as it is when both are told in one message.
        if (!string.IsNullOrWhiteSpace(message))
        {
            interruptionHandler.SayAlongsideAnswers(turn, message);
        }

        earlyAnswers.RecallUnsaid(turn, frame.Dialog);
        frame.Waiting = false;
        earlyAnswers.TakeEarlyAnswers(turn, frame.Dialog, message, except: null);
        await steps.ContinueAsync(turn);
        return true;
    }

    /// <summary>Whether the conversation waits on a question that what a kept message told has answered.</summary>
    private bool KeptStoryAnswersTheWaitingQuestion(Turn turn) =>
        turn.State.Top is { Waiting: true } frame && steps.StepOf(frame).Prompt is { FillEarly: FillEarly.Skip } prompt && turn.Values.Told(prompt.Into!);

    /// <summary>Whether going on needs the dialogs to move (a kept message, or a conversation not begun); otherwise going on only asks the waiting question again.</summary>
    public static bool MovesOnGoingOn(DialogState state) => state.UnsaidUnderstood.Count > 0 || state.Top is null;

    /// <summary>The question the conversation waits on, asked again without changing the state; nothing when it waits on none.</summary>
    public IReadOnlyList<DialogReply> Reprompt(DialogState state)
    {
        var turn = new Turn(content, state, DialogTurnActions.None, CancellationToken.None);
        if (state.ContentVersion == content.Version && state.Top is { Waiting: true } frame)
        {
            asker.Ask(turn, frame, steps.StepOf(frame));
        }

        return turn.Replies;
    }

    /// <summary>
    /// A topic that is no small talk, asked or told inside a sentence ("she doesn't want me to tell anyone"): it has its own
    /// answer, and the question goes on after it.
    /// </summary>
    private bool AsksATopicInASentence(Turn turn, DialogStep step, DialogInput input) =>
        input.Value is null && interruptionHandler.FindInterruption(step, input.Text, withinText: true, turn.Locale, turn.Values) is { SmallTalk: false } topic
        && !(input.AlreadyAcknowledged && topic.Kind == InterruptionKind.Say);

    private const int StoryWords = 3;

    /// <summary>A sentence of a few words ("hij heeft een mes gepakt"), not a single word typed as an answer ("telefoon").</summary>
    /// <summary>A sentence of a few words in Dutch or English that asks nothing, typed at a question with buttons.</summary>
    private bool TellsAStatement(PromptDefinition prompt, string? text, string locale) =>
        prompt.Kind is PromptKind.Choice or PromptKind.Confirm && TellsAStory(text) && !text!.Contains('?', StringComparison.Ordinal)
        && typedLanguage.ReadsAsSentence(text, locale);

    /// <summary>
    /// A sentence (words typed apart: "dinsdagochtend-na-tienen" is one answer) at a question that looks for one thing in it
    /// (<c>finds</c>) in which its finder finds nothing.
    /// </summary>
    private bool TellsMoreInsteadOfFinding(Turn turn, DialogStep step, string? text) =>
        step.Prompt is { Kind: PromptKind.Text, Finds: not null } prompt && TellsAStory(text)
        && text!.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Length >= StoryWords
        && options.Find(prompt, text, turn.Locale) is null;

    private static bool TellsAStory(string? text) => TextNormalizer.Words(TextNormalizer.NormalizeTerm(text)).Length >= StoryWords;
}
