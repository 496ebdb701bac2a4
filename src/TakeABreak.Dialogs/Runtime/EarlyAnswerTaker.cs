using TakeABreak.Dialogs.Content;

namespace TakeABreak.Dialogs.Runtime;

/// <summary>Takes what a message tells beyond the question asked (answers to questions ahead, signs added to earlier lists) into the turn, open to "nee, …".</summary>
internal sealed class EarlyAnswerTaker(DialogContent content, QuestionOptions options)
{
    public int TakeEarlyAnswers(Turn turn, string dialogId, string? text, DialogStep? except)
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

    public int AddToEarlierLists(Turn turn, string dialogId, DialogStep current, string? text)
    {
        var added = new EarlyAnswers(options).AddToEarlierLists(content.Dialog(dialogId), current, turn.Values, turn.Locale, text);
        foreach (var answer in added)
        {
            turn.Understood(answer.Understood, answer.Step.Prompt!.Into!, dialogId);
        }

        return added.Count;
    }
}
