using TakeABreak.Dialogs.Content;
using TakeABreak.Dialogs.Recognition;

namespace TakeABreak.Dialogs.Runtime;

/// <summary>An answer taken from a message for a question of the dialog (asked now or later), and how to say it.</summary>
internal sealed record EarlyAnswer(DialogStep Step, IReadOnlyList<string> Ids, string Understood);

/// <summary>
/// Reads a message (a story told up front, or a sentence that says more than the question asked) for the answers it
/// already gives to questions marked <c>fill_early</c> that lie on the way ahead: only options named inside the
/// sentence, one per single-choice question (two → none), never "weet ik niet" or a plain yes/no for a question not
/// asked yet. The way ahead follows the answers known so far; past an unanswered choice it follows where most of its
/// options lead, so a question only some people get (the work field) is not filled for others.
/// </summary>
internal sealed class EarlyAnswers(QuestionOptions options)
{
    private const int MaxStepsAhead = 100;

    /// <param name="pastYesNo">
    /// Past a yes/no question not asked yet, follow the yes: in a dialog the message already said yes to (the request after
    /// "ja, bel me op 0612345678" at the offer), what it tells for the way after the consent is for that yes.
    /// </param>
    public IReadOnlyList<EarlyAnswer> Take(DialogDefinition dialog, string fromStep, DialogValues values, string locale, string? text, DialogStep? except, bool pastYesNo = false)
    {
        var taken = new List<EarlyAnswer>();
        var analyzed = AnalyzedText.Of(text, AnalyzedText.LanguageOf(locale));
        // An e-mail address alone has no words to read, but a finder still finds it.
        if (string.IsNullOrWhiteSpace(text))
        {
            return taken;
        }

        var visited = new HashSet<string>(StringComparer.Ordinal);
        var step = dialog.Step(fromStep);
        while (step is not null && visited.Add(step.Id) && visited.Count < MaxStepsAhead)
        {
            if (step.Prompt is { FillEarly: not FillEarly.No } prompt && step != except && (Open(prompt, values) || prompt is { FillEarly: FillEarly.Add, Kind: PromptKind.Multi })
                && (Take(prompt, values, locale, analyzed) ?? TakeFound(prompt, values, locale, text) ?? TakeOptionLeadingToFound(dialog, prompt, values, locale, text)) is { } answer)
            {
                taken.Add(answer with { Step = step });
            }

            step = Next(dialog, step, values, pastYesNo);
        }

        return taken;
    }

    /// <summary>
    /// The dialog that replaces this one next, past answered questions only (the offer answered yes becomes the request), or
    /// null: "ja, bel me op 0612345678" at the offer gives the number the request asks later.
    /// </summary>
    public static string? ReplacedNext(DialogDefinition dialog, string fromStep, DialogValues values)
    {
        var visited = new HashSet<string>(StringComparer.Ordinal);
        var step = dialog.Step(fromStep);
        while (step is not null && visited.Add(step.Id) && visited.Count < MaxStepsAhead)
        {
            if (step.Kind == StepKind.Replace)
            {
                return step.Dialog;
            }

            if (step.Prompt is { } prompt && !values.Has(prompt.Into!))
            {
                return null;
            }

            step = Next(dialog, step, values);
        }

        return null;
    }

