using TakeABreak.Bot.Consultations.AfterSending;
using TakeABreak.Bot.Consultations.Submission;
using TakeABreak.Dialogs.Runtime;
using TakeABreak.Signalering.Assessment;
using TakeABreak.Signalering.Consultations;
using TakeABreak.Signalering.Consultations.Contact;

namespace TakeABreak.Bot.Consultations.Actions;

/// <summary>
/// "ja" to "Wil je je vraag aan Moviera intrekken?": the request this conversation sent is withdrawn (staff see it, the
/// card says so, what was sent is erased) and the person hears that it is done, with Veilig Thuis and 112.
/// </summary>
internal sealed class WithdrawSentConsultationAction(SentConsultations sent) : IDialogAction
{
    public const string ActionName = "withdraw_sent_consultation";

    public string Name => ActionName;

    public async Task RunAsync(DialogActionContext context, CancellationToken cancellationToken)
    {
        var wording = ConsultationWording.For(context);
        var reference = context.Values.GetSingle(ConsultationValues.Reference);
        var result = await sent.WithdrawAsync(reference, cancellationToken);
        if (result is SentChange.Done or SentChange.Withdrawn)
        {
            context.Values.Set(ConsultationValues.Result, ConsultationValues.Withdrawn);
            context.Say(wording.Text(result == SentChange.Done ? "consultation_sent_withdrawn" : "consultation_sent_already_withdrawn"));
            context.Say(wording.Text("consultation_resources"));
            return;
        }

        context.Say(wording.WithReference(result == SentChange.Closed ? "consultation_sent_closed_contact_moviera" : "consultation_sent_not_changed", reference ?? string.Empty));
        context.Say(wording.Text("moviera_contact"));
        context.Say(wording.Text("consultation_resources"));
    }
}

/// <summary>
/// "is het al opgepakt?", "is mijn vraag aangekomen?": how the request this conversation sent stands (received, picked up
/// by a staff member, closed, withdrawn), with its reference and never anyone's name or details.
/// </summary>
internal sealed class TellSentConsultationStatusAction(SentConsultations sent) : IDialogAction
{
    public const string ActionName = "tell_sent_consultation_status";

    public string Name => ActionName;

    public async Task RunAsync(DialogActionContext context, CancellationToken cancellationToken)
    {
        var wording = ConsultationWording.For(context);
        var reference = context.Values.GetSingle(ConsultationValues.Reference) ?? string.Empty;
        if (await sent.FindAsync(reference, cancellationToken) is not { } record)
        {
            context.Say(wording.WithReference("consultation_sent_status_unknown", reference));
            context.Say(wording.Text("moviera_contact"));
            context.Say(wording.Text("consultation_resources"));
            return;
        }

        context.Say(wording.WithReference("consultation_sent_status_" + record.Status.ToString().ToLowerInvariant(), record.Reference));
        if (record.Status is ConsultationStatus.New or ConsultationStatus.Claimed && record.Request.Contact.Way == ContactWay.PersonContactsMoviera)
        {
            context.Say(wording.Text("consultation_next_steps_self"));
            context.Say(wording.Text("moviera_contact"));
        }
        else if (record.Status == ConsultationStatus.New)
        {
            context.Say(wording.Optional("consultation_how_soon_" + record.Urgency.ToId()) ?? wording.Text("consultation_how_soon_information"));
        }

        context.Say(wording.Text("consultation_resources"));
    }
}

/// <summary>
/// "kunnen ze me liever na 20 uur bellen?", "ze hebben ook een baby trouwens" after sending: the message is held (only until
/// the person says yes or no) and shown back, so they can choose to add it to their request.
/// </summary>
internal sealed class HoldAdditionAction(ConsultationTurn turn) : IDialogAction
{
    public const string ActionName = "hold_addition_to_sent_consultation";

    /// <summary>Longer text is cut here: a note is a line for staff, not a second story.</summary>
    private const int MaxLength = 1000;

