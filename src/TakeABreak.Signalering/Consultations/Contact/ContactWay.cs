namespace TakeABreak.Signalering.Consultations.Contact;

/// <summary>How the person wants to be reached.</summary>
public enum ContactWay
{
    Phone,
    Email,
    Teams,

    /// <summary>The person contacts Moviera themselves, with the reference; no contact details are kept.</summary>
    PersonContactsMoviera,
}

public static class ContactWayIds
{
    public static string ToId(this ContactWay way) => way switch
    {
        ContactWay.Phone => "phone",
        ContactWay.Email => "email",
        ContactWay.Teams => "teams",
        ContactWay.PersonContactsMoviera => "self",
        _ => throw new ArgumentOutOfRangeException(nameof(way), way, "Not a contact way."),
    };

    public static ContactWay? Parse(string? id) => id switch
    {
        "phone" => ContactWay.Phone,
        "email" => ContactWay.Email,
        "teams" => ContactWay.Teams,
        "self" => ContactWay.PersonContactsMoviera,
        _ => null,
    };
}
