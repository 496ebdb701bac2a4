using TakeABreak.Dialogs.Content;
using TakeABreak.Dialogs.Recognition;
using TakeABreak.Linguistics.Normalization;

namespace TakeABreak.Dialogs.Runtime;

/// <summary>A message about answers given before: a correction of a guess, another answer to an earlier question, or one the bot already has.</summary>
internal sealed class EarlierAnswers(DialogContent content, QuestionOptions options, TurnOptions turnOptions)
{
    private readonly EarlyAnswers _early = new(options);

    /// <summary>
    /// "nee, …" or "klopt niet" right after a guess: the rest of the message answers the guessed questions again, or
    /// the guesses are forgotten; the dialog goes back to the first guessed question (answered ones are skipped).
    /// </summary>
    public bool Correct(Turn turn, DialogFrame frame, string? text, IReadOnlyList<string> guessed, string? guessedDialog)
    {
        if (guessed.Count == 0 || guessedDialog != frame.Dialog)
        {
            return false;
        }

        var wrong = AnswerRecognizer.MatchesPhrase(text, options.AllPhrases(EngineStrings.Wrong), allowWithinText: false)
            || AnswerRecognizer.MatchesPhrase(text, turnOptions.Optional(EngineStrings.WrongInsideText), allowWithinText: true);
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
            var available = turnOptions.Options(turn, prompt).Where(option => !options.OnlyWhenAsked(option)).ToList();
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
        frame.MoveTo(dialog.Steps[earliest].Id);
        turn.Replaying = true;
        return true;
    }

    /// <summary>
    /// A message that does not answer the question but is, as a whole, another answer to exactly one earlier
    /// single-choice question ("een paar keer" after "vaak"; not a word inside a longer sentence) changes that answer, says so in one line, and goes on: at the same
    /// question, or back at the changed one when the new answer leads another way.
    /// </summary>
    public bool ReviseEarlierAnswer(Turn turn, DialogFrame frame, DialogStep current, string? text) => Revise(turn, frame, current, text, onPurpose: false);

    /// <summary>
    /// "nee wacht, het is vaak" after "een paar keer": words that hold the conversation up (<c>engine_wait</c>) say the rest
    /// changes an earlier answer on purpose, so one word of another option is enough there ("vaak"); still never the way the
    /// conversation goes.
    /// </summary>
    public bool ReviseAfterWait(Turn turn, DialogFrame frame, DialogStep current, string? text) =>
        AnswerRecognizer.StartsWithPhrase(text, turnOptions.Optional(EngineStrings.Wait), out var rest)
        && Revise(turn, frame, current, rest, onPurpose: true);

    private bool Revise(Turn turn, DialogFrame frame, DialogStep current, string? text, bool onPurpose)
    {
        // "5" is the fifth button of the question asked (or a mark), never the fifth option of a question answered before.
        if (OnlyNumbers(text))
        {
            return false;
        }

        var dialog = content.Dialog(frame.Dialog);
        var revisions = new List<(string Dialog, DialogStep Step, DialogOption Option)>();
        foreach (var (owner, step, available, answered, recognized) in ReadAgainstAnsweredChoices(turn, frame, current, text))
        {
            if (recognized is { Id: { } id } && id != answered
                && (!recognized.FromSentence || AnsweredDontKnow(turn, step.Prompt!, answered)
                    || (SameWayOn(step.Prompt!, answered, id) && (onPurpose || SaidInAPhraseOfItsOwn(turn, available, id, text)))))
            {
                revisions.Add((owner, step, available.First(option => option.Id == id)));
            }
        }

        if (revisions.Count != 1)
        {
            return false;
        }

        var (revisedIn, revised, chosen) = revisions[0];
        var revisedPrompt = revised.Prompt!;
        var before = turn.Values.GetSingle(revisedPrompt.Into!);
        turn.Values.Set(revisedPrompt.Into!, chosen.Id);
        SayRevised(turn, options.Understood(revisedPrompt, [chosen], turn.Locale));
        turn.Understood(string.Empty, revisedPrompt.Into!, revisedIn);
        var path = (string? id) => revisedPrompt.Options.FirstOrDefault(option => option.Id == id)?.Next;
        if (path(before) != path(chosen.Id) && revisedIn == frame.Dialog && dialog.IndexOf(revised.Id) < dialog.IndexOf(current.Id))
        {
            frame.MoveTo(revised.Id);
            turn.Replaying = true;
        }

        return true;
    }

