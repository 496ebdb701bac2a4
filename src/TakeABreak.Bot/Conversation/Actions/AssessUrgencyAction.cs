using System.Text;
using TakeABreak.Dialogs.Runtime;
using TakeABreak.Signalering.Assessment;

namespace TakeABreak.Bot.Conversation.Actions;

/// <summary>
/// Finds the urgency for follow-up from what was collected, stores its id in "urgency", and says it with the reasons in
/// plain words, in one message (all wording from dialogs/assessment/urgency.yaml).
/// </summary>
public sealed class AssessUrgencyAction(AssessmentContent assessment) : IDialogAction
{
    public const string ActionName = "assess_urgency";

    public string Name => ActionName;

    public Task RunAsync(DialogActionContext context, CancellationToken cancellationToken)
    {
        var input = CollectedAnswers.For(assessment, context.Values, context.Values.Has(ConversationValues.SafetyFlags) ? UrgencyLevel.Urgent : null);
        var result = assessment.CreateAssessor().Assess(input);
        var rules = assessment.Urgency;
        if (context.Values.GetSingle(ConversationValues.Role) == ConversationValues.RoleSelf && result.Level < UrgencyLevel.Concern)
        {
            // Someone telling about themselves is never left at "information", nor told that one sign is no proof.
            var notInformation = result.ReasonIds.Where(id => rules.Rules.All(rule => rule.Id != id || rule.Level > UrgencyLevel.Information)).ToList();
            result = new UrgencyAssessment(UrgencyLevel.Concern, notInformation);
        }

        context.Values.Set(ConversationValues.Urgency, result.Level.ToId());
        var level = rules.Describe(result.Level);
        var said = new StringBuilder().Append(level.Label.In(context.Locale)).Append(": ").Append(level.Description.In(context.Locale));
        if (result.ReasonIds.Count > 0)
        {
            said.Append('\n').Append(rules.Heading.In(context.Locale));
            foreach (var reasonId in result.ReasonIds)
            {
                said.Append('\n').Append("- ").Append(rules.Reason(reasonId).In(context.Locale));
            }
        }

        context.Say(said.ToString());
        return Task.CompletedTask;
    }
}
