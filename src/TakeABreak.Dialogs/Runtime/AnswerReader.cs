using TakeABreak.Dialogs.Content;
using TakeABreak.Dialogs.Recognition;
using TakeABreak.Linguistics.Normalization;

namespace TakeABreak.Dialogs.Runtime;

/// <summary>Reads a message as the answer to the question a frame waits on, per kind of question, and moves on when it answers.</summary>
internal sealed class AnswerReader(DialogContent content, QuestionOptions options, TurnOptions turnOptions, QuestionAsker asker, Checklists checklists, StoryAfterYesNo storyAfterYesNo)
{
    private readonly EarlyAnswers _early = new(options);

    public AnswerOutcome Answer(Turn turn, DialogFrame frame, DialogStep step, DialogInput input)
    {
        var prompt = step.Prompt!;
        var dialog = content.Dialog(frame.Dialog);
        string? next = step.Next;
        var afterInformation = frame.AfterInformation;
        frame.AfterInformation = false;
        // Thanks is never a yes; where an option lists it as its own ("dankjewel" at the feedback question), it is that option.
        if (prompt.Kind is PromptKind.Confirm or PromptKind.Choice && input.Value is null && OnlyThanks(input.Text)
            && !(prompt.Kind == PromptKind.Choice && IsOwnPhraseOfAnOption(turn, prompt, input.Text)))
        {
            return AnswerOutcome.NotUnderstood;
        }

        // "ok" right after "wat doet Moviera?" was answered acknowledges that answer; it is no yes to the question asked again.
        if (prompt.Kind is PromptKind.Confirm && input.Value is null && afterInformation && OnlyWeakYes(input.Text))
        {
            return AnswerOutcome.NotUnderstood;
        }

        switch (prompt.Kind)
        {
            case PromptKind.Choice:
                var available = turnOptions.Options(turn, prompt);
                // "nee wacht, het is al vaker gebeurd": the answer, if any, comes after the words that hold the conversation up.
                var typed = input.Value is null && AnswerRecognizer.StartsWithPhrase(input.Text, turnOptions.Optional(EngineStrings.Wait), out var afterWait) ? afterWait : input.Text;
                // "wat moet ik volgens de meldcode?" at "Wil je de stappen één voor één zien?" (yes_when_asked): its first option.
                var choice = (input.AsksForWhatIsOffered && available.Count > 0 ? ChoiceRecognition.Direct(available[0].Id) : null)
                    ?? WhichAnswer(turn, frame, available, typed)
                    ?? AnswerRecognizer.Recognize(typed, options.Recognizable(available, turn.Locale), options.YesNo, turn.Language, options.Words(turn.Language));
                if (choice.IsAmbiguous)
                {
                    return AskWhich(turn, frame, step, prompt, available.Where(o => choice.Candidates.Contains(o.Id)).ToList());
                }

                // "j.jansen@school.nl" or "0612345678" at "Hoe wil je dat Moviera contact met je opneemt?": the way that asks for it.
                if (choice.Id is null && input.Value is null && _early.OptionLeadingToFound(dialog, prompt, turn.Values, turn.Locale, input.Text) is { } leading)
                {
                    turn.Values.Set(prompt.Into!, leading.Id);
                    next = leading.Next ?? next;
                    break;
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
            case PromptKind.Multi when input.Value is null && checklists.NotesDenied(turn, frame, step, input.Text):
                frame.Attempts = 0;
                return AnswerOutcome.Ticked;
            case PromptKind.Multi:
                // "nee wacht, ze heeft ook blauwe plekken": the words that hold the conversation up are no "nee" (nothing ticked).
                var chosen = checklists.Checklist(turn, frame, prompt, input.Value is null && AnswerRecognizer.StartsWithPhrase(input.Text, turnOptions.Optional(EngineStrings.Wait), out var told) ? input with { Text = told } : input);
                if (chosen is null)
                {
                    return AnswerOutcome.NotUnderstood;
                }

                if (prompt.FillEarly == FillEarly.Add)
                {
                    Checklists.Tick(turn.Values, prompt, chosen);
                    if (checklists.StaysOpen(step, input, chosen))
                    {
                        frame.Attempts = 0;
                        return AnswerOutcome.Ticked;
                    }
                }
                else
                {
                    turn.Values.Set(prompt.Into!, chosen);
                }

                next = Checklists.NothingTicked(turn, prompt) ?? next;
                break;
            case PromptKind.Text:
                if (string.IsNullOrWhiteSpace(input.Text))
                {
                    return AnswerOutcome.NotUnderstood;
                }

                var found = options.Find(prompt, input.AsTyped ?? input.Text, turn.Locale);
                // "liever niet" at "Wat is je telefoonnummer?": no number on purpose, not a wrong one (nor a plain "nee").
                if (found is null && prompt is { Skippable: true, Finds: not null } && input.Value is null
                    && AnswerRecognizer.MatchesPhrase(input.Text, turnOptions.Optional(EngineStrings.Refusal), allowWithinText: false))
                {
                    turn.Values.Remove(prompt.Into!);
                    break;
                }

                // "nee", "bedankt", "nog iets?" at "Wanneer is het veilig om contact met je op te nemen?" is no moment: never kept as one.
                if (found is null && prompt.Finds is not null && input.Value is null && (OnlyYesOrNo(input.Text) || OnlyThanks(input.Text) || AsksSomething(input.Text)))
                {
                    return AnswerOutcome.NotUnderstood;
                }

                // "Fatima", "je kunt vragen naar Sanne" at "Wanneer is het veilig om contact met je op te nemen?": a name, no moment.
                if (found is null && prompt.Finds is not null && input.Value is null && content.Strings.Contains(EngineStrings.NameIsNoAnswer) && GivesAName(input.AsTyped ?? input.Text))
                {
                    turn.Say(EngineStrings.NameIsNoAnswer);
                    asker.Ask(turn, frame, step);
                    return AnswerOutcome.Asked;
                }

                if (prompt.Skippable && (AnswerRecognizer.MatchesPhrase(input.Text, options.AllPhrases(EngineStrings.Skip), allowWithinText: false)
                    || (found is null && prompt.Finds is not null && AnswerRecognizer.MatchesPhrase(input.Text, options.AllPhrases(EngineStrings.DontKnow), allowWithinText: false))))
                {
                    turn.Values.Remove(prompt.Into!);
                }
                else
                {
                    // "bel me op 0612345678 na 6 uur" at "Wat is je telefoonnummer?": the number is the answer; what else it says may answer the questions ahead.
                    turn.Values.Set(prompt.Into!, found ?? (input.AsTyped ?? input.Text).Trim());
                }

                break;
            case PromptKind.Confirm:
                if (input.Value is null && SaysDontKnow(input.Text))
                {
                    if (prompt.Unsure is not { } unsure)
                    {
                        return AnswerOutcome.NotUnderstood;
                    }

                    turn.Say(unsure);
                    asker.Ask(turn, frame, step);
                    return AnswerOutcome.Asked;
                }

                // "nee wacht, het is al vaker gebeurd" holds the conversation up to change an earlier answer: no "nee" here.
                var waits = input.Value is null && !input.AsksForWhatIsOffered && AnswerRecognizer.StartsWithPhrase(input.Text, turnOptions.Optional(EngineStrings.Wait), out _);
                var answer = waits ? null : AnswerRecognizer.Recognize(input.Text, turnOptions.YesNo(turn), YesNoWords.None).Id;
                var saidByAnswerAhead = false;
                if (answer is null && input.Value is null && AnswersTheQuestionAfterYes(turn, frame, prompt, input.Text))
                {
                    // "ik bel ze zelf wel" at the consent question: its "ze" is whom they call, no story about someone else.
                    answer = Yes;
                    saidByAnswerAhead = true;
                }

                if (input.AsksForWhatIsOffered)
                {
                    answer = Yes;
                }

                if (answer is null || (input.Value is null && !input.AsksForWhatIsOffered && !saidByAnswerAhead && storyAfterYesNo.Holds(input.Text)))
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
                var questions = turnOptions.Questions(turn, prompt);
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
                    asker.Ask(turn, frame, step);
                    return AnswerOutcome.Asked;
                }

                break;
        }

        StepRunner.GoNext(turn.State, frame, dialog, step, next);
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
            asker.NotUnderstood(turn, frame, step, EngineStrings.NotUnderstood, counted: true);
            return AnswerOutcome.Asked;
        }

