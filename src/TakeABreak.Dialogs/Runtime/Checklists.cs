using TakeABreak.Dialogs.Content;
using TakeABreak.Dialogs.Recognition;
using TakeABreak.Linguistics.Normalization;

namespace TakeABreak.Dialogs.Runtime;

/// <summary>Reads the answer to a checklist (a card submit or typed), and closes a checklist that adds to a story.</summary>
internal sealed class Checklists(DialogContent content, QuestionOptions options, TurnOptions turnOptions)
{
    public IReadOnlyList<string>? Checklist(Turn turn, DialogFrame frame, PromptDefinition prompt, DialogInput input)
    {
        var available = turnOptions.Options(turn, prompt);
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

        if (SaysOnlyYesWithNothingTicked(turn, prompt, input.Text))
        {
            return null;
        }

        var none = options.AllPhrases(EngineStrings.None);
        var typed = TextNormalizer.NormalizeTerm(input.Text);
        var closing = ClosingPhrases(prompt);
        // "Klaar" typed, as the card's own button says, with nothing ticked: an empty answer, as the button gives it.
        var submit = options.AllPhrases(EngineStrings.ChecklistSubmit);
        if (AnswerRecognizer.MatchesPhrase(input.Text, [.. none, .. options.AllPhrases(EngineStrings.DontKnow), .. closing, .. submit], allowWithinText: false)
            || options.AllPhrases(EngineStrings.No).Any(no => TextNormalizer.NormalizeTerm(no) == typed))
        {
            return [];
        }

        var (ids, fromSentence) = AnswerRecognizer.RecognizeAll(input.Text, options.Recognizable(available, turn.Locale), turn.Language, options.Words(turn.Language));
        if (ids is not null)
        {
            if (fromSentence && prompt.SayUnderstood)
            {
                // "hij schreeuwt steeds" once more, after shouting was ticked: not understood anew; "Is er nog meer?" then
                // starts with what was told already ("Je vertelde al: schreeuwen of gillen.").
                if (!TellsOnlyTicked(turn, prompt, ids))
                {
                    turn.Understood(options.Understood(prompt, available.Where(o => ids.Contains(o.Id)).ToList(), turn.Locale), prompt.Into!, frame.Dialog);
                }
            }

            return ids;
        }

        if (StartsClosing(input.Text, closing) && !SaysItHappensToMeToo(input.Text) && !AffirmsWhatWasSaidBack(turn, prompt, input.Text)
            && !SaysYesWithADetailWithNothingTicked(turn, prompt, input.Text))
        {
            return [];
        }

        return SaysNone(input.Text, none) ? [] : null;
    }

    /// <summary>
    /// "ja", "ja hoor", "ok" at a checklist that adds to a story, with nothing ticked yet (nor by a story): it says that
    /// something fits, not what, so it neither closes the list nor means that none of its items fit. Once something is
    /// ticked, the same words close it.
    /// </summary>
    public bool SaysOnlyYesWithNothingTicked(Turn turn, PromptDefinition prompt, string? text)
    {
        if (prompt.FillEarly != FillEarly.Add || turn.Values.Has(prompt.Into!) || !content.Strings.Contains(EngineStrings.ChecklistWhich))
        {
            return false;
        }

        var yesWords = options.AllPhrases(EngineStrings.Yes).Concat(turnOptions.Optional(EngineStrings.WeakYes))
            .SelectMany(phrase => TextNormalizer.Words(TextNormalizer.NormalizeTerm(phrase))).ToHashSet(StringComparer.Ordinal);
        var words = TextNormalizer.Words(TextNormalizer.NormalizeTerm(text));
        return words.Length > 0 && words.All(yesWords.Contains);
    }

