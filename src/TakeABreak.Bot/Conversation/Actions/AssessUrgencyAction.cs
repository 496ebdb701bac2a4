using System.Text;
using TakeABreak.Bot.Conversation.Sources;
using TakeABreak.Dialogs.Runtime;
using TakeABreak.Signalering.Assessment;

namespace TakeABreak.Bot.Conversation.Actions;

/// <summary>
/// Finds the urgency for follow-up from what was collected, stores its id in "urgency", and says it with the reasons in
/// plain words (all wording from dialogs/assessment/urgency.yaml).
/// </summary>
public sealed class AssessUrgencyAction(AssessmentContent assessment) : IDialogAction
{
    public const string ActionName = "assess_urgency";

    public string Name => ActionName;

    public Task RunAsync(DialogActionContext context, CancellationToken cancellationToken)
    {
        var input = new AssessmentInput(
            context.Values.Get(ConversationValues.Signals).ToList(),
            context.Values.Get(ConversationValues.Context).ToList(),
            PersonTypes.Chosen(assessment, context.Values),
            context.Values.Has(ConversationValues.SafetyFlags) ? UrgencyLevel.Urgent : null);
        var result = assessment.CreateAssessor().Assess(input);
        context.Values.Set(ConversationValues.Urgency, result.Level.ToId());

        var rules = assessment.Urgency;
        var reasons = new StringBuilder(rules.Heading.In(context.Locale));
        foreach (var reasonId in result.ReasonIds)
        {
            reasons.Append('\n').Append("- ").Append(rules.Reason(reasonId).In(context.Locale));
        }

        context.Say(reasons.ToString());
        var level = rules.Describe(result.Level);
        context.Say($"{level.Label.In(context.Locale)}: {level.Description.In(context.Locale)}");
        return Task.CompletedTask;
    }
}
