using TakeABreak.Dialogs.Runtime;
using TakeABreak.Signalering.Consultations.Contact;

namespace TakeABreak.Bot.Consultations.Actions;

/// <summary>
/// Checks the contact address just typed: keeps it normalised when valid; a valid address of the other kind (a phone
/// number typed at the e-mail question, or the other way round) changes the way of contact to it, said in one line;
/// otherwise says what is wrong and asks again, and after three tries goes back to the choice of contact way
/// ("contact_check": valid, invalid, give_up; skipped when nothing was given).
/// </summary>
public abstract class CheckContactAction : IDialogAction
{
    private const int MaxAttempts = 3;

    public abstract string Name { get; }

    protected abstract string InvalidMessage { get; }

    /// <summary>True where the question can be skipped (the phone number): nothing given is "skipped", not a wrong address.</summary>
    protected virtual bool MayBeSkipped => false;

    public Task RunAsync(DialogActionContext context, CancellationToken cancellationToken)
    {
        var values = context.Values;
        if (MayBeSkipped && string.IsNullOrWhiteSpace(values.GetSingle(ConsultationValues.ContactAddress)))
        {
            // "overslaan", "liever niet": no address given on purpose, which is no wrong one.
            values.Remove(ConsultationValues.ContactAttempts);
            values.Set(ConsultationValues.ContactCheck, "skipped");
            return Task.CompletedTask;
        }

        if (TryNormalize(values.GetSingle(ConsultationValues.ContactAddress), out var normalized))
        {
            values.Set(ConsultationValues.ContactAddress, normalized);
            values.Set(ConsultationValues.ContactCheck, "valid");
            values.Remove(ConsultationValues.ContactAttempts);
            return Task.CompletedTask;
        }

        if (OtherWay(values.GetSingle(ConsultationValues.ContactAddress)) is { } other)
        {
            values.Set(ConsultationValues.ContactWay, other.Way);
            values.Set(ConsultationValues.ContactAddress, other.Address);
            values.Set(ConsultationValues.ContactCheck, "valid");
            values.Remove(ConsultationValues.ContactAttempts);
            context.Say(ConsultationWording.For(context).Text(other.Said).Replace("{0}", other.Address, StringComparison.Ordinal));
            return Task.CompletedTask;
        }

        values.Remove(ConsultationValues.ContactAddress);
        var attempts = int.TryParse(values.GetSingle(ConsultationValues.ContactAttempts), out var count) ? count + 1 : 1;
        var wording = ConsultationWording.For(context);
        if (attempts >= MaxAttempts)
        {
            values.Remove(ConsultationValues.ContactAttempts);
            values.Set(ConsultationValues.ContactCheck, "give_up");
            context.Say(wording.Text("consultation_contact_give_up"));
            return Task.CompletedTask;
        }

        values.Set(ConsultationValues.ContactAttempts, attempts.ToString(System.Globalization.CultureInfo.InvariantCulture));
        values.Set(ConsultationValues.ContactCheck, "invalid");
        context.Say(wording.Text(InvalidMessage));
        return Task.CompletedTask;
    }

    protected abstract bool TryNormalize(string? typed, out string normalized);

    /// <summary>A valid address of another way of contact in what was typed: the way id, the address and the string that says so.</summary>
    protected virtual (string Way, string Address, string Said)? OtherWay(string? typed) => null;
}

public sealed class CheckContactPhoneAction : CheckContactAction
{
    public const string ActionName = "check_contact_phone";

    public override string Name => ActionName;

    protected override string InvalidMessage => "consultation_phone_invalid";

    protected override bool MayBeSkipped => true;

    protected override bool TryNormalize(string? typed, out string normalized) => PhoneNumber.TryNormalize(typed, out normalized);

    /// <summary>"sanne@example.org" at "Wat is je telefoonnummer?": Moviera mails instead.</summary>
    protected override (string Way, string Address, string Said)? OtherWay(string? typed) =>
        TypedContact.TryEmail(typed, out var email) ? (ContactWay.Email.ToId(), email, "consultation_contact_is_email") : null;
}

public sealed class CheckContactEmailAction : CheckContactAction
{
    public const string ActionName = "check_contact_email";

    public override string Name => ActionName;

    protected override string InvalidMessage => "consultation_email_invalid";

    protected override bool TryNormalize(string? typed, out string normalized) => EmailAddress.TryNormalize(typed, out normalized);

    /// <summary>"0612345678" at "Wat is je e-mailadres?": Moviera calls instead.</summary>
    protected override (string Way, string Address, string Said)? OtherWay(string? typed) =>
        TypedContact.TryPhone(typed, out var phone) ? (ContactWay.Phone.ToId(), phone, "consultation_contact_is_phone") : null;
}