    /// <summary>
    /// "ja vooral s avonds", "yes mostly in the evenings" at a checklist that adds to a story, with nothing ticked yet: a
    /// yes with a detail that ticks nothing says that something fits, as a bare "ja" does, not that none fit. A yes
    /// followed by words that close the list ("ja, dat is alles") or take it back ("ja maar …") is not one.
    /// </summary>
    public bool SaysYesWithADetailWithNothingTicked(Turn turn, PromptDefinition prompt, string? text) =>
        prompt.FillEarly == FillEarly.Add && !turn.Values.Has(prompt.Into!) && content.Strings.Contains(EngineStrings.ChecklistWhich)
        && AnswerRecognizer.StartsWithPhrase(text, options.AllPhrases(EngineStrings.Yes), out var detail) && !string.IsNullOrWhiteSpace(detail)
        && !AnswerRecognizer.MatchesPhrase(detail, [.. ClosingPhrases(prompt), .. options.AllPhrases(EngineStrings.None), .. options.AllPhrases(EngineStrings.DontKnow)], allowWithinText: false)
        && !AnswerRecognizer.StartsWithPhrase(detail, turnOptions.Optional(EngineStrings.ChecklistDoneBut), out _)
        && !SaysItHappensToMeToo(text);

    /// <summary>
    /// "soms", "sometimes" alone at a checklist that adds to a story, with nothing ticked, where it is no answer to how
    /// often: something happened now and then, but not what; the same as a bare "ja".
    /// </summary>
    public bool SaysOnlySometimesWithNothingTicked(Turn turn, PromptDefinition prompt, string? text) =>
        prompt.FillEarly == FillEarly.Add && !turn.Values.Has(prompt.Into!) && content.Strings.Contains(EngineStrings.ChecklistWhich)
        && content.Strings.Contains(EngineStrings.ChecklistSometimes)
        && AnswerRecognizer.MatchesPhrase(text, options.AllPhrases(EngineStrings.ChecklistSometimes), allowWithinText: false);

    /// <summary>"klaar", "done" alone at a question with one answer: it says nothing about which one.</summary>
    public bool SaysOnlyDoneAtASingleChoice(PromptDefinition prompt, string? text) =>
        prompt.Kind == PromptKind.Choice && content.Strings.Contains(EngineStrings.ChoiceWhichOne) && content.Strings.Contains(EngineStrings.ChoiceDone)
        && AnswerRecognizer.MatchesPhrase(text, options.AllPhrases(EngineStrings.ChoiceDone), allowWithinText: false);

    /// <summary>"ja soms ook mij", "me too" at a checklist that adds to a story: it happens to the one who writes as well.</summary>
    public bool SaysItHappensToMeToo(string? text) =>
        content.Strings.Contains(EngineStrings.MeTooPhrases)
        && AnswerRecognizer.MatchesPhrase(text, options.AllPhrases(EngineStrings.MeTooPhrases), allowWithinText: true);

    /// <summary>"ik ben bang dat hij mij ook gaat slaan", "im scared he'll hit me too": a fear of what may come.</summary>
    public bool TellsAFear(string? text) =>
        content.Strings.Contains(EngineStrings.MeTooFearPhrases)
        && AnswerRecognizer.MatchesPhrase(text, options.AllPhrases(EngineStrings.MeTooFearPhrases), allowWithinText: true);

    /// <summary>
    /// "ja echt", "yes really" at a checklist that stays open with signs ticked: the bot just said a sign back, and this
    /// says it is true; the list is not done ("ja" alone still closes it).
    /// </summary>
    public bool AffirmsWhatWasSaidBack(Turn turn, PromptDefinition prompt, string? text) =>
        prompt is { FillEarly: FillEarly.Add, TypedStaysOpen: true } && turn.Values.Has(prompt.Into!)
        && content.Strings.Contains(EngineStrings.ChecklistAffirmedPhrases)
        && AnswerRecognizer.MatchesPhrase(text, options.AllPhrases(EngineStrings.ChecklistAffirmedPhrases), allowWithinText: false);

    private bool TellsOnlyTicked(Turn turn, PromptDefinition prompt, IReadOnlyList<string> ids) =>
        prompt.FillEarly == FillEarly.Add && content.Strings.Contains(EngineStrings.ChecklistTold)
        && ids.Count > 0 && ids.All(turn.Values.Get(prompt.Into!).Contains);

