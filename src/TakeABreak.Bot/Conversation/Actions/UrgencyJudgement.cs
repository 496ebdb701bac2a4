using System.Text;
using TakeABreak.Dialogs.Runtime;
using TakeABreak.Signalering.Assessment;

namespace TakeABreak.Bot.Conversation.Actions;

/// <summary>The urgency for follow-up found in what a conversation collected, and how it is said (all wording from dialogs/assessment/urgency.yaml).</summary>
public sealed class UrgencyJudgement(AssessmentContent assessment)
{
    public UrgencyAssessment Judge(DialogValues values)
    {
        var input = CollectedAnswers.For(assessment, values, values.Has(ConversationValues.SafetyFlags) ? UrgencyLevel.Urgent : null);
        var result = assessment.CreateAssessor().Assess(input);
        if (values.GetSingle(ConversationValues.Role) == ConversationValues.RoleSelf && result.Level < UrgencyLevel.Concern)
        {
            // Someone telling about themselves is never left at "information", nor told that one sign is no proof.
            var notInformation = result.ReasonIds.Where(id => assessment.Urgency.Rules.All(rule => rule.Id != id || rule.Level > UrgencyLevel.Information)).ToList();
            result = new UrgencyAssessment(UrgencyLevel.Concern, notInformation);
        }

        return result;
    }

    /// <summary>"Dringend: … Ik kijk naar wat je vertelde: - …", in one message.</summary>
    public string Describe(UrgencyAssessment result, string locale)
    {
        var rules = assessment.Urgency;
        var level = rules.Describe(result.Level);
        var said = new StringBuilder().Append(level.Label.In(locale)).Append(": ").Append(level.Description.In(locale));
        if (result.ReasonIds.Count > 0)
        {
            said.Append('\n').Append(rules.Heading.In(locale));
            foreach (var reasonId in result.ReasonIds)
            {
                said.Append('\n').Append("- ").Append(rules.Reason(reasonId).In(locale));
            }
        }

        return said.ToString();
    }
}