    public string Name => ActionName;

    public Task RunAsync(DialogActionContext context, CancellationToken cancellationToken)
    {
        var text = (turn.Context?.Activity.Text ?? string.Empty).Trim();
        if (text.Length > MaxLength)
        {
            text = text[..MaxLength];
        }

        context.Values.Set(ConsultationValues.Addition, text);
        context.Say(ConsultationWording.For(context).Text("consultation_addition_offer").Replace("{text}", text, StringComparison.Ordinal));
        return Task.CompletedTask;
    }
}

/// <summary>"ja" to adding it: the held message goes to the request as the person's note, with its time; then it is forgotten here.</summary>
internal sealed class AddToSentConsultationAction(SentConsultations sent) : IDialogAction
{
    public const string ActionName = "add_to_sent_consultation";

    public string Name => ActionName;

    public async Task RunAsync(DialogActionContext context, CancellationToken cancellationToken)
    {
        var wording = ConsultationWording.For(context);
        var reference = context.Values.GetSingle(ConsultationValues.Reference);
        var text = context.Values.GetSingle(ConsultationValues.Addition);
        context.Values.Remove(ConsultationValues.Addition);
        var result = string.IsNullOrWhiteSpace(text) ? SentChange.NotFound : await sent.AddAsync(reference, text, cancellationToken);
        switch (result)
        {
            case SentChange.Done:
                context.Say(wording.Text("consultation_addition_added"));
                return;
            case SentChange.Withdrawn:
                context.Say(wording.Text("consultation_sent_already_withdrawn"));
                return;
            default:
                context.Say(wording.WithReference(result == SentChange.Closed ? "consultation_sent_closed_contact_moviera" : "consultation_sent_not_changed", reference ?? string.Empty));
                context.Say(wording.Text("moviera_contact"));
                return;
        }
    }
}

/// <summary>"nee" to adding it: the held message is forgotten.</summary>
internal sealed class ForgetAdditionAction : IDialogAction
{
    public const string ActionName = "forget_addition_to_sent_consultation";

    public string Name => ActionName;

    public Task RunAsync(DialogActionContext context, CancellationToken cancellationToken)
    {
        context.Values.Remove(ConsultationValues.Addition);
        return Task.CompletedTask;
    }
}

/// <summary>
/// "wanneer bellen ze?" after sending: when, for this request (its urgency and whether a staff member has it), as DOMAIN.md
/// says it (the same working day when urgent; otherwise a working day, as soon as possible), with Veilig Thuis and 112.
/// </summary>
internal sealed class TellWhenMovieraContactsAction(SentConsultations sent) : IDialogAction
{
    public const string ActionName = "tell_when_moviera_contacts";

    public string Name => ActionName;

    public async Task RunAsync(DialogActionContext context, CancellationToken cancellationToken)
    {
        var wording = ConsultationWording.For(context);
        var record = await sent.FindAsync(context.Values.GetSingle(ConsultationValues.Reference), cancellationToken);
        switch (record)
        {
            case null:
                context.Say(wording.Text("consultation_who_and_when"));
                return;
            case { Status: ConsultationStatus.Withdrawn or ConsultationStatus.Closed }:
                context.Say(wording.WithReference("consultation_sent_status_" + record.Status.ToString().ToLowerInvariant(), record.Reference));
                break;
            case { Request.Contact.Way: ContactWay.PersonContactsMoviera }:
                context.Say(wording.Text("consultation_next_steps_self"));
                context.Say(wording.Text("moviera_contact"));
                break;
            case { Status: ConsultationStatus.Claimed }:
                context.Say(wording.WithReference("consultation_sent_status_claimed", record.Reference));
                break;
            default:
                context.Say(wording.Text("consultation_who_picks_up"));
                context.Say(wording.Optional("consultation_how_soon_" + record.Urgency.ToId()) ?? wording.Text("consultation_how_soon_information"));
                break;
        }

        context.Say(wording.Text("consultation_sooner"));
    }
}
