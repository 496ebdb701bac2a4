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
}
