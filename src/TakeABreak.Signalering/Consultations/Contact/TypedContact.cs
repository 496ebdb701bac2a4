namespace TakeABreak.Signalering.Consultations.Contact;

/// <summary>
/// A phone number or an e-mail address typed inside a message ("bel me op 06 12345678", "mail me liever op sanne@example.org"):
/// found as typed, a phone number before an e-mail address, and checked and normalised (<see cref="PhoneNumber"/>,
/// <see cref="EmailAddress"/>). The one place that reads them from a message: the new address while a request is made,
/// an address of the other way at the phone or e-mail question, a message that only gives contact details, and the safe
/// moment that leaves them out.
/// </summary>
public static class TypedContact
{
    /// <summary>The phone number typed in the message, or else its e-mail address, as typed; null when it holds neither.</summary>
    public static string? Find(string? text) => PhoneNumber.Find(text) ?? EmailAddress.Find(text);

    /// <summary>The phone number and the e-mail address typed in the message, as typed (those it holds).</summary>
    public static IReadOnlyList<string> FindAll(string? text) => new[] { PhoneNumber.Find(text), EmailAddress.Find(text) }.OfType<string>().ToList();

    /// <summary>A valid phone number typed in the message, normalised (+31…); false when it holds none.</summary>
    public static bool TryPhone(string? text, out string phone) => PhoneNumber.TryNormalize(PhoneNumber.Find(text), out phone);

    /// <summary>A valid e-mail address typed in the message, normalised; false when it holds none.</summary>
    public static bool TryEmail(string? text, out string email) => EmailAddress.TryNormalize(EmailAddress.Find(text), out email);

    /// <summary>A valid phone number typed in the message, or else a valid e-mail address: the way and the normalised address.</summary>
    public static (ContactWay Way, string Address)? Valid(string? text) =>
        TryPhone(text, out var phone) ? (ContactWay.Phone, phone)
        : TryEmail(text, out var email) ? (ContactWay.Email, email)
        : null;
}
