namespace TakeABreak.Bot.Teams;

/// <summary>How the bot behaves in Microsoft Teams.</summary>
public sealed class TeamsOptions
{
    public const string SectionName = "Teams";

    /// <summary>
    /// Microsoft Entra tenant ids whose users may talk to the bot in Teams. Empty (the default) allows every tenant that
    /// can install the app; set it in production to Moviera's tenant and those of partner organisations.
    /// </summary>
    public IList<string> AllowedTenants { get; init; } = [];

    /// <summary>
    /// Microsoft Entra object ids of the Moviera staff who may link a Teams channel as the consultation inbox and claim
    /// or close requests from its cards (the <c>from.aadObjectId</c> Teams sends with every activity). Empty: nobody can.
    /// </summary>
    public IList<string> StaffObjectIds { get; init; } = [];
}
