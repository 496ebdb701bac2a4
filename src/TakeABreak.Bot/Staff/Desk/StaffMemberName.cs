namespace TakeABreak.Bot.Staff.Desk;

/// <summary>
/// How a staff member is named on a request. The audit trail and the assignee keep the full name, which holds the Entra
/// object id that proves who it was when there is one ("Mira Jansen (Teams 0000…)" from a card, "mira@moviera.nl (Entra
/// 0000…)" from the page); a card or a notice shows the name alone. The object id makes the two one person: who claimed a
/// request on its card can close it on the page, and the other way round. A Teams account without a display name is
/// "(Teams 0000…)": no name to show, and still the same person.
/// </summary>
public static class StaffMemberName
{
    private static readonly string[] Markers = ["(Teams ", "(Entra "];

    /// <summary>How a Teams account without a display name was named before: "Teams 0000…", without the marker.</summary>
    private const string UnnamedBefore = "Teams ";

    public static string ForTeams(string? displayName, string? objectId) =>
        $"{displayName?.Trim()} {Markers[0]}{objectId ?? "unknown"})".TrimStart();

    public static string ForEntra(string name, string objectId) => $"{name} {Markers[1]}{objectId})";

    /// <summary>The name alone; empty for a Teams account that has no display name.</summary>
    public static string Display(string staffMember) =>
        Marked(staffMember) is { } marker ? staffMember[..marker.At].TrimEnd()
        : UnnamedObjectId(staffMember) is not null ? string.Empty
        : staffMember;

    /// <summary>True when both name the same staff member: the same name, or the same Entra object id.</summary>
    public static bool Same(string? one, string? other) =>
        one is not null && other is not null
        && (string.Equals(one, other, StringComparison.OrdinalIgnoreCase)
            || (ObjectId(one) is { } id && string.Equals(id, ObjectId(other), StringComparison.OrdinalIgnoreCase)));

    private static string? ObjectId(string staffMember) =>
        Marked(staffMember) is { } marker ? staffMember[(marker.At + marker.Length)..^1] : UnnamedObjectId(staffMember);

    private static string? UnnamedObjectId(string staffMember) =>
        staffMember.StartsWith(UnnamedBefore, StringComparison.Ordinal) && Guid.TryParse(staffMember[UnnamedBefore.Length..], out _)
            ? staffMember[UnnamedBefore.Length..]
            : null;

    private static (int At, int Length)? Marked(string staffMember)
    {
        if (!staffMember.EndsWith(')'))
        {
            return null;
        }

        foreach (var marker in Markers)
        {
            var at = staffMember.LastIndexOf(marker, StringComparison.Ordinal);
            if (at == 0 || (at > 0 && staffMember[at - 1] == ' '))
            {
                return (at, marker.Length);
            }
        }

        return null;
    }
}
