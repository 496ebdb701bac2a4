using System.Text.Json.Nodes;

namespace TakeABreak.BotFramework.Schema;

public sealed record ResourceResponse(string? Id);

/// <summary>The synchronous answer to an <c>invoke</c> activity.</summary>
public sealed record InvokeResponse(int Status, JsonNode? Body = null);

/// <summary>The body returned for <c>deliveryMode: expectReplies</c>.</summary>
public sealed class ExpectedReplies
{
    public IList<Activity> Activities { get; set; } = [];
}

public sealed class ConversationParameters
{
    public bool? IsGroup { get; set; }
    public ChannelAccount? Bot { get; set; }
    public IList<ChannelAccount>? Members { get; set; }
    public string? TopicName { get; set; }
    public string? TenantId { get; set; }
    public Activity? Activity { get; set; }
    public JsonNode? ChannelData { get; set; }
}

public sealed class ConversationResourceResponse
{
    public string? Id { get; set; }
    public string? ActivityId { get; set; }
    public string? ServiceUrl { get; set; }
}
