using TakeABreak.BotFramework.Turns;
using TakeABreak.Dialogs.Runtime;
using TakeABreak.Signalering.Assessment;
using TakeABreak.Storage.Consultations;

namespace TakeABreak.Bot.Consultations.Actions;

/// <summary>
/// Adds the conversation to the anonymous monthly counts: audience, person types and urgency, nothing else. For the
/// main flow to run once, after the urgency is known. Counted once the turn is saved and delivered, so a turn that runs
/// again counts once.
/// </summary>
public sealed class CountConversationAction(IMonthlyCountsStore counts, AssessmentContent assessment, TurnAftermath aftermath, TimeProvider timeProvider) : IDialogAction
{
    public const string ActionName = "count_conversation";

    public string Name => ActionName;

    public Task RunAsync(DialogActionContext context, CancellationToken cancellationToken)
    {
        var values = context.Values;
        var personTypes = values.Get(ConsultationValues.About)
            .Where(id => assessment.Signals.PersonTypes.Any(type => type.Id == id))
            .ToList();
        var (role, urgency, now) = (values.GetSingle(ConsultationValues.Role), values.GetSingle(ConsultationValues.Urgency), timeProvider.GetUtcNow());
        aftermath.Add(ActionName, token => counts.UpdateAsync(now, month => month.CountConversation(role, personTypes, urgency), token));
        return Task.CompletedTask;
    }
}
