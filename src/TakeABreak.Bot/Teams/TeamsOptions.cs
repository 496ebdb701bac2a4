namespace TakeABreak.Bot.Teams;

/// <summary>How the bot behaves in Microsoft Teams.</summary>
public sealed class TeamsOptions
{
    public const string SectionName = "Teams";

    /// <summary>
    /// Microsoft Entra tenant ids whose users may talk to the bot in Teams: a list (Teams:AllowedTenants:0, :1, ...) or
    /// one space-separated value (as the Bicep templates set it). Empty (the default) allows every tenant that
    /// can install the app; set it in production to Moviera's tenant and those of partner organisations.
    /// </summary>
    public IList<string> AllowedTenants { get; set; } = [];

    /// <summary>
    /// Microsoft Entra object ids of the Moviera staff who may link a Teams channel as the consultation inbox and claim
    /// or close requests from its cards (the <c>from.aadObjectId</c> Teams sends with every activity): a list or one
    /// space-separated value. Empty: nobody can.
    /// </summary>
    public IList<string> StaffObjectIds { get; set; } = [];

    /// <summary>Takes the lists given as one space-separated value.</summary>
    internal void ReadSpaceSeparatedLists(IConfigurationSection section)
    {
        AllowedTenants = Split(section[nameof(AllowedTenants)]) ?? AllowedTenants;
        StaffObjectIds = Split(section[nameof(StaffObjectIds)]) ?? StaffObjectIds;
    }

    private static List<string>? Split(string? single) =>
        string.IsNullOrWhiteSpace(single) ? null : [.. single.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)];
}
