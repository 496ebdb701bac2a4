using TakeABreak.Bot.Consultations;
using TakeABreak.Dialogs.Runtime;
using TakeABreak.Signalering.Consultations.Contact;

namespace TakeABreak.Bot.Teams.Actions;

/// <summary>The contact of a consultation request set to the Teams account the professional writes from ("teams_contact": account).</summary>
internal static class OwnTeamsAccount
{
    public const string Flag = "teams_contact";

    public static void Use(DialogValues values, TeamsUser user)
    {
        values.Set(Flag, "account");
        values.Set(ConsultationValues.ContactWay, ContactWay.Teams.ToId());
        values.Set(ConsultationValues.ContactAddress, TeamsAccount.Address(user.Name, user.ObjectId!));
        values.Set(ConsultationValues.ContactCheck, "valid");
    }
}