    private static bool OnlyNumbers(string? text) =>
        TextNormalizer.Words(TextNormalizer.NormalizeTerm(text)) is { Length: > 0 } words && words.All(word => AnswerRecognizer.Number(word) is not null);

    /// <summary>Both answers lead the same way: a sentence may change such an answer, never the way the conversation goes ("ik word" is no new role).</summary>
    private static bool SameWayOn(PromptDefinition prompt, string answered, string other) =>
        prompt.Options.FirstOrDefault(option => option.Id == answered)?.Next == prompt.Options.FirstOrDefault(option => option.Id == other)?.Next;

    /// <summary>
    /// "een paar keer per maand", "eigenlijk a few times a month": the other answer is said in a phrase of several words of its
    /// own ("keer per maand"), not as one word inside a story ("ze huilt vaak", "he is always jealous").
    /// </summary>
    private bool SaidInAPhraseOfItsOwn(Turn turn, IReadOnlyList<DialogOption> available, string id, string? text) =>
        SentenceMatcher.Find(AnalyzedText.Of(text, turn.Language), options.Recognizable(available, turn.Locale), options.Words(turn.Language))
            .Any(hit => hit.OptionId == id && hit.Matched.Count >= 2);

    /// <summary>
    /// At the signs checklist of someone who worries about another (<c>adds_who_else_is_there</c>), a sentence that says it
    /// happens to the one who writes ("hij heeft mij vorige week geduwd", "he pushed me") in a phrase of several words of an
    /// earlier choice's preferred option (about oneself) changes that answer, says so in one line, and goes back to it
    /// (answered, so skipped) and on along the new answer's way; the signs the sentence told are kept.
    /// </summary>
    public bool HappensToTheWriter(Turn turn, DialogFrame frame, DialogStep current, string? text)
    {
        if (current.Prompt is not { AddsWhoElseIsThere: true } || string.IsNullOrWhiteSpace(text))
        {
            return false;
        }

        var dialog = content.Dialog(frame.Dialog);
        foreach (var (owner, step, available, answered, recognized) in ReadAgainstAnsweredChoices(turn, frame, current, text))
        {
            if (owner != frame.Dialog || recognized.Id is not { } id || id == answered || available.First(option => option.Id == id) is not { Preferred: true } chosen
                || !SaidInAPhraseOfItsOwn(turn, available, id, text) || dialog.IndexOf(step.Id) > dialog.IndexOf(current.Id))
            {
                continue;
            }

            turn.Values.Set(step.Prompt!.Into!, id);
            SayRevised(turn, options.Understood(step.Prompt, [chosen], turn.Locale));
            frame.MoveTo(step.Id);
            turn.Replaying = true;
            return true;
        }

        return false;
    }

    /// <summary>"Weet ik niet" was the answer: a later sentence that names how often ("elke week wel") tells what was not known then.</summary>
    private bool AnsweredDontKnow(Turn turn, PromptDefinition prompt, string answered) =>
        turnOptions.Options(turn, prompt).FirstOrDefault(option => option.Id == answered) is { } option && options.OnlyWhenAsked(option);

    /// <summary>
    /// At an open checklist that adds who else is there (<c>adds_who_else_is_there</c>): a sentence that tells something for a
    /// question ahead and also names another person type than the ones known ("ze hebben twee kleine kinderen") adds that
    /// person type to the earlier answer of whom it is about, said with what else was understood. So does a sign of this
    /// checklist told with two people in one phrase of four words or more ("de vader schreeuwt tegen de moeder"); a short
    /// phrase next to a sign ("hij slaat haar", about a girl) adds nobody. Nobody is corrected.
    /// </summary>
    public void AddWhoElseIsThere(Turn turn, DialogFrame frame, DialogStep current, string? text)
    {
        if (current.Prompt is not { AddsWhoElseIsThere: true } || string.IsNullOrWhiteSpace(text))
        {
            return;
        }

        var dialog = content.Dialog(frame.Dialog);
        var words = options.Words(turn.Language);
        var answersAhead = AnswersAQuestionAhead(turn, dialog, current, text);
        if (!answersAhead && !TicksASign(turn, current, text))
        {
            return;
        }

        foreach (var step in dialog.Steps.Take(dialog.IndexOf(current.Id)))
        {
            if (step.Prompt is not { Kind: PromptKind.Multi, FillEarly: FillEarly.Skip, Into: { } into } prompt || turn.Values.Get(into) is not { Count: > 0 } answered)
            {
                continue;
            }

            var available = turnOptions.Options(turn, prompt).Where(option => !options.OnlyWhenAsked(option)).ToList();
            var recognizable = options.Recognizable(available, turn.Locale);
            var added = AnswerRecognizer.RecognizeAll(text, recognizable, turn.Language, words).Ids?
                .Where(id => !answered.Contains(id) && (answersAhead || NamedWithTwoPeople(turn, recognizable, id, text))).ToList() ?? [];
            if (added.Count == 0)
            {
                continue;
            }

            turn.Values.Add(into, added);
            turn.Understood(options.Understood(prompt, available.Where(o => added.Contains(o.Id)).ToList(), turn.Locale, prompt.UnderstoodAdded), into, frame.Dialog);
            return;
        }
    }