    /// <summary>
    /// What a message adds to lists asked before the current question that add to the story (<c>fill_early: add</c>)
    /// and were already answered (also with nothing ticked): "soms ook slaan" typed at "Hoe vaak gebeurt het?" adds hitting
    /// to the signs told; "als ik wegga neemt hij de kinderen mee" typed after the advice adds the threat and the separation.
    /// Only options the list does not have yet, each list once.
    /// </summary>
    public IReadOnlyList<EarlyAnswer> AddToEarlierLists(DialogDefinition dialog, DialogStep current, DialogValues values, string locale, string? text)
    {
        var added = new List<EarlyAnswer>();
        var analyzed = AnalyzedText.Of(text, AnalyzedText.LanguageOf(locale));
        if (analyzed.Words.Length == 0)
        {
            return added;
        }

        var lists = new HashSet<string>(StringComparer.Ordinal);
        foreach (var step in dialog.Steps.TakeWhile(step => step != current))
        {
            if (step.Prompt is not { FillEarly: FillEarly.Add } prompt || prompt.Into == current.Prompt?.Into
                || !values.Answered(prompt.Into!) || !lists.Add(prompt.Into!))
            {
                continue;
            }

            var known = values.Get(prompt.Into!);
            var candidates = options.Of(prompt, values, locale).Where(option => !options.OnlyWhenAsked(option)).ToList();
            var mentioned = SentenceMatcher.Mentioned(analyzed, options.Recognizable(candidates, locale), options.Words(analyzed.Language))
                .Where(id => !known.Contains(id)).ToList();
            if (mentioned.Count == 0)
            {
                continue;
            }

            Checklists.Tick(values, prompt, mentioned);
            added.Add(new EarlyAnswer(step, mentioned, options.Understood(prompt, candidates.Where(option => mentioned.Contains(option.Id)).ToList(), locale)));
        }

        return added;
    }

    /// <summary>
    /// The options of lists answered before the current question that a message names again ("ze schreeuwen weer" at the
    /// serious things, after the shouting at the signs): told already, so never noted anew.
    /// </summary>
    public IReadOnlyList<DialogOption> ToldAgainInEarlierLists(DialogDefinition dialog, DialogStep current, DialogValues values, string locale, string? text)
    {
        var told = new List<DialogOption>();
        var analyzed = AnalyzedText.Of(text, AnalyzedText.LanguageOf(locale));
        if (analyzed.Words.Length == 0)
        {
            return told;
        }

        foreach (var prompt in dialog.Steps.TakeWhile(step => step != current).Select(step => step.Prompt)
            .OfType<PromptDefinition>().Where(prompt => prompt.FillEarly == FillEarly.Add && values.Answered(prompt.Into!)))
        {
            var known = values.Get(prompt.Into!);
            var candidates = options.Of(prompt, values, locale).Where(option => known.Contains(option.Id)).ToList();
            var mentioned = SentenceMatcher.Mentioned(analyzed, options.Recognizable(candidates, locale), options.Words(analyzed.Language));
            told.AddRange(candidates.Where(option => mentioned.Contains(option.Id) && !told.Contains(option)));
        }

        return told;
    }

    /// <summary>
    /// The options a sentence names for a question not asked yet. "Weet ik niet"-like options are read too, so that their
    /// longer phrases keep their words ("i don't know how often" is not "often"), but they are never taken; naming a plain
    /// yes or no leaves a single-choice question open, while an answer named next to "weet ik niet" beats it, as at the
    /// question itself ("weet niet, elke nacht zo'n beetje" is often). A list that adds to the story (<c>fill_early: add</c>) and already holds
    /// options told earlier gets the ones this sentence adds ("ze heeft ook een blauw oog gehad" after the shouting).
    /// </summary>
    private EarlyAnswer? Take(PromptDefinition prompt, DialogValues values, string locale, AnalyzedText analyzed)
    {
        var all = options.Of(prompt, values, locale);
        var named = SentenceMatcher.Mentioned(analyzed, options.ForQuestionAhead(all, locale), options.Words(analyzed.Language));
        var onlyWhenAsked = all.Where(options.OnlyWhenAsked).Select(option => option.Id).ToHashSet(StringComparer.Ordinal);
        var yesOrNo = all.Where(option => onlyWhenAsked.Contains(option.Id) && !options.MeansDontKnow(option)).Select(option => option.Id);
        if (prompt.Kind == PromptKind.Choice && named.Any(yesOrNo.Contains))
        {
            return null;
        }

        // An option marked early: false ("Signalen bespreken") is read, so its words stay its own, but never taken here.
        // "Weet ik niet" is taken only when a phrase says what is not known ("ik weet niet hoe vaak" at the signs).
        var candidates = all.Where(option => !onlyWhenAsked.Contains(option.Id) && option.Early)
            .Concat(SaidNotKnown(all, locale, analyzed)).ToList();
        var known = values.Get(prompt.Into!);
        var mentioned = named.Where(id => candidates.Any(option => option.Id == id) && !known.Contains(id)).ToList();
        // An answer named next to what is not known beats it ("ik weet niet hoe vaak, wel elke week" is often).
        if (mentioned.Any(id => !onlyWhenAsked.Contains(id)))
        {
            mentioned.RemoveAll(onlyWhenAsked.Contains);
        }
        if (mentioned.Count == 0 || (prompt.Kind == PromptKind.Choice && mentioned.Count > 1))
        {
            return null;
        }

        if (prompt.Kind == PromptKind.Multi)
        {
            Checklists.Tick(values, prompt, mentioned);
        }
        else
        {
            values.Add(prompt.Into!, mentioned);
        }

        return new EarlyAnswer(null!, mentioned, options.Understood(prompt, candidates.Where(option => mentioned.Contains(option.Id)).ToList(), locale));
    }

