using System.Security.Claims;

namespace TakeABreak.Bot.Staff.Authentication;

/// <summary>Who a signed-in user is for the audit trail, and whether they are Moviera staff (app role or group).</summary>
public static class StaffUsers
{
    public static string NameOf(ClaimsPrincipal user) =>
        user.FindFirst("preferred_username")?.Value
        ?? user.Identity?.Name
        ?? user.FindFirst("name")?.Value
        ?? user.FindFirst(ClaimTypes.NameIdentifier)?.Value
        ?? "unknown";

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
