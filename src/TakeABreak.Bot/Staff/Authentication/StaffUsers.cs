using System.Security.Claims;
using TakeABreak.Bot.Staff.Desk;

namespace TakeABreak.Bot.Staff.Authentication;

/// <summary>Who a signed-in user is for the audit trail, and whether they are Moviera staff (app role or group).</summary>
public static class StaffUsers
{
    private const string ObjectIdClaim = "http://schemas.microsoft.com/identity/claims/objectidentifier";

    /// <summary>The user's name, with their Entra object id when the sign-in gives one (the same person as on a Teams card).</summary>
    public static string NameOf(ClaimsPrincipal user)
    {
        var name = user.FindFirst("preferred_username")?.Value
            ?? user.Identity?.Name
            ?? user.FindFirst("name")?.Value
            ?? user.FindFirst(ClaimTypes.NameIdentifier)?.Value
            ?? "unknown";
        return (user.FindFirst("oid") ?? user.FindFirst(ObjectIdClaim))?.Value is { Length: > 0 } objectId ? StaffMemberName.ForEntra(name, objectId) : name;
    }

    public static bool IsStaff(ClaimsPrincipal user, StaffOptions options)
    {
        if (user.Identity?.IsAuthenticated != true)
        {
            return false;
        }

        var hasRole = user.Claims.Any(claim => claim.Type is ClaimTypes.Role or "roles" && claim.Value == options.RoleName);
        var inGroup = !string.IsNullOrWhiteSpace(options.GroupId)
            && user.Claims.Any(claim => claim.Type == "groups" && string.Equals(claim.Value, options.GroupId, StringComparison.OrdinalIgnoreCase));
        return hasRole || inGroup;
    }
}
