using TakeABreak.Dialogs.Content;
using TakeABreak.Dialogs.Recognition;

namespace TakeABreak.Dialogs.Runtime;

/// <summary>Finds the interruption a message asks for and carries it out: another dialog, something said, a restart or another language.</summary>
internal sealed class InterruptionHandler(DialogContent content, QuestionOptions options, InterruptionLookup interruptions, StepRunner steps, Checklists checklists, QuestionAsker asker, EarlyAnswerTaker earlyAnswers)
{
    private const string SaidAlongside = DialogValues.SaidAlongsideAnswers;

    /// <summary>
    /// The topics another topic asks for with <c>only_when</c> or <c>not_when</c> on <see cref="DialogValues.SaidTopics"/>
    /// ("help_called"): only these are remembered when said, so that "wacht even" or "hoi" changes no value.
    /// </summary>
    private readonly HashSet<string> _remembered = content.Interruptions
        .SelectMany(interruption => interruption.OnlyWhen.Concat(interruption.NotWhen))
        .Where(condition => condition.Key == DialogValues.SaidTopics)
        .SelectMany(condition => condition.Value)
        .ToHashSet(StringComparer.Ordinal);

    /// <summary>
    /// Says what an interruption marked <c>alongside_answers</c> says when its phrase is in a message that also answered
    /// ("ik ben 14 maar ik weet niet of het erg is": De Kindertelefoon), once per conversation; the value
    /// <see cref="SaidAlongside"/> remembers which were said. Not <paramref name="aloud"/> when the safety guard already
    /// answered the message (its answer to a child names De Kindertelefoon itself): a fact told (<c>tells_a_fact</c>) is then
    /// only remembered, so that "ik ben 15 en mijn vriend slaat me" still gets the advice for a young person, not "Ben je
    /// jonger dan 18?"; the others are left for a later message.
    /// </summary>
    /// <param name="others">Said already for this message: the ones with the same phrases are its alternatives, and stay unsaid.</param>
    public void SayAlongsideAnswers(Turn turn, string? text, bool aloud = true, InterruptionDefinition? others = null)
    {
        foreach (var interruption in interruptions.AlongsideAnswers(text).Where(found => (aloud || found.TellsAFact) && !turn.Values.Get(SaidAlongside).Contains(found.Id) && !Unsuited(found, turn.Values)
            && found.Phrases != others?.Phrases))
        {
            foreach (var say in interruption.Say.Where(_ => aloud))
            {
                turn.Say(say);
            }

            if (aloud)
            {
                RememberSaid(turn, interruption);
            }

            turn.Values.Add(SaidAlongside, [interruption.Id]);
        }
    }

    /// <summary>An interruption at a question; small talk at a checklist counts as a miss there, so the checklist never loops.</summary>
    public async Task InterruptAtAsync(Turn turn, DialogFrame frame, DialogStep step, InterruptionDefinition interruption, string? text)
    {
        if (interruption.SmallTalk && Checklists.AddsToStory(step) && ++frame.Attempts >= content.MaxAttempts)
        {
            foreach (var say in interruption.Say)
            {
                turn.Say(say);
            }

            checklists.CloseChecklist(turn, frame, step);
            await steps.ContinueAsync(turn);
            return;
        }

        if (interruption.Kind == InterruptionKind.Say && !Unsuited(interruption, turn.Values) && OpenForMore(frame, step)
            && (interruption.TellsAFact || Checklists.StaysOpenWithSignsTicked(turn, step)))
        {
            SayTopic(turn, interruption, text);
            asker.AskForMore(turn, frame, step);
            return;
        }

        await InterruptAsync(turn, frame, interruption, text);
    }

    /// <summary>
    /// A fact told at a checklist that stays open for typed signs ("ik ben 15", "hij is 16"), or a question asked there once
    /// signs are ticked ("is dit normaal?"), is answered in its own line and followed by "Is er nog meer?", as a typed sign
    /// is: the card stays above in the chat.
    /// </summary>
    private static bool OpenForMore(DialogFrame frame, DialogStep step) =>
        frame.Waiting && frame.Step == step.Id && Checklists.AddsToStory(step) && step.Prompt!.TypedStaysOpen;

    /// <summary>
    /// Answers a topic asked while the conversation holds a kept story that answers its waiting question ("ik durf niet te
    /// bellen" after "Bel nu 112"): only its answer, for the conversation to go on past the question. False when it is no topic
    /// answered by saying it, or does not suit the conversation.
    /// </summary>
    public bool SayTopicBeforeGoingOn(Turn turn, InterruptionDefinition interruption)
    {
        if (interruption is not { Kind: InterruptionKind.Say, SmallTalk: false } || Unsuited(interruption, turn.Values))
        {
            return false;
        }

        SayTopic(turn, interruption);
        RememberSaid(turn, interruption);
        return true;
    }

