namespace TakeABreak.Bot.Staff;

/// <summary>Who may use /staff (configuration section "Staff").</summary>
public sealed class StaffOptions
{
    public const string SectionName = "Staff";

    /// <summary>The app role (Entra ID "roles" claim) that makes someone Moviera staff. Default: "Moviera.Staff".</summary>
    public string RoleName { get; set; } = "Moviera.Staff";

    /// <summary>Alternatively: the object id of an Entra ID group whose members are staff ("groups" claim).</summary>
    public string? GroupId { get; set; }

    /// <summary>
    /// Microsoft Entra ID sign-in (Microsoft.Identity.Web: Instance, TenantId, ClientId, CallbackPath…), section
    /// "Staff:EntraId". Required outside Development; the client secret comes from Key Vault / App Service settings.
    /// </summary>
    public const string EntraIdSectionName = "Staff:EntraId";

    /// <summary>Development only: staff sign in with a name and password from configuration.</summary>
    public List<LocalStaffUser> LocalUsers { get; set; } = [];
}

/// <param name="IsStaff">False makes a signed-in user without the staff role (to try the 403 path).</param>
public sealed class LocalStaffUser
{
    public string UserName { get; set; } = string.Empty;

    public string Password { get; set; } = string.Empty;

    public bool IsStaff { get; set; } = true;

    /// <summary>Optional: the Entra object id this user stands for (as Entra ID's "oid"), to try a request claimed on a Teams card.</summary>
    public string? ObjectId { get; set; }
}
