using Microsoft.Extensions.Options;
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
        activity.From?.Name is { Length: > 0 } name ? $"{name} (Teams {activity.From.AadObjectId})" : $"Teams {activity.From?.AadObjectId ?? "unknown"}";
}