    /// <summary>Remembers that a topic was said, when another topic asks for that (<see cref="_remembered"/>).</summary>
    private void RememberSaid(Turn turn, InterruptionDefinition interruption)
    {
        if (_remembered.Contains(interruption.Id))
        {
            turn.Values.Add(DialogValues.SaidTopics, [interruption.Id]);
        }
    }

    /// <summary>
    /// Says a topic's lines. One said alongside answers brings the others of its kind in the same message along ("ik ben een
    /// man, niemand gelooft me": that it happens to men too, and that it is awful not to be believed, with Veilig Thuis).
    /// </summary>
    private void SayTopic(Turn turn, InterruptionDefinition interruption, string? text)
    {
        SayTopic(turn, interruption);
        RememberSaid(turn, interruption);
        if (interruption.AlongsideAnswers && text is not null)
        {
            SayAlongsideAnswers(turn, text, others: interruption);
        }
    }

    private static void SayTopic(Turn turn, InterruptionDefinition interruption)
    {
        foreach (var say in interruption.Say)
        {
            turn.Say(say);
        }

        if (interruption.AlongsideAnswers)
        {
            turn.Values.Add(SaidAlongside, [interruption.Id]);
        }
    }

    private async Task InterruptAsync(Turn turn, DialogFrame interrupted, InterruptionDefinition interruption, string? text)
    {
        switch (interruption.Kind)
        {
            case InterruptionKind.Begin:
                // "mevrouw (82) heeft blauwe plekken en haar zoon beheert haar geld; kan ik met iemand van Moviera
                // overleggen?": what the message told for the questions ahead of the interrupted dialog is kept there,
                // so a request begun now carries the signs, and the conversation does not ask them again afterwards.
                earlyAnswers.TakeEarlyAnswers(turn, interrupted.Dialog, text, except: null);
                steps.Push(turn.State, interruption.Dialog!);
                // "ik wil met iemand overleggen over een moeder en haar kinderen": the begun dialog's questions marked
                // fill_early take what the request itself told.
                earlyAnswers.TakeEarlyAnswers(turn, interruption.Dialog!, text, except: null);
                // "wat kan ik doen?" answered by a dialog of its own: an "ok" when the question comes again acknowledges it.
                interrupted.AfterInformation = !interruption.SmallTalk;
                break;
            case InterruptionKind.Say when Unsuited(interruption, turn.Values):
                break;
            case InterruptionKind.Say:
                SayTopic(turn, interruption, text);
                interrupted.AfterInformation = !interruption.SmallTalk;
                break;
            case InterruptionKind.Restart:
                await steps.BeginFromStartAsync(turn);
                return;
            case InterruptionKind.ReplaceAll:
                turn.State.Stack.Clear();
                turn.State.Values.Clear();
                steps.Push(turn.State, interruption.Dialog!);
                break;
            case InterruptionKind.SwitchLanguage:
                turn.State.Locale = interruption.Locale;
                turn.State.LocaleChosen = true;
                turn.Say(EngineStrings.LanguageSwitched);
                break;
        }

        await steps.ContinueAsync(turn);
    }

    /// <summary>
    /// "bedankt, doei" or "stop" once the conversation has ended closes it as it would have before the end (the thanks
    /// answered, a goodbye), instead of starting again from the welcome. False for any other message.
    /// </summary>
    public async Task<bool> CloseAfterTheEndAsync(Turn turn, InterruptionDefinition? asked, string text)
    {
        // Of two with the same phrases ("ik ben klaar" while a request is made, and otherwise), the one meant here.
        if (asked is not null && !Meant(asked, turn.Values))
        {
            asked = interruptions.Find(text, withinText: false, meant: found => Meant(found, turn.Values));
        }

        if (asked is not { Kind: InterruptionKind.ReplaceAll })
        {
            return false;
        }

        turn.State.Values.Clear();
        steps.Push(turn.State, asked.Dialog!);
        await steps.ContinueAsync(turn);
        return true;
    }