    private bool TicksASign(Turn turn, DialogStep current, string? text) =>
        AnswerRecognizer.RecognizeAll(text, options.Recognizable(turnOptions.Options(turn, current.Prompt!).Where(option => !options.OnlyWhenAsked(option)).ToList(), turn.Locale), turn.Language, options.Words(turn.Language)).Ids is { Count: > 0 };

    private const int WordsOfAPhraseWithTwoPeople = 4;

    private bool NamedWithTwoPeople(Turn turn, IReadOnlyList<RecognizableOption> recognizable, string id, string? text) =>
        SentenceMatcher.Find(AnalyzedText.Of(text, turn.Language), recognizable, options.Words(turn.Language)).Any(hit => hit.OptionId == id && hit.Matched.Count >= WordsOfAPhraseWithTwoPeople);

    /// <summary>
    /// A message at a later question that says an earlier checklist answer is not meant (that option's <c>unless</c>: "ze is 24
    /// en woont samen met haar vriend" after "een kind") and names another option of it: the answer is changed, said in one
    /// line, and the dialog goes back to that question (answered, so skipped) and on along the new answer's way.
    /// </summary>
    public bool ReplaceCancelledAnswer(Turn turn, DialogFrame frame, DialogStep current, string? text)
    {
        var dialog = content.Dialog(frame.Dialog);
        foreach (var step in dialog.Steps.Take(dialog.IndexOf(current.Id)))
        {
            if (step.Prompt is not { Kind: PromptKind.Multi, FillEarly: FillEarly.Skip, Into: { } into } prompt || turn.Values.Get(into) is not { Count: > 0 } answered)
            {
                continue;
            }

            var available = turnOptions.Options(turn, prompt).Where(option => !options.OnlyWhenAsked(option)).ToList();
            var recognizable = options.Recognizable(available, turn.Locale);
            var cancelled = recognizable.Where(option => answered.Contains(option.Id) && AnswerRecognizer.MatchesPhrase(text, option.UnlessTexts, allowWithinText: true))
                .Select(option => option.Id).ToHashSet(StringComparer.Ordinal);
            var named = cancelled.Count == 0 ? null : AnswerRecognizer.RecognizeAll(text, recognizable, turn.Language, options.Words(turn.Language)).Ids;
            var instead = named?.Where(id => !cancelled.Contains(id) && !answered.Contains(id)).ToList() ?? [];
            if (instead.Count == 0)
            {
                continue;
            }

            var changed = answered.Where(id => !cancelled.Contains(id)).Concat(instead).ToList();
            turn.Values.Set(into, changed);
            SayRevised(turn, options.Understood(prompt, available.Where(o => changed.Contains(o.Id)).ToList(), turn.Locale));
            frame.MoveTo(step.Id);
            turn.Replaying = true;
            return true;
        }

        return false;
    }

