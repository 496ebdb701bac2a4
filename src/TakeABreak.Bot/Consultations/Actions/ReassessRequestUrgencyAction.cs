using TakeABreak.Bot.Consultations.Submission;
using TakeABreak.Bot.Conversation.Actions;
using TakeABreak.Dialogs.Runtime;
using TakeABreak.Signalering.Assessment;

namespace TakeABreak.Bot.Consultations.Actions;

/// <summary>
/// A story told while the request is made ("ik wil een mens spreken", then "hij heeft haar gewurgd" at the consent
/// question) can make the request more urgent than it was when it was explained: the request's urgency is found again
/// as the request itself will carry it, and only when it is higher it is kept and how soon Moviera contacts is said again.
/// Never lowered.
/// </summary>
internal sealed class ReassessRequestUrgencyAction(ConsultationRequestBuilder builder) : IDialogAction
{
    public const string ActionName = "reassess_request_urgency";

    public string Name => ActionName;

    public Task RunAsync(DialogActionContext context, CancellationToken cancellationToken)
    {
        var before = UrgencyLevelIds.TryParse(context.Values.GetSingle(ConsultationValues.RequestUrgency), out var kept) ? kept : UrgencyLevel.Information;
        var now = builder.Urgency(context.Values);
        if (now <= before)
        {
            return Task.CompletedTask;
        }

        var urgency = now.ToId();
        context.Values.Set(ConsultationValues.RequestUrgency, urgency);
        var wording = ConsultationWording.For(context);
        // Said again only when it changes what the person was told: "concern" is answered as soon as "information" is.
        if (wording.Optional("consultation_how_soon_" + urgency) is { } howSoon && howSoon != wording.Optional("consultation_how_soon_" + before.ToId()))
        {
            context.Say(wording.Optional(ReassessUrgencyAction.RaisedText) is { } raised ? raised + "\n" + howSoon : howSoon);
        }

        return Task.CompletedTask;
    }
}
