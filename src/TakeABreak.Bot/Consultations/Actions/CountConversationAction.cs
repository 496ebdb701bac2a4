using TakeABreak.Dialogs.Runtime;
using TakeABreak.Signalering.Assessment;
using TakeABreak.Storage.Consultations;

namespace TakeABreak.Bot.Consultations.Actions;

/// <summary>
/// Adds the conversation to the anonymous monthly counts: audience, person types and urgency, nothing else. For the
/// main flow to run once, after the urgency is known.
/// </summary>
public sealed class CountConversationAction(IMonthlyCountsStore counts, AssessmentContent assessment, TimeProvider timeProvider) : IDialogAction
{
    public const string ActionName = "count_conversation";

    public string Name => ActionName;

    public Task RunAsync(DialogActionContext context, CancellationToken cancellationToken)
    {
        var values = context.Values;
        var personTypes = values.Get(ConsultationValues.About)
            .Where(id => assessment.Signals.PersonTypes.Any(type => type.Id == id))
            .ToList();
        return counts.UpdateAsync(
            timeProvider.GetUtcNow(),
            month => month.CountConversation(values.GetSingle(ConsultationValues.Role), personTypes, values.GetSingle(ConsultationValues.Urgency)),
            cancellationToken);
    }
}