    /// <summary>The "weet ik niet"-like options a sentence names in a phrase that says what is not known ("ik weet niet hoe vaak").</summary>
    private IEnumerable<DialogOption> SaidNotKnown(IReadOnlyList<DialogOption> all, string locale, AnalyzedText analyzed)
    {
        var notKnown = all.Where(option => option.Early).Select(option => options.SaysWhatIsNotKnown(option, all)).OfType<DialogOption>().ToList();
        if (notKnown.Count == 0)
        {
            return [];
        }

        var named = SentenceMatcher.Mentioned(analyzed, options.ForQuestionAhead(notKnown, locale), options.Words(analyzed.Language));
        return notKnown.Where(option => named.Contains(option.Id));
    }

    /// <summary>A value a <c>text</c> question's finder finds in the message ("ja, bel me op 0612345678": the number).</summary>
    private EarlyAnswer? TakeFound(PromptDefinition prompt, DialogValues values, string locale, string? text)
    {
        if (options.Find(prompt, text, locale) is not { } found)
        {
            return null;
        }

        values.Set(prompt.Into!, found);
        return new EarlyAnswer(null!, [found], options.UnderstoodFound(prompt, found, locale));
    }

    /// <summary>
    /// A single-choice question whose options the message does not name, while it holds what the question one option
    /// leads to finds ("j.jansen@school.nl" at "Hoe wil je dat Moviera contact met je opneemt?" is e-mail): that option.
    /// The first such option in the content's order; nothing is said for it, the found value says it.
    /// </summary>
    private EarlyAnswer? TakeOptionLeadingToFound(DialogDefinition dialog, PromptDefinition prompt, DialogValues values, string locale, string? text)
    {
        if (OptionLeadingToFound(dialog, prompt, values, locale, text) is not { } option)
        {
            return null;
        }

        values.Set(prompt.Into!, option.Id);
        return new EarlyAnswer(null!, [option.Id], string.Empty);
    }

    /// <summary>The first option of a single choice whose way leads, before any other question, to a question whose finder finds something in the text.</summary>
    public OptionDefinition? OptionLeadingToFound(DialogDefinition dialog, PromptDefinition prompt, DialogValues values, string locale, string? text, int depth = 0)
    {
        if (prompt.Kind != PromptKind.Choice || string.IsNullOrWhiteSpace(text) || depth > MaxChoicesToFound)
        {
            return null;
        }

        foreach (var option in prompt.Options.Where(option => option.Next is not null))
        {
            var chosen = values.Copy();
            chosen.Set(prompt.Into!, option.Id);
            if (NextQuestion(dialog, dialog.Step(option.Next!), chosen) is { Prompt: { } ahead }
                && Open(ahead, chosen)
                && (options.Find(ahead, text, locale) is not null || OptionLeadingToFound(dialog, ahead, chosen, locale, text, depth + 1) is not null))
            {
                return option;
            }
        }

        return null;
    }

