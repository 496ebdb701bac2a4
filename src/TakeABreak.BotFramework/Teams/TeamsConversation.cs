using System.Text.Json.Nodes;
using TakeABreak.BotFramework.Schema;

namespace TakeABreak.BotFramework.Teams;

/// <summary>Where a Teams activity comes from: a personal chat, a team channel or a group chat, and which tenant.</summary>
public static class TeamsConversation
{
    public const string ChannelId = "msteams";

    public static bool IsTeams(Activity activity) =>
        string.Equals(activity.ChannelId, ChannelId, StringComparison.OrdinalIgnoreCase);

    /// <summary>A personal (one-to-one) chat; Teams omits the conversation type there in some activities, so missing means personal.</summary>
    public static bool IsPersonal(Activity activity) =>
        activity.Conversation?.ConversationType is null or "personal"
        && activity.Conversation?.IsGroup != true;

    /// <summary>The tenant from channelData.tenant.id, or from the conversation when channelData lacks it.</summary>
    public static string? TenantId(Activity activity) =>
        activity.ChannelData is JsonObject data && data["tenant"] is JsonObject tenant && tenant["id"] is JsonValue id && id.TryGetValue<string>(out var tenantId)
            ? tenantId
            : activity.Conversation?.TenantId;
}