        frame.Which = candidates.Select(option => option.Id).ToList();
        asker.Ask(turn, frame, step);
        return AnswerOutcome.Asked;
    }

    /// <summary>
    /// "weet ik niet", "ik ben er niet zeker van", "I'm not sure": anywhere in the message, so a yes/no question (consent
    /// among them) never takes "not sure" for "sure" or "ja, maar ik weet het niet" for a plain yes.
    /// </summary>
    private bool SaysDontKnow(string? text)
    {
        var typed = $" {TextNormalizer.NormalizeTerm(text)} ";
        var phrases = options.AllPhrases(EngineStrings.DontKnow);
        return phrases.Select(AnalyzedText.NormalizedPhrase).Any(phrase => phrase.Length > 0 && typed.Contains($" {phrase} ", StringComparison.Ordinal))
            || AnswerRecognizer.MatchesPhrase(text, phrases, allowWithinText: false);
    }

    /// <summary>
    /// The message gives a name: it holds words that give one ("mijn naam is …", "ask for …", "naar * vragen" with one word
    /// for the "*" that is no word that is no name), or it is one or two capitalised words and nothing else ("Fatima",
    /// "Sanne de Vries" is three and stays what it was), none of them a word that is no name, or it is one word in lower case
    /// that is no such word and holds no part of a word that says when ("fatima"; "morgenochtend" stays a moment).
    /// </summary>
    private bool GivesAName(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }

        var notNames = NoNameWords();
        var given = turnOptions.Optional(EngineStrings.NameGiven);
        if (AnswerRecognizer.MatchesPhrase(text, [.. given.Where(phrase => !phrase.Contains('*', StringComparison.Ordinal))], allowWithinText: true)
            || given.Where(phrase => phrase.Contains('*', StringComparison.Ordinal)).Any(frame => NameInFrame(text, frame, notNames)))
        {
            return true;
        }

        var words = text.Trim().TrimEnd('.', '!').Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return (words.Length is 1 or 2
                && words.All(word => word.Length > 1 && char.IsUpper(word[0]) && word.Skip(1).All(char.IsLower) && !notNames.Contains(TextNormalizer.NormalizeTerm(word))))
            || (words.Length == 1 && LowerCaseName(words[0], notNames));
    }

    private const int MinLowerCaseNameLength = 3;

    /// <summary>"fatima": letters only, all in lower case, no word that is no name, and no part of a word that says when.</summary>
    private bool LowerCaseName(string word, HashSet<string> notNames)
    {
        if (word.Length < MinLowerCaseNameLength || !word.All(char.IsLower))
        {
            return false;
        }

        var normalized = TextNormalizer.NormalizeTerm(word);
        return !notNames.Contains(normalized)
            && !turnOptions.Optional(EngineStrings.NotANamePart).Select(TextNormalizer.NormalizeTerm).Any(part => part.Length > 0 && normalized.Contains(part, StringComparison.Ordinal));
    }

    /// <summary>"je kunt naar sanne vragen" for the frame "naar * vragen": the words around the "*" as typed, one word between that may be a name.</summary>
    private static bool NameInFrame(string text, string frame, HashSet<string> notNames)
    {
        var typed = TextNormalizer.Words(TextNormalizer.NormalizeTerm(text));
        var parts = TextNormalizer.Words(TextNormalizer.NormalizeTerm(frame.Replace("*", " ", StringComparison.Ordinal)));
        var star = TextNormalizer.Words(TextNormalizer.NormalizeTerm(frame[..frame.IndexOf('*', StringComparison.Ordinal)])).Length;
        for (var at = 0; at + parts.Length < typed.Length; at++)
        {
            var name = typed[at + star];
            var around = typed.Skip(at).Take(star).Concat(typed.Skip(at + star + 1).Take(parts.Length - star));
            if (around.SequenceEqual(parts, StringComparer.Ordinal) && name.Length >= MinLowerCaseNameLength && name.All(char.IsLetter) && !notNames.Contains(name))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Words that are no name: <see cref="EngineStrings.NotAName"/>, and the words of yes, no, "weet ik niet" and skip.</summary>
    private HashSet<string> NoNameWords() =>
        turnOptions.Optional(EngineStrings.NotAName)
            .Concat(options.AllPhrases(EngineStrings.Yes)).Concat(options.AllPhrases(EngineStrings.No))
            .Concat(options.AllPhrases(EngineStrings.DontKnow)).Concat(options.AllPhrases(EngineStrings.Skip))
            .Select(TextNormalizer.NormalizeTerm)
            .Where(word => word.Length > 0 && !word.Contains(' ', StringComparison.Ordinal))
            .ToHashSet(StringComparer.Ordinal);

    /// <summary>A message that ends in a question mark asks something; it is no value a finder looks for.</summary>
    private static bool AsksSomething(string? text) => text?.TrimEnd().EndsWith('?') == true;

    /// <summary>The whole message is a plain yes or no ("nee", "ja hoor"), which answers no open question.</summary>
    private bool OnlyYesOrNo(string? text) =>
        AnswerRecognizer.MatchesPhrase(text, [.. options.AllPhrases(EngineStrings.Yes), .. options.AllPhrases(EngineStrings.No)], allowWithinText: false);

    /// <summary>
    /// "ok bedankt", "oke dank je", "thanks": thanks with nothing but words that agree weakly is a polite close, never a
    /// yes (consent); "ja graag, dank je" is still a yes.
    /// </summary>
    private bool OnlyThanks(string? text)
    {
        var words = TextNormalizer.Words(TextNormalizer.NormalizeTerm(text)).ToList();
        var thanked = false;
        foreach (var thanks in turnOptions.Optional(EngineStrings.Thanks).Select(phrase => TextNormalizer.Words(TextNormalizer.NormalizeTerm(phrase))).Where(phrase => phrase.Length > 0).OrderByDescending(phrase => phrase.Length))
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

        return thanked && words.All(WeakYesWords().Contains);
    }

    private bool OnlyWeakYes(string? text)
    {
        var words = TextNormalizer.Words(TextNormalizer.NormalizeTerm(text));
        return words.Length > 0 && words.All(WeakYesWords().Contains);
    }

    private HashSet<string> WeakYesWords() =>
        turnOptions.Optional(EngineStrings.WeakYes).Select(TextNormalizer.NormalizeTerm).ToHashSet(StringComparer.Ordinal);

    private const string Yes = "yes";

    /// <summary>
    /// "bel me maar", "liever bellen", "you can call me" at "Vind je het goed dat we dit naar Moviera sturen?": no yes or no,
    /// but an answer to the question a yes leads to (one that may be answered early, <c>fill_early</c>), so it means yes. The
    /// answer itself is then taken as any early answer is.
    /// </summary>
    public bool AnswersTheQuestionAfterYes(Turn turn, DialogFrame frame, PromptDefinition prompt, string? text)
    {
        if (prompt.Kind != PromptKind.Confirm || prompt.YesNext is not { } afterYes)
        {
            return false;
        }

        var values = new DialogValues(new Dictionary<string, List<string>>(turn.State.Values.Select(value => KeyValuePair.Create(value.Key, value.Value.ToList())), StringComparer.Ordinal));
        values.Set(prompt.Into!, Yes);
        return _early.Take(content.Dialog(frame.Dialog), afterYes, values, turn.Locale, text, except: null).Count > 0;
    }

    /// <summary>True when the text names one option of a single-choice question (not two, not none).</summary>
    public bool AnswersTheChoice(Turn turn, DialogStep step, string? text)
    {
        if (step.Prompt is not { Kind: PromptKind.Choice } prompt)
        {
            return false;
        }

        var available = turnOptions.Options(turn, prompt);
        return AnswerRecognizer.Recognize(text, options.Recognizable(available, turn.Locale), options.YesNo, turn.Language, options.Words(turn.Language)).Id is not null;
    }

    /// <summary>
    /// True when the text is exactly an answer to the question: an option's label, or at a single-choice question one of the
    /// option's own phrases in the conversation's language ("stop maar" at "Verder naar de volgende stap?" stops the steps,
    /// not the conversation). That answer then wins over an interruption.
    /// </summary>
    public bool IsExactOption(Turn turn, DialogFrame frame, DialogStep step, string? text)
    {
        var typed = TextNormalizer.NormalizeTerm(text);
        if (typed.Length == 0 || step.Prompt is not { } prompt)
        {
            return false;
        }

        var available = prompt.Kind switch
        {
            PromptKind.Choice or PromptKind.Multi => turnOptions.Options(turn, prompt),
            PromptKind.Questions => turnOptions.Questions(turn, prompt)[Math.Min(frame.Index, turnOptions.Questions(turn, prompt).Count - 1)].Options,
            _ => [],
        };
        return available.Any(option => options.NormalizedLabel(option) == typed
            || (prompt.Kind == PromptKind.Choice && OwnPhrases(option, turn.Locale).Contains(typed)));
    }

    private bool IsOwnPhraseOfAnOption(Turn turn, PromptDefinition prompt, string? text)
    {
        var typed = TextNormalizer.NormalizeTerm(text);
        return turnOptions.Options(turn, prompt).Any(option => OwnPhrases(option, turn.Locale).Contains(typed));
    }

    private static IEnumerable<string> OwnPhrases(DialogOption option, string locale) =>
        option.PhrasesByLocale is { } byLocale && byLocale.TryGetValue(locale, out var phrases)
            ? phrases.Select(phrase => TextNormalizer.NormalizeTerm(phrase.TrimStart('=')))
            : [];
}
