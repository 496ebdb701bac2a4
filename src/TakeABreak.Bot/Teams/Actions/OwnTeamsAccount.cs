using TakeABreak.Bot.Consultations;
using TakeABreak.Dialogs.Runtime;
using TakeABreak.Signalering.Consultations.Contact;

namespace TakeABreak.Bot.Teams.Actions;

/// <summary>The contact of a consultation request set to the Teams account the professional writes from ("teams_contact": account).</summary>
internal static class OwnTeamsAccount
{
    public const string Flag = "teams_contact";

    /// <summary>
    /// True when Moviera's staff can find the account they write from: Teams sent its object id and a display name. The
    /// staff are shown the name only, so an account without one is asked for another way (a work e-mail address in Teams).
    /// </summary>
    public static bool Findable(TeamsUser user) => user.ObjectId is not null && !string.IsNullOrWhiteSpace(user.Name);

    public static void Use(DialogValues values, TeamsUser user)
    {
        values.Set(Flag, "account");
        values.Set(ConsultationValues.ContactWay, ContactWay.Teams.ToId());
        values.Set(ConsultationValues.ContactAddress, TeamsAccount.Address(user.Name, user.ObjectId!));
        values.Set(ConsultationValues.ContactCheck, "valid");
    }
}
