using TakeABreak.Dialogs.Runtime;
using TakeABreak.Signalering.Assessment;

namespace TakeABreak.Bot.Conversation.Actions;

/// <summary>Says why each chosen special topic (honour-based violence, human trafficking) is handed over, from the catalogue.</summary>
public sealed class ExplainSpecialTopicsAction(AssessmentContent assessment) : IDialogAction
{
    public const string ActionName = "explain_special_topics";

    public string Name => ActionName;

    public Task RunAsync(DialogActionContext context, CancellationToken cancellationToken)
    {
        foreach (var id in context.Values.Get(ConversationValues.About))
        {
            if (assessment.Signals.FindSpecialTopic(id) is { } topic)
            {
                context.Say(topic.Explanation.In(context.Locale));
            }
        }

        return Task.CompletedTask;
    }
}
