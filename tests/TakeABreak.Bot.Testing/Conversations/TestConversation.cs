using System.Text.Json.Nodes;
using TakeABreak.BotFramework.Schema;

namespace TakeABreak.Bot.Testing.Conversations;

/// <summary>The addressing of a test conversation, with the defaults of the Bot Framework TestAdapter.</summary>
public sealed class TestConversation(string conversationId, string userId, string? locale)
{
    public const string ChannelId = "test";
    public const string BotId = "bot";
    public const string ServiceUrl = "https://test.invalid/";

    private int _nextId;

    public string ConversationId { get; } = conversationId;

    public string UserId { get; } = userId;

    public string? Locale { get; set; } = locale;

    public Activity Message(string text) => new() { Type = ActivityTypes.Message, Text = text };

    public Activity Submit(JsonObject value) => new()
    {
        Type = ActivityTypes.Message,
        Value = value,
        ChannelData = new JsonObject { ["postBack"] = true },
    };

    public Activity ConversationUpdate() => new()
    {
        Type = ActivityTypes.ConversationUpdate,
        MembersAdded = [new ChannelAccount { Id = BotId, Name = "bot" }, new ChannelAccount { Id = UserId, Name = "user" }],
    };

    public Activity Complete(Activity activity)
    {
        activity.Id ??= $"{ConversationId}-{Interlocked.Increment(ref _nextId)}";
        activity.ChannelId ??= ChannelId;
        activity.ServiceUrl ??= ServiceUrl;
        activity.Conversation ??= new ConversationAccount { Id = ConversationId };
        activity.From ??= new ChannelAccount { Id = UserId, Name = "user", Role = RoleTypes.User };
        activity.Recipient ??= new ChannelAccount { Id = BotId, Name = "bot", Role = RoleTypes.Bot };
        activity.Locale ??= Locale;
        activity.Timestamp ??= DateTimeOffset.UtcNow;
        return activity;
    }
}
