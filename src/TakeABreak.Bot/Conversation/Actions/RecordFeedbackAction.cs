using System.Globalization;
using TakeABreak.Bot.Conversation.Feedback;
using TakeABreak.BotFramework.Turns;
using TakeABreak.Dialogs.Runtime;

namespace TakeABreak.Bot.Conversation.Actions;

/// <summary>
/// Counts the "was this helpful?" mark (feedback_1 … feedback_5) anonymously, once the turn is saved and delivered, and
/// forgets it in the conversation.
/// </summary>
public sealed class RecordFeedbackAction(IFeedbackCounter counter, TurnAftermath aftermath) : IDialogAction
{
    public const string ActionName = "record_feedback";
    private const string Prefix = "feedback_";

    public string Name => ActionName;

    public Task RunAsync(DialogActionContext context, CancellationToken cancellationToken)
    {
        var answer = context.Values.GetSingle(ConversationValues.Feedback);
        context.Values.Remove(ConversationValues.Feedback);
        if (answer is not null && answer.StartsWith(Prefix, StringComparison.Ordinal)
            && int.TryParse(answer[Prefix.Length..], NumberStyles.None, CultureInfo.InvariantCulture, out var mark) && mark is >= 1 and <= 5)
        {
            aftermath.Add(ActionName, token => counter.AddAsync(mark, token));
        }

        return Task.CompletedTask;
    }
}
