using TakeABreak.Dialogs.Runtime;
using TakeABreak.Signalering.Assessment;

namespace TakeABreak.Bot.Conversation.Actions;

/// <summary>Finds the urgency for follow-up from what was collected, stores its id in "urgency", and says it with the reasons in plain words.</summary>
public sealed class AssessUrgencyAction(UrgencyJudgement judgement) : IDialogAction
{
    public const string ActionName = "assess_urgency";

    public string Name => ActionName;

    public Task RunAsync(DialogActionContext context, CancellationToken cancellationToken)
    {
        var result = judgement.Judge(context.Values);
        context.Values.Set(ConversationValues.Urgency, result.Level.ToId());
        context.Say(judgement.Describe(result, context.Locale));
        return Task.CompletedTask;
    }
}