    /// <summary>
    /// At a checklist that stays open for typed signs, a message that names none of its items but says who it is about ("het is haar
    /// vriend", "ja, dat is een partner"): it is no answer to the checklist. Another person type changes the earlier
    /// answer (said in one line) and the dialog goes back to that question (answered, so skipped) and on along the new
    /// answer; the same person type gets "Dat weet ik al" and the checklist once more. Null when the message does not say
    /// who; true when the answer was changed, false when it was already known.
    /// </summary>
    public bool? SaysWhoItIsAbout(Turn turn, DialogFrame frame, DialogStep current, string? text)
    {
        if (!Checklists.AddsToStory(current) || !current.Prompt!.TypedStaysOpen || string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var words = options.Words(turn.Language);
        var currentOptions = options.Recognizable(turnOptions.Options(turn, current.Prompt!).Where(option => !options.OnlyWhenAsked(option)).ToList(), turn.Locale);
        if (AnswerRecognizer.RecognizeAll(text, currentOptions, turn.Language, words).Ids is { Count: > 0 })
        {
            return null;
        }

        var dialog = content.Dialog(frame.Dialog);
        if (AnswersAQuestionAhead(turn, dialog, current, text) || TellsASignOfAnEarlierList(turn, dialog, current, text))
        {
            return null;
        }

        foreach (var step in dialog.Steps.Take(dialog.IndexOf(current.Id)))
        {
            if (step.Prompt is not { Kind: PromptKind.Multi, FillEarly: FillEarly.Skip, Into: { } into } prompt || turn.Values.Get(into) is not { Count: > 0 } answered)
            {
                continue;
            }

            var available = turnOptions.Options(turn, prompt).Where(option => !options.OnlyWhenAsked(option)).ToList();
            // A bare word ("kinderen") may tell who else is there; only a sentence changes whom it is about. Either may repeat it.
            if (AnswerRecognizer.RecognizeAll(text, options.Recognizable(available, turn.Locale), turn.Language, words) is not { Ids: { Count: > 0 } named } recognized
                || (!recognized.FromSentence && !named.All(answered.Contains)))
            {
                continue;
            }

            var said = options.Understood(prompt, available.Where(o => named.Contains(o.Id)).ToList(), turn.Locale);
            if (named.All(answered.Contains))
            {
                if (!content.Strings.Contains(EngineStrings.AlreadyKnown))
                {
                    return null;
                }

                turn.Replies.Add(new DialogReply(string.Format(System.Globalization.CultureInfo.InvariantCulture, turn.Text(EngineStrings.AlreadyKnown), said)));
                return false;
            }

            if (!SaysOnlyWho(turn, available, text))
            {
                // "soms huilt er ook een kind" in a couple's story: someone else is there, nobody is corrected.
                var added = named.Where(id => !answered.Contains(id)).ToList();
                turn.Values.Add(into, added);
                turn.Understood(options.Understood(prompt, available.Where(o => added.Contains(o.Id)).ToList(), turn.Locale), into, frame.Dialog);
                return false;
            }

            turn.Values.Set(into, named);
            SayRevised(turn, said);
            frame.MoveTo(step.Id);
            turn.Replaying = true;
            return true;
        }

        return null;
    }

    /// <summary>
    /// "het is haar vriend", "nee, het gaat om een kind", "I meant the child": besides the person named, the message holds
    /// only words that say whom it is about (<c>engine_says_who_words</c>). A story that names someone ("soms huilt er ook
    /// een kind") tells who else is there and changes nothing. Without that string every such message says whom.
    /// </summary>
    private bool SaysOnlyWho(Turn turn, IReadOnlyList<DialogOption> available, string? text)
    {
        var sayWho = turnOptions.Optional(EngineStrings.SaysWhoWords);
        if (sayWho.Count == 0)
        {
            return true;
        }

        var analyzed = AnalyzedText.Of(text, turn.Language);
        var named = SentenceMatcher.Find(analyzed, options.Recognizable(available, turn.Locale), options.Words(turn.Language))
            .SelectMany(hit => Enumerable.Range(hit.Start, hit.End - hit.Start)).ToHashSet();
        var allowed = sayWho.Select(TextNormalizer.NormalizeTerm).ToHashSet(StringComparer.Ordinal);
        return analyzed.Words.Where((_, position) => !named.Contains(position)).All(allowed.Contains);
    }

    /// <summary>
    /// "ze gillen allebei, soms hoor ik ook kinderen huilen" at the serious things, after a couple: the children are in the
    /// story as a sign of the list before (children crying), not a correction of whom it is about.
    /// </summary>
    private bool TellsASignOfAnEarlierList(Turn turn, DialogDefinition dialog, DialogStep current, string? text) =>
        dialog.Steps.Take(dialog.IndexOf(current.Id))
            .Where(step => step.Prompt is { Kind: PromptKind.Multi, FillEarly: FillEarly.Add })
            .Any(step => AnswerRecognizer.RecognizeAll(text, options.Recognizable(turnOptions.Options(turn, step.Prompt!), turn.Locale), turn.Language, options.Words(turn.Language)).Ids is { Count: > 0 });

    /// <summary>"Ik pas je eerdere antwoord aan: …" (or, without that string, "Ik begrijp: …") for an earlier answer changed.</summary>
    private void SayRevised(Turn turn, string said)
    {
        var template = content.Strings.Contains(EngineStrings.Revised) ? EngineStrings.Revised : EngineStrings.Understood;
        turn.Replies.Add(new DialogReply(string.Format(System.Globalization.CultureInfo.InvariantCulture, turn.Text(template), said)));
    }

    /// <summary>"de kinderen zijn er vaak bij" tells more (how often, who is there) and corrects nobody: read on a copy of the answers.</summary>
    private bool AnswersAQuestionAhead(Turn turn, DialogDefinition dialog, DialogStep current, string? text)
    {
        var copy = new Dictionary<string, List<string>>(turn.State.Values.Select(value => KeyValuePair.Create(value.Key, value.Value.ToList())), StringComparer.Ordinal);
        return _early.Take(dialog, current.Id, new DialogValues(copy), turn.Locale, text, except: current).Count > 0;
    }

    /// <summary>
    /// "Dat weet ik al: elke week." — the message names nothing new, only the answer the bot already has to another
    /// single-choice question of this dialog (a sentence like "ik weet niet hoe vaak, wel elke week"); null otherwise.
    /// </summary>
    public string? AlreadyKnown(Turn turn, DialogFrame frame, DialogStep current, string? text)
    {
        if (!content.Strings.Contains(EngineStrings.AlreadyKnown))
        {
            return null;
        }

        var known = new List<string>();
        foreach (var (_, step, available, answered, recognized) in ReadAgainstAnsweredChoices(turn, frame, current, text))
        {
            if (recognized.Id == answered)
            {
                known.Add(options.Understood(step.Prompt!, available.Where(option => option.Id == answered).ToList(), turn.Locale));
            }
        }

        return known.Count == 0 ? null : string.Format(System.Globalization.CultureInfo.InvariantCulture, turn.Text(EngineStrings.AlreadyKnown), string.Join("; ", known));
    }

    /// <summary>
    /// The message read as an answer to each single-choice question already answered, except the current one: of this dialog
    /// and of the dialogs that called it ("een paar keer per week" at the consent question is how often it happens).
    /// </summary>
    private IEnumerable<(string Dialog, DialogStep Step, IReadOnlyList<DialogOption> Available, string Answered, ChoiceRecognition Recognized)> ReadAgainstAnsweredChoices(
        Turn turn, DialogFrame frame, DialogStep current, string? text)
    {
        var words = options.Words(turn.Language);
        var dialogs = new[] { frame.Dialog }.Concat(Enumerable.Reverse(turn.State.Stack).Select(caller => caller.Dialog)).Distinct(StringComparer.Ordinal);
        foreach (var (dialog, step) in dialogs.SelectMany(id => content.Dialog(id).Steps.Where(step => step != current).Select(step => (id, step))))
        {
            // A fact no question asks (fill_early: only) is kept as the story told it: no later message revises it aloud.
            if (step.Prompt is not { Kind: PromptKind.Choice, Into: { } into } prompt || prompt.FillEarly == FillEarly.Only || turn.Values.GetSingle(into) is not { } answered)
            {
                continue;
            }

            // "Weet ik niet" is read only in its phrases that say what is not known: "ik weet niet hoe vaak" after "vaak" changes
            // it (not "Dat weet ik al: vaak"), while "ik weet niet of ze hulp wil" says nothing about how often.
            var offered = turnOptions.Options(turn, prompt);
            var available = offered.Where(option => !options.OnlyWhenAsked(option))
                .Concat(offered.Select(option => options.SaysWhatIsNotKnown(option, offered)).OfType<DialogOption>()).ToList();
            yield return (dialog, step, available, answered, AnswerRecognizer.Recognize(text, options.Recognizable(available, turn.Locale), YesNoWords.None, turn.Language, words));
        }
    }
}