    /// <summary>
    /// A question asked once the conversation has ended ("kan hij zien dat ik met jullie heb gepraat?") is answered, and the
    /// conversation stays ended: starting again from the welcome would lose the answer. A request that begins a dialog ("ik
    /// wil een mens spreken") begins it, as at any question. Other requests that win over answers (stop, restart, a
    /// language) and small talk are not answered here; neither is a new story. False when the message asks no such question.
    /// </summary>
    public async Task<bool> AnswerAfterTheEndAsync(Turn turn, string text)
    {
        var question = interruptions.Find(text, withinText: true, meant: found => Meant(found, turn.Values) && !Unsuited(found, turn.Values)
            && !found.SmallTalk && (found.Kind == InterruptionKind.Begin || (!found.WinsOverAnswers && found.Kind == InterruptionKind.Say)));
        if (question is null || (!question.WinsOverAnswers && earlyAnswers.AnswersFromTheStart(turn, content.StartDialog, text)))
        {
            return false;
        }

        if (question.Kind == InterruptionKind.Say)
        {
            SayTopic(turn, question);
        }
        else
        {
            steps.Push(turn.State, question.Dialog!);
            await steps.ContinueAsync(turn);
        }

        if (turn.State.Stack.Count == 0 && content.Strings.Contains(EngineStrings.AnsweredAfterTheEnd))
        {
            turn.Say(EngineStrings.AnsweredAfterTheEnd);
        }

        return true;
    }

    /// <summary>
    /// The first message of a conversation that starts afresh (nothing kept, e.g. a day later) asks a question answered with a
    /// sentence that wins over answers ("ik heb gisteren een verzoek gestuurd, is dat aangekomen?") and tells nothing the
    /// welcome's questions take: it is answered first, then the conversation starts from the welcome. False otherwise.
    /// </summary>
    public async Task<bool> AnswerBeforeAFreshStartAsync(Turn turn, string text)
    {
        var question = interruptions.Find(text, withinText: true, meant: found => Meant(found, turn.Values) && !Unsuited(found, turn.Values)
            && !found.SmallTalk && found.WinsOverAnswers && found.Kind == InterruptionKind.Say);
        if (question is null || earlyAnswers.AnswersFromTheStart(turn, content.StartDialog, text))
        {
            return false;
        }

        SayTopic(turn, question);
        await steps.BeginFromStartAsync(turn);
        return true;
    }

    /// <summary>
    /// The interruption a message asks for (see <see cref="InterruptionLookup"/>); failing that, when the message answered
    /// nothing, a question people ask typed in their own sentence.
    /// </summary>
    public InterruptionDefinition? FindInterruption(DialogStep step, string? text, bool withinText, string? locale = null, DialogValues? values = null)
    {
        // Of two interruptions with the same phrase, the one whose only_when holds is meant ("ik durf het niet te
        // vertellen" from a woman of 79 is not answered with De Kindertelefoon). Small talk whose not_when holds is not
        // meant either ("mijn buurvrouw" once it is known whom it is about): the message is then not understood, never
        // swallowed without a word.
        // One with finders counts only when one of them finds something in the message ("my new number is 06 …").
        Func<InterruptionDefinition, bool>? meant = values is null ? null : found => Meant(found, values) && !(found.SmallTalk && Unsuited(found, values))
            && (found.Finds.Count == 0 || found.Finds.Any(finder => options.FindWith(finder, text, locale ?? content.DefaultLocale) is not null));
        var atFreeText = TakesTheMessageAsText(step, text, locale);
        return interruptions.Find(text, withinText, atFreeText, meant)
            ?? (!atFreeText && withinText && locale is not null ? interruptions.TopicInSentence(text, locale, options.Words(AnalyzedText.LanguageOf(locale)).ForQuestions, meant) : null);
    }

    /// <summary>
    /// Whether the waiting question takes the message as its free-text answer, so that only a message that is the whole
    /// phrase asks for an interruption ("stop"; "ik wil dat hij stopt" is someone's own words). A question that looks for one
    /// thing in the message (<c>finds</c>: a phone number, an e-mail address, a moment) takes it only when it finds that:
    /// "actually im scared, delete my request" at "Wat is je e-mailadres?" holds no address, and is read as at any question.
    /// </summary>
    private bool TakesTheMessageAsText(DialogStep step, string? text, string? locale) =>
        step.Prompt is { Kind: PromptKind.Text } prompt
        && (prompt.Finds is null || locale is null || options.Find(prompt, text, locale) is not null);

    /// <summary>True when the conversation's values hold one of the interruption's <c>not_when</c> ids.</summary>
    private static bool Unsuited(InterruptionDefinition interruption, DialogValues values) =>
        interruption.NotWhen.Any(condition => values.Get(condition.Key).Any(condition.Value.Contains)) || !Meant(interruption, values);

    /// <summary>False when an interruption's <c>only_when</c> does not hold: then its phrase asks nothing here.</summary>
    private static bool Meant(InterruptionDefinition interruption, DialogValues values) =>
        interruption.OnlyWhen.All(condition => values.Get(condition.Key).Any(condition.Value.Contains));
}
