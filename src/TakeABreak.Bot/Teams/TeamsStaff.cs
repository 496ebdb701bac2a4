using Microsoft.Extensions.Options;
using TakeABreak.Bot.Staff.Desk;
using TakeABreak.BotFramework.Schema;

namespace TakeABreak.Bot.Teams;

/// <summary>Whether the sender of a Teams activity is Moviera staff (<see cref="TeamsOptions.StaffObjectIds"/>), and how the audit names them.</summary>
public sealed class TeamsStaff(IOptionsMonitor<TeamsOptions> options)
{
    public bool IsStaff(Activity activity) =>
        activity.From?.AadObjectId is { Length: > 0 } objectId
        && options.CurrentValue.StaffObjectIds.Contains(objectId, StringComparer.OrdinalIgnoreCase);

    /// <summary>The name the audit trail and the card show: the Teams display name, with the object id that proves who it was.</summary>
    public static string NameOf(Activity activity) =>
        StaffMemberName.ForTeams(activity.From?.Name, activity.From?.AadObjectId);
}