    /// <summary>
    /// "nee, niks van dit", "niks gezien", "ik heb niets gemerkt": the message starts with a word of "none" or "no", or holds
    /// one of the longer phrases of "none". A "geen" or "niks" inside a story ("ze heeft geen eten in huis", "ze mag niks
    /// uitgeven") tells something and is no answer.
    /// </summary>
    private bool SaysNone(string? text, IReadOnlyList<string> none)
    {
        var noneWords = none.Concat(options.AllPhrases(EngineStrings.No)).Select(TextNormalizer.NormalizeTerm).Where(p => p.Length > 0 && !p.Contains(' ', StringComparison.Ordinal)).ToHashSet(StringComparer.Ordinal);
        var words = TextNormalizer.Words(TextNormalizer.NormalizeTerm(text));
        return (words.Length > 0 && noneWords.Contains(words[0]))
            || AnswerRecognizer.MatchesPhrase(text, none.Where(phrase => phrase.Trim().Contains(' ', StringComparison.Ordinal)).ToList(), allowWithinText: true);
    }

    /// <summary>
    /// At a checklist that stays open for typed items, a message that says an item is not so in one of its <c>denied_by</c>
    /// phrases ("ze hebben geen kinderen", "nee, geen wapen", "hij heeft haar niet gewurgd") and names none as so: nothing is
    /// ticked, an item's <c>denied</c> id is kept (of this checklist or of one ahead that adds to the story: no children
    /// around) and it is said in one line; the checklist stays open. False for any other message, also "geen van deze".
    /// </summary>
    public bool NotesDenied(Turn turn, DialogFrame frame, DialogStep step, string? text)
    {
        if (!AddsToStory(step) || !step.Prompt!.TypedStaysOpen || string.IsNullOrWhiteSpace(text)
            || AnswerRecognizer.MatchesPhrase(text, [.. options.AllPhrases(EngineStrings.None), .. options.AllPhrases(EngineStrings.DontKnow), .. ClosingPhrases(step.Prompt)], allowWithinText: false))
        {
            return false;
        }

        var words = options.Words(turn.Language);
        var recognizable = options.Recognizable(turnOptions.Options(turn, step.Prompt), turn.Locale);
        if (AnswerRecognizer.RecognizeAll(text, recognizable, turn.Language, words).Ids is { Count: > 0 })
        {
            return false;
        }

        var denied = NoteDeniedItems(turn, frame, step, AnalyzedText.Of(text, turn.Language));
        if (denied && content.Strings.Contains(EngineStrings.ChecklistDenied))
        {
            turn.Say(EngineStrings.ChecklistDenied);
        }

        return denied;
    }

    /// <summary>Keeps the <c>denied</c> ids of the items a message says are not so, in this checklist and those ahead that add to the story.</summary>
    private bool NoteDeniedItems(Turn turn, DialogFrame frame, DialogStep step, AnalyzedText text)
    {
        var dialog = content.Dialog(frame.Dialog);
        var denied = false;
        foreach (var list in dialog.Steps.Skip(dialog.IndexOf(step.Id)).Where(AddsToStory))
        {
            var prompt = list.Prompt!;
            var ticked = turn.Values.Get(prompt.Into!);
            foreach (var item in options.DeniedIn(prompt, turnOptions.Options(turn, prompt), text, turn.Locale))
            {
                denied = true;
                if (item.Denied is { } kept && !ticked.Contains(item.Id))
                {
                    turn.Values.Add(prompt.Into!, [kept]);
                }
            }
        }

        return denied;
    }

    /// <summary>
    /// Ticks items of a checklist that adds to a story; an item ticked replaces what was kept earlier to say it is not so
    /// ("geen wapen", then "hij heeft wel een mes in huis": a weapon in the home, no longer "no weapon").
    /// </summary>
    public static void Tick(DialogValues values, PromptDefinition prompt, IReadOnlyList<string> ids)
    {
        var noLonger = prompt.Options.Where(option => ids.Contains(option.Id) && option.Denied is not null).Select(option => option.Denied!).ToHashSet(StringComparer.Ordinal);
        values.Set(prompt.Into!, values.Get(prompt.Into!).Where(id => !noLonger.Contains(id)).Concat(ids).Distinct(StringComparer.Ordinal).ToList());
    }

