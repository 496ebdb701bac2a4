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

    /// <summary>The team channel a channel activity comes from (channelData.channel.id), or null.</summary>
    public static string? ChannelOf(Activity activity) => Text(activity.ChannelData, "channel", "id");

    /// <summary>The team a channel activity comes from (channelData.team.id), or null.</summary>
    public static string? TeamOf(Activity activity) => Text(activity.ChannelData, "team", "id");

    /// <summary>
    /// What the Connector's create-conversation call needs to start a new thread in a team channel with
    /// <paramref name="activity"/> as its first post (a proactive message).
    /// </summary>
    public static ConversationParameters NewChannelThread(string channelId, string? tenantId, Activity activity) => new()
    {
        IsGroup = true,
        TenantId = tenantId,
        Activity = activity,
        ChannelData = new JsonObject
        {
            ["channel"] = new JsonObject { ["id"] = channelId },
            ["tenant"] = tenantId is null ? null : new JsonObject { ["id"] = tenantId },
        },
    };

    private static string? Text(JsonNode? data, string section, string field) =>
        data is JsonObject root && root[section] is JsonObject part && part[field] is JsonValue value && value.TryGetValue<string>(out var text) ? text : null;
}