    private const int MaxChoicesToFound = 2;

    /// <summary>The first question on the way from a step (branches and actions passed by), or null when the dialog ends or leaves first.</summary>
    private static DialogStep? NextQuestion(DialogDefinition dialog, DialogStep? step, DialogValues values)
    {
        var visited = new HashSet<string>(StringComparer.Ordinal);
        while (step is not null && visited.Add(step.Id) && step.Kind != StepKind.Prompt)
        {
            step = step.Kind is StepKind.Branch or StepKind.Action ? Next(dialog, step, values) : null;
        }

        return step;
    }

    /// <summary>
    /// Not answered yet. A value a finder's question holds that an action set (a number checked and kept) is open to a
    /// message that gives another ("nee, mail me op …" after the number).
    /// </summary>
    private static bool Open(PromptDefinition prompt, DialogValues values) =>
        prompt.Finds is null ? !values.Has(prompt.Into!) : !values.Told(prompt.Into!);

    private static DialogStep? Next(DialogDefinition dialog, DialogStep step, DialogValues values, bool pastYesNo = false)
    {
        var index = dialog.IndexOf(step.Id);
        var following = index + 1 < dialog.Steps.Count ? dialog.Steps[index + 1].Id : null;
        var next = step.Kind switch
        {
            StepKind.Branch => (step.Branch.FirstOrDefault(branchCase => branchCase.When.All(condition => values.Get(condition.Key).Any(condition.Value.Contains))) ?? LikelyCase(step, values))?.Goto ?? step.Next ?? following,
            StepKind.Prompt when step.Prompt!.Options.Count > 0 && step.Prompt.Kind == PromptKind.Choice => ChoiceNext(step, values) ?? step.Next ?? following,
            StepKind.Prompt when pastYesNo && step.Prompt!.Kind == PromptKind.Confirm && !values.Has(step.Prompt.Into!) && step.Prompt.YesNext is { } yes => yes,
            StepKind.Replace or StepKind.End => null,
            _ => step.Next ?? following,
        };
        return next is null ? null : dialog.Step(next);
    }

    /// <summary>
    /// Where a branch will most likely go while a value it asks about is not known yet: a case whose known conditions
    /// hold, with the fewest unknown conditions, the one that allows the most answers for them ("who is it about?"
    /// not answered yet: the usual way, not a special topic).
    /// </summary>
    private static BranchCase? LikelyCase(DialogStep step, DialogValues values) =>
        step.Branch
            .Where(branchCase => branchCase.When.Any(condition => !values.Has(condition.Key))
                && branchCase.When.All(condition => !values.Has(condition.Key) || values.Get(condition.Key).Any(condition.Value.Contains)))
            .OrderBy(branchCase => branchCase.When.Count(condition => !values.Has(condition.Key)))
            .ThenByDescending(branchCase => branchCase.When.Where(condition => !values.Has(condition.Key)).Sum(condition => condition.Value.Count))
            .FirstOrDefault();

    /// <summary>The answered option's next step; unanswered, the next step most options lead to.</summary>
    private static string? ChoiceNext(DialogStep step, DialogValues values)
    {
        var prompt = step.Prompt!;
        if (values.GetSingle(prompt.Into!) is { } answered)
        {
            return prompt.Options.FirstOrDefault(option => option.Id == answered)?.Next;
        }

        return prompt.Options.Select(option => option.Next).OfType<string>()
            .GroupBy(next => next, StringComparer.Ordinal)
            .OrderByDescending(group => group.Count())
            .FirstOrDefault()?.Key;
    }
}
