using TakeABreak.BotFramework.Schema;

namespace TakeABreak.Bot.Teams;

/// <summary>Who is writing in this turn's Teams personal chat (scoped per turn), for actions that need their Teams account.</summary>
public sealed class TeamsUser
{
    /// <summary>Their Microsoft Entra object id; null outside Teams.</summary>
    public string? ObjectId { get; private set; }

    /// <summary>Their display name in Teams, when Teams sent it.</summary>
    public string? Name { get; private set; }

    internal void From(ChannelAccount? account)
    {
        ObjectId = account?.AadObjectId;
        Name = account?.Name;
    }
}