    /// <summary>
    /// A checklist that adds to what earlier messages told (<c>fill_early: add</c>: the signs, the serious things) never
    /// loops: "ja", "klaar", "dat is het", an answer to a later question or a second miss closes it with what is ticked.
    /// </summary>
    public static bool AddsToStory(DialogStep step) => step.Prompt is { Kind: PromptKind.Multi, FillEarly: FillEarly.Add };

    /// <summary>
    /// True when the text closes the checklist asked ("ja", "klaar", "that's all") and that checklist adds to a story: it
    /// then wins over small talk. At "Over wie maak je je zorgen?" a "klopt" confirms what was understood; it chooses nobody.
    /// </summary>
    public bool ClosesChecklist(DialogStep step, string? text)
    {
        var closing = AddsToStory(step) ? ClosingPhrases(step.Prompt!) : [];
        return closing.Count > 0
            && (AnswerRecognizer.MatchesPhrase(text, closing, allowWithinText: false) || StartsClosing(text, closing));
    }

    /// <summary>
    /// The words after a closing word that starts a message at a checklist that stays open for typed signs ("bijna elke
    /// avond" of "ja bijna elke avond"); null when the message does not start with one or says nothing more.
    /// </summary>
    public string? AfterClosingWord(DialogStep step, string? text) =>
        AddsToStory(step) && step.Prompt!.TypedStaysOpen
        && AnswerRecognizer.StartsWithPhrase(text, ClosingPhrases(step.Prompt!), out var rest) && !string.IsNullOrWhiteSpace(rest)
            ? rest
            : null;

    /// <summary>"klaar, alleen schreeuwen" starts with a closing word; "ja maar hij is ook lief" does not close ("maar" takes it back).</summary>
    private bool StartsClosing(string? text, IReadOnlyList<string> closing) =>
        AnswerRecognizer.StartsWithPhrase(text, closing, out var rest)
        && !AnswerRecognizer.StartsWithPhrase(rest, turnOptions.Optional(EngineStrings.ChecklistDoneBut), out _);

    /// <summary>
    /// Signs typed in words ("ze heeft blauwe plekken") at a checklist that adds to a story are ticked and the checklist
    /// stays open for more; a card, typed numbers ("1, 3"), or words that close it ("klaar, alleen schreeuwen") answer it.
    /// </summary>
    public bool StaysOpen(DialogStep step, DialogInput input, IReadOnlyList<string> ticked)
    {
        if (!AddsToStory(step) || !step.Prompt!.TypedStaysOpen || input.Value is not null || ticked.Count == 0)
        {
            return false;
        }

        var words = TextNormalizer.Words(TextNormalizer.NormalizeTerm(input.Text));
        var closing = ClosingPhrases(step.Prompt!);
        return !words.All(word => AnswerRecognizer.Number(word) is not null || word is "en" or "and")
            && (!StartsClosing(input.Text, closing) || AddsWithYes(input.Text, closing));
    }

    /// <summary>
    /// "ja ik hoor ook geschreeuw van een man" at "Is er nog meer?": a yes followed by the sign it ticked says there is more, so
    /// the list stays open; "ja klaar" or a bare "ja" still close it.
    /// </summary>
    private bool AddsWithYes(string? text, IReadOnlyList<string> closing) =>
        AnswerRecognizer.StartsWithPhrase(text, options.AllPhrases(EngineStrings.Yes), out var rest)
        && !string.IsNullOrWhiteSpace(rest)
        && !AnswerRecognizer.MatchesPhrase(rest, closing, allowWithinText: false)
        && !StartsClosing(rest, closing);

    /// <summary>
    /// A checklist that stays open for typed signs, with nothing ticked yet (also nothing a story ticked): a message that
    /// only answers a later question ("het gaat al sinds vorige zomer") is kept for that question and does not close it,
    /// for closing it now would say that none of its items fit.
    /// </summary>
    public static bool KeepsOpenUntilASign(Turn turn, DialogStep step) =>
        AddsToStory(step) && step.Prompt!.TypedStaysOpen && !turn.Values.Has(step.Prompt.Into!);

