using TakeABreak.Bot.Consultations.Submission;
using TakeABreak.Dialogs.Runtime;
using TakeABreak.Signalering.Consultations.Contact;

namespace TakeABreak.Bot.Consultations.Actions;

/// <summary>
/// "my new number is 06 12345678", "mail me liever op sanne@example.org" while the request is made, once an address was given:
/// the number (the way becomes a phone call) or the e-mail address is taken from the message, checked and kept, and said
/// back; once the summary was shown it is shown again, so nothing is sent that the person did not see. A message without a
/// valid number or address changes nothing and says how to change it.
/// </summary>
internal sealed class TakeNewContactAction(ConsultationTurn turn, ConsultationRequestBuilder builder, ConsultationSummary summary, TimeProvider timeProvider) : IDialogAction
{
    public const string ActionName = "take_new_contact";

    public string Name => ActionName;

    public Task RunAsync(DialogActionContext context, CancellationToken cancellationToken)
    {
        var text = turn.Context?.Activity.Text ?? string.Empty;
        var wording = ConsultationWording.For(context);
        var values = context.Values;
        if (TypedContact.Valid(text) is not { } typed)
        {
            context.Say(wording.Text("consultation_new_contact_not_found"));
            return Task.CompletedTask;
        }

        // An e-mail address in Teams stays a Teams contact with that address.
        if (typed.Way == ContactWay.Phone || values.GetSingle(ConsultationValues.ContactWay) != ContactWay.Teams.ToId())
        {
            values.Set(ConsultationValues.ContactWay, typed.Way.ToId());
        }

        values.Set(ConsultationValues.ContactAddress, typed.Address);

        values.Set(ConsultationValues.ContactCheck, "valid");
        values.Remove(ConsultationValues.ContactAttempts);
        context.Say(wording.Text("consultation_new_contact_taken").Replace("{0}", values.GetSingle(ConsultationValues.ContactAddress), StringComparison.Ordinal));
        if (values.Has(ConsultationValues.RequestId))
        {
            context.Say(summary.Render(builder.Build(values, "preview", string.Empty, timeProvider.GetUtcNow()), context.Locale));
        }

        return Task.CompletedTask;
    }
}
