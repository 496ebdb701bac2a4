namespace TakeABreak.Bot.Staff.Desk;

/// <summary>
/// How a staff member is named on a request. The audit trail and the assignee keep the full name, which holds the Entra
/// object id that proves who it was when there is one ("Mira Jansen (Teams 0000…)" from a card, "mira@moviera.nl (Entra
/// 0000…)" from the page); a card or a notice shows the name alone. The object id makes the two one person: who claimed a
/// request on its card can close it on the page, and the other way round.
/// </summary>
public static class StaffMemberName
{
    private static readonly string[] Markers = [" (Teams ", " (Entra "];

    public static string ForTeams(string? displayName, string? objectId) =>
        displayName is { Length: > 0 } ? $"{displayName} (Teams {objectId})" : $"Teams {objectId ?? "unknown"}";

    public static string ForEntra(string name, string objectId) => $"{name} (Entra {objectId})";

    public static string Display(string staffMember) =>
        Marked(staffMember) is { } marker ? staffMember[..marker.At] : staffMember;

    /// <summary>True when both name the same staff member: the same name, or the same Entra object id.</summary>
    public static bool Same(string? one, string? other) =>
        one is not null && other is not null
        && (string.Equals(one, other, StringComparison.OrdinalIgnoreCase)
            || (ObjectId(one) is { } id && string.Equals(id, ObjectId(other), StringComparison.OrdinalIgnoreCase)));

    private static string? ObjectId(string staffMember) =>
        Marked(staffMember) is { } marker ? staffMember[(marker.At + marker.Length)..^1] : null;

    private static (int At, int Length)? Marked(string staffMember)
    {
        if (!staffMember.EndsWith(')'))
        {
            return null;
        }

        foreach (var marker in Markers)
        {
            var at = staffMember.LastIndexOf(marker, StringComparison.Ordinal);
            if (at > 0)
            {
                return (at, marker.Length);
            }
        }

        return null;
    }
}