    /// <summary>
    /// A checklist that stays open for typed signs, with signs ticked: its card is above in the chat, so it is asked again
    /// as "Is er nog meer?" (<see cref="QuestionAsker.AskForMore"/>), not shown again.
    /// </summary>
    public static bool StaysOpenWithSignsTicked(Turn turn, DialogStep step) =>
        AddsToStory(step) && step.Prompt!.TypedStaysOpen && turn.Values.Has(step.Prompt.Into!);

    /// <summary>
    /// A checklist that stays open for typed signs, with signs ticked: a message that only tells something for other
    /// checklists ahead ("ze hebben twee kleine kinderen": children see or hear it) is noted and does not close it; only
    /// an answer to a single question ahead ("vaak") does.
    /// </summary>
    public static bool KeepsOpenForFacts(DialogStep step, IReadOnlyList<EarlyAnswer> taken) =>
        AddsToStory(step) && step.Prompt!.TypedStaysOpen && taken.All(answer => answer.Step.Prompt!.FillEarly == FillEarly.Add);

    /// <summary>"lijst", "laat de lijst zien" at a checklist that stays open for typed signs: the card is asked for again.</summary>
    public bool AsksForTheList(DialogStep step, DialogInput input) =>
        input.Value is null && AddsToStory(step) && step.Prompt!.TypedStaysOpen
        && AnswerRecognizer.MatchesPhrase(input.Text, turnOptions.Optional(EngineStrings.ChecklistShow), allowWithinText: false);

    /// <summary>The words that close a checklist ("ja", "klaar", "dat is het"); only a checklist that adds to a story has them.</summary>
    private IReadOnlyList<string> ClosingPhrases(PromptDefinition prompt) =>
        prompt.FillEarly == FillEarly.Add ? turnOptions.Optional(EngineStrings.ChecklistDone) : [];

    /// <summary>Closes the checklist asked with what is ticked so far (also what a story ticked) and goes on.</summary>
    public void CloseChecklist(Turn turn, DialogFrame frame, DialogStep step)
    {
        turn.Values.Add(step.Prompt!.Into!, []);
        StepRunner.GoNext(turn.State, frame, content.Dialog(frame.Dialog), step, NothingTicked(turn, step.Prompt) ?? step.Next);
    }

    /// <summary>
    /// Closes the checklist after misses: nobody said that none of the items fit, so with nothing ticked the <c>none</c>
    /// step ("Geen van deze past, begrijp ik") is passed by and the dialog goes on where that step leads.
    /// </summary>
    public void MoveOnFromChecklist(Turn turn, DialogFrame frame, DialogStep step)
    {
        turn.Values.Add(step.Prompt!.Into!, []);
        var dialog = content.Dialog(frame.Dialog);
        if (NothingTicked(turn, step.Prompt) is { } none && dialog.Steps.FirstOrDefault(s => s.Id == none) is { } noneStep)
        {
            StepRunner.GoNext(turn.State, frame, dialog, noneStep, noneStep.Next ?? AfterTheWordsOf(dialog, noneStep));
            return;
        }

        StepRunner.GoNext(turn.State, frame, dialog, step, step.Next);
    }

    /// <summary>
    /// Where a <c>none</c> step that branches between two ways of saying "none" goes after its words: the next of the step
    /// its case without a condition goes to. The words themselves are skipped, as for a <c>none</c> step that says them.
    /// </summary>
    private static string? AfterTheWordsOf(DialogDefinition dialog, DialogStep noneStep) =>
        noneStep.Branch.LastOrDefault(@case => @case.When.Count == 0) is { } plain && dialog.Steps.FirstOrDefault(s => s.Id == plain.Goto) is { } said
            ? said.Next
            : null;

    /// <summary>The checklist's <c>none</c> step when it ends with nothing ticked (also nothing a story ticked); else null.</summary>
    public static string? NothingTicked(Turn turn, PromptDefinition prompt) => turn.Values.Has(prompt.Into!) ? null : prompt.NoNext;

    public static string ChecklistKey(DialogFrame frame) => $"{frame.Dialog}/{frame.Step}";
}
