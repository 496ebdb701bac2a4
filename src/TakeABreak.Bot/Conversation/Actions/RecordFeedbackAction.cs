using System.Globalization;
using TakeABreak.Bot.Conversation.Feedback;
using TakeABreak.Dialogs.Runtime;

namespace TakeABreak.Bot.Conversation.Actions;

/// <summary>Counts the "was this helpful?" mark (feedback_1 … feedback_5) anonymously and forgets it in the conversation.</summary>
public sealed class RecordFeedbackAction(IFeedbackCounter counter) : IDialogAction
{
    public const string ActionName = "record_feedback";
    private const string Prefix = "feedback_";

    public string Name => ActionName;

    public async Task RunAsync(DialogActionContext context, CancellationToken cancellationToken)
    {
        var answer = context.Values.GetSingle(ConversationValues.Feedback);
        context.Values.Remove(ConversationValues.Feedback);
        if (answer is not null && answer.StartsWith(Prefix, StringComparison.Ordinal)
            && int.TryParse(answer[Prefix.Length..], NumberStyles.None, CultureInfo.InvariantCulture, out var mark) && mark is >= 1 and <= 5)
        {
            await counter.AddAsync(mark, cancellationToken);
        }
    }
}
