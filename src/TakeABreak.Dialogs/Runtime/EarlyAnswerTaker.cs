using TakeABreak.Dialogs.Content;

namespace TakeABreak.Dialogs.Runtime;

/// <summary>Takes what a message tells beyond the question asked (answers to questions ahead, signs added to earlier lists) into the turn, open to "nee, …".</summary>
internal sealed class EarlyAnswerTaker(DialogContent content, QuestionOptions options)
{
    private readonly EarlyAnswers _early = new(options);

    public int TakeEarlyAnswers(Turn turn, string dialogId, string? text, DialogStep? except) => TakeEarly(turn, dialogId, text, except).Count;

    /// <summary>Takes what a message tells for the questions ahead; the answers taken, each with its question.</summary>
    public IReadOnlyList<EarlyAnswer> TakeEarly(Turn turn, string dialogId, string? text, DialogStep? except)
    {
        var dialog = content.Dialog(dialogId);
        var from = turn.State.Stack.LastOrDefault(frame => frame.Dialog == dialogId)?.Step ?? dialog.Steps[0].Id;
        var taken = _early.Take(dialog, from, turn.Values, turn.Locale, text, except);
        foreach (var answer in taken)
        {
            turn.Understood(Said(answer), answer.Step.Prompt!.Into!, dialogId);
        }

        if (EarlyAnswers.ReplacedNext(dialog, from, turn.Values) is not { } replacing)
        {
            return taken;
        }

        var next = content.Dialog(replacing);
        var takenNext = _early.Take(next, next.Steps[0].Id, turn.Values, turn.Locale, text, except, pastYesNo: true);
        foreach (var answer in takenNext)
        {
            turn.Understood(Said(answer), answer.Step.Prompt!.Into!, replacing);
        }

        return [.. taken, .. takenNext];
    }

    /// <summary>What to say was understood: nothing for a fact no question asks (<c>fill_early: only</c>).</summary>
    private static string Said(EarlyAnswer answer) => answer.Step.Prompt!.FillEarly == FillEarly.Only ? string.Empty : answer.Understood;

    /// <summary>True when a message would answer a question of the dialog from its start (a new story), taking nothing.</summary>
    public bool AnswersFromTheStart(Turn turn, string dialogId, string? text)
    {
        var dialog = content.Dialog(dialogId);
        var channelOnly = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        if (turn.Values.GetSingle(DialogMachine.ChannelValue) is { } channel)
        {
            channelOnly[DialogMachine.ChannelValue] = [channel];
        }

        return _early.Take(dialog, dialog.Steps[0].Id, new DialogValues(channelOnly), turn.Locale, text, except: null).Count > 0;
    }

    /// <summary>
    /// Takes what a message tells for the questions ahead of the dialogs waiting below another one: a story told during a
    /// request begun first ("ik wil met iemand van Moviera praten", then "mijn buurvrouw wordt geslagen door haar man" at
    /// "Over wie gaat je vraag aan Moviera?") keeps its signs for the conversation it interrupted.
    /// </summary>
    public IReadOnlyList<EarlyAnswer> TakeEarlyForInterrupted(Turn turn, string dialogId, string? text)
    {
        var taken = new List<EarlyAnswer>();
        foreach (var frame in turn.State.Stack.Where(frame => frame.Dialog != dialogId && frame.Waiting).ToList())
        {
            foreach (var answer in _early.Take(content.Dialog(frame.Dialog), frame.Step, turn.Values, turn.Locale, text, except: null))
            {
                turn.Understood(Said(answer), answer.Step.Prompt!.Into!, frame.Dialog);
                taken.Add(answer);
            }
        }

        return taken;
    }

    /// <summary>
    /// Takes what a message tells for the questions ahead without saying it now: what was understood is said when the
    /// conversation goes on (<see cref="RecallUnsaid"/>). The number of questions it answered.
    /// </summary>
    public int KeepUnsaid(Turn turn, string dialogId, string? text)
    {
        var taken = TakeEarlyAnswers(turn, dialogId, text, except: null);
        turn.ForgetUnderstood();
        turn.State.UnsaidUnderstood = [.. turn.State.UnsaidUnderstood.Union(turn.State.Guessed, StringComparer.Ordinal)];
        return taken;
    }

