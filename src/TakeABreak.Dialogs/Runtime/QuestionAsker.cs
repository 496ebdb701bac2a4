using TakeABreak.Dialogs.Content;

namespace TakeABreak.Dialogs.Runtime;

/// <summary>Asks the question a frame waits on, as buttons, a checklist card or plain text; and asks again after a miss.</summary>
internal sealed class QuestionAsker(DialogContent content, TurnOptions turnOptions, EarlyAnswerTaker earlyAnswers)
{
    /// <summary>Asks the question, after what this turn understood (also from a message kept for when the conversation goes on).</summary>
    public void Ask(Turn turn, DialogFrame frame, DialogStep step)
    {
        earlyAnswers.RecallUnsaid(turn, turn.State.Top?.Dialog ?? frame.Dialog);
        turn.SayUnderstood();
        var prompt = step.Prompt!;
        switch (prompt.Kind)
        {
            case PromptKind.Choice when frame.Which.Count > 0:
                turn.Replies.Add(new DialogReply(turn.Text(EngineStrings.Which))
                {
                    Choices = turnOptions.Options(turn, prompt).Where(o => frame.Which.Contains(o.Id)).Select(o => new ReplyChoice(o.Id, o.Label)).ToList(),
                    ExpectsAnswer = true,
                });
                break;
            case PromptKind.Choice:
                turn.Replies.Add(new DialogReply(turn.Text(prompt.Text!))
                {
                    Choices = turnOptions.Options(turn, prompt).Where(o => o.Button).Select(o => new ReplyChoice(o.Id, o.Label)).ToList(),
                    ExpectsAnswer = true,
                });
                break;
            case PromptKind.Multi:
                var available = turnOptions.Options(turn, prompt);
                var ticked = prompt.FillEarly == FillEarly.Add ? available.Where(o => turn.Values.Get(prompt.Into!).Contains(o.Id)).ToList() : [];
                turn.Replies.Add(new DialogReply(Told(turn, ticked) + turn.Text(prompt.Text!))
                {
                    Checklist = new ReplyChecklist(
                        Checklists.ChecklistKey(frame),
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
                    Choices = turnOptions.YesNo(turn).Select(o => new ReplyChoice(o.Id, o.Texts[0])).ToList(),
                    ExpectsAnswer = true,
                });
                break;
            case PromptKind.Text:
                turn.Replies.Add(new DialogReply(turn.Text(prompt.Text!))
                {
                    Choices = [.. Suggestions(prompt, turn.Locale), .. Skip(prompt, turn.Locale)],
                    ExpectsAnswer = true,
                });
                break;
            case PromptKind.Number:
                turn.Replies.Add(new DialogReply(turn.Text(prompt.Text!)) { ExpectsAnswer = true });
                break;
            case PromptKind.Questions:
                var questions = turnOptions.Questions(turn, prompt);
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
    /// After a sign typed at a checklist that stays open: what was noted ("Ik begrijp: …"), then "Is er nog meer?" as a
    /// message of its own with buttons to close the list or see it again. The card itself is not shown again each time:
    /// it stays above in the chat, and "lijst" or an answer the bot does not understand shows it again.
    /// </summary>
    public void AskForMore(Turn turn, DialogFrame frame, DialogStep step)
    {
        if (!content.Strings.Contains(EngineStrings.ChecklistMore))
        {
            Ask(turn, frame, step);
            return;
        }

        earlyAnswers.RecallUnsaid(turn, turn.State.Top?.Dialog ?? frame.Dialog);
        var prompt = step.Prompt!;
        var ticked = turnOptions.Options(turn, prompt).Where(o => turn.Values.Get(prompt.Into!).Contains(o.Id)).ToList();
        var tickedNow = ticked.Where(o => !turn.ToldBefore(prompt.Into!).Contains(o.Id)).ToList();
        if (tickedNow.Count > 0 && !turn.UnderstoodSaid && !turn.UnderstoodWaiting)
        {
            // "blauwe plekken" typed alone: noted in the line of what was understood, never as told already.
            turn.Understood(NoticedNow(turn, prompt, tickedNow), prompt.Into!, frame.Dialog);
        }

        turn.SayUnderstood();
        ticked = ticked.Except(tickedNow).ToList();
        List<ReplyChoice> choices = [new ReplyChoice("done", turn.Text(EngineStrings.ChecklistSubmit))];
        if (content.Strings.Contains(EngineStrings.ChecklistShow))
        {
            choices.Add(new ReplyChoice("show", content.Strings.Phrases(EngineStrings.ChecklistShow, turn.Locale)[0]));
        }

        turn.Replies.Add(new DialogReply(Told(turn, ticked) + turn.Text(EngineStrings.ChecklistMore)) { Choices = choices, ExpectsAnswer = true });
    }

    private IEnumerable<ReplyChoice> Skip(PromptDefinition prompt, string locale) =>
        prompt.Skippable ? [new ReplyChoice("skip", content.Strings.Phrases(EngineStrings.Skip, locale)[0])] : [];

    private IEnumerable<ReplyChoice> Suggestions(PromptDefinition prompt, string locale) =>
        prompt.Suggest is { } suggest
            ? content.Strings.Phrases(suggest, locale).Select((answer, index) => new ReplyChoice($"suggest_{index}", answer))
            : [];

    /// <summary>
    /// "Je vertelde al: schreeuwen of gillen. " before a checklist that earlier messages already ticked; empty when nothing
    /// is ticked or this turn already said what it understood.
    /// </summary>
    /// <summary>"Je vertelde al: schreeuwen of gillen." — items of an earlier list told again, in a line of their own.</summary>
    public void SayToldAlready(Turn turn, IReadOnlyList<DialogOption> told)
    {
        if (Told(turn, told) is { Length: > 0 } line)
        {
            turn.Replies.Add(new DialogReply(line.TrimEnd()));
        }
    }

    private string Told(Turn turn, IReadOnlyList<DialogOption> ticked) =>
        ticked.Count == 0 || turn.UnderstoodSaid || !content.Strings.Contains(EngineStrings.ChecklistTold)
            ? string.Empty
            : string.Format(System.Globalization.CultureInfo.InvariantCulture, turn.Text(EngineStrings.ChecklistTold), string.Join(", ", ticked.Select(o => LowerFirst(o.Label)))) + " ";

    /// <summary>"je merkte: verwondingen zonder duidelijke uitleg" for items ticked in this turn without a line of their own yet.</summary>
    private string NoticedNow(Turn turn, PromptDefinition prompt, IReadOnlyList<DialogOption> tickedNow)
    {
        var labels = string.Join(", ", tickedNow.Select(o => LowerFirst(o.Label)));
        return prompt.Understood is { } template ? string.Format(System.Globalization.CultureInfo.InvariantCulture, turn.Text(template), labels) : labels;
    }

    /// <summary>"Een kind" is said as "een kind" inside a sentence; "I see ..." keeps its "I".</summary>
    private static string LowerFirst(string text) =>
        text.Length > 1 && char.IsUpper(text[0]) && !char.IsUpper(text[1]) && !text.StartsWith("I ", StringComparison.Ordinal) ? char.ToLowerInvariant(text[0]) + text[1..] : text;

    /// <summary>
    /// Asks again. After <see cref="DialogContent.MaxAttempts"/> misses in a row the choices come with where to get help
    /// now (112, Veilig Thuis); the two messages take turns, so the same one is never said twice in a row.
    /// </summary>
    public void NotUnderstood(Turn turn, DialogFrame frame, DialogStep step, string message, bool counted = false)
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
}