    /// <summary>
    /// What was understood for a value and not said yet, said again as the value now holds after a step set it, by the
    /// dialog's question for it; nothing when nothing waits for it.
    /// </summary>
    public void ReviseUnderstood(Turn turn, string dialogId, string name)
    {
        if (!turn.UnderstoodWaitsFor(name))
        {
            return;
        }

        var prompt = content.Dialog(dialogId).Steps.Select(step => step.Prompt).FirstOrDefault(prompt => prompt is { FillEarly: not (FillEarly.No or FillEarly.Only) } && prompt.Into == name);
        if (prompt is null)
        {
            return;
        }

        var told = turn.Values.Get(name);
        var named = options.Of(prompt, turn.Values, turn.Locale).Where(option => told.Contains(option.Id)).ToList();
        turn.ReviseUnderstood(name, options.Understood(prompt, named, turn.Locale));
    }

    /// <summary>What was understood from a kept message, to be said in this turn ("Ik begrijp: …"), and open to "nee, …"; values forgotten since are left out.</summary>
    public void RecallUnsaid(Turn turn, string dialogId)
    {
        if (turn.State.UnsaidUnderstood.Count == 0)
        {
            return;
        }

        var dialog = content.Dialog(dialogId);
        foreach (var name in turn.State.UnsaidUnderstood)
        {
            var prompt = dialog.Steps.Select(step => step.Prompt).FirstOrDefault(prompt => prompt is { FillEarly: not (FillEarly.No or FillEarly.Only) } && prompt.Into == name);
            if (prompt is null || !turn.Values.Has(name))
            {
                continue;
            }

            var told = turn.Values.Get(name);
            var named = options.Of(prompt, turn.Values, turn.Locale).Where(option => told.Contains(option.Id)).ToList();
            turn.Understood(options.Understood(prompt, named, turn.Locale), name, dialogId);
        }

        turn.State.UnsaidUnderstood.Clear();
    }

    /// <summary>
    /// Adds what a message tells to lists answered before the current question, in this dialog and in the dialogs that
    /// called it ("als ik wegga neemt hij de kinderen mee" at the offer to talk to Moviera adds to the serious things).
    /// </summary>
    public IReadOnlyList<EarlyAnswer> AddToEarlierLists(Turn turn, string dialogId, DialogStep current, string? text)
    {
        var added = new List<EarlyAnswer>();
        foreach (var frame in Enumerable.Reverse(turn.State.Stack))
        {
            var dialog = content.Dialog(frame.Dialog);
            var at = frame.Dialog == dialogId ? current : dialog.Step(frame.Step);
            if (at is null)
            {
                continue;
            }

            foreach (var answer in _early.AddToEarlierLists(dialog, at, turn.Values, turn.Locale, text))
            {
                turn.Understood(Said(answer), answer.Step.Prompt!.Into!, frame.Dialog);
                added.Add(answer);
            }
        }

        return added;
    }

    /// <summary>What a message names again of lists answered before the current question, in this dialog and the dialogs that called it.</summary>
    public IReadOnlyList<DialogOption> ToldAgainInEarlierLists(Turn turn, string dialogId, DialogStep current, string? text) =>
        Enumerable.Reverse(turn.State.Stack)
            .Select(frame => (Dialog: content.Dialog(frame.Dialog), At: frame.Dialog == dialogId ? current : content.Dialog(frame.Dialog).Step(frame.Step)))
            .Where(found => found.At is not null)
            .SelectMany(found => _early.ToldAgainInEarlierLists(found.Dialog, found.At!, turn.Values, turn.Locale, text))
            .Distinct()
            .ToList();

    /// <summary>Runs, once each, the actions of the earlier lists a message added to ("when_added_later"), after what was understood is said.</summary>
    public static async Task RunWhenAddedLaterAsync(Turn turn, IReadOnlyList<EarlyAnswer> added)
    {
        foreach (var action in added.Select(answer => answer.Step.Prompt!.WhenAddedLater).OfType<string>().Distinct(StringComparer.Ordinal))
        {
            await turn.RunActionAsync(action);
        }
    }
}
