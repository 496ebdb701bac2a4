namespace TakeABreak.BotFramework.Schema;

public static class ActivityTypes
{
    public const string Message = "message";
    public const string ConversationUpdate = "conversationUpdate";
    public const string Event = "event";
    public const string Invoke = "invoke";
    public const string InvokeResponse = "invokeResponse";
    public const string Typing = "typing";
    public const string EndOfConversation = "endOfConversation";
    public const string InstallationUpdate = "installationUpdate";
    public const string MessageReaction = "messageReaction";
    public const string MessageUpdate = "messageUpdate";
    public const string MessageDelete = "messageDelete";
    public const string ContactRelationUpdate = "contactRelationUpdate";
    public const string DeleteUserData = "deleteUserData";
    public const string Handoff = "handoff";
    public const string Trace = "trace";

    private static readonly HashSet<string> Known = new(StringComparer.OrdinalIgnoreCase)
    {
        Message, ConversationUpdate, Event, Invoke, Typing, EndOfConversation, InstallationUpdate,
        MessageReaction, MessageUpdate, MessageDelete, ContactRelationUpdate, DeleteUserData, Handoff, Trace,
    };

    public static bool IsKnown(string? type) => type is not null && Known.Contains(type);
}

public static class InputHints
{
    public const string AcceptingInput = "acceptingInput";
    public const string ExpectingInput = "expectingInput";
    public const string IgnoringInput = "ignoringInput";
}

public static class DeliveryModes
{
    public const string Normal = "normal";
    public const string ExpectReplies = "expectReplies";
}

public static class ActionTypes
{
    public const string ImBack = "imBack";
    public const string PostBack = "postBack";
    public const string MessageBack = "messageBack";
    public const string OpenUrl = "openUrl";
    public const string Call = "call";
}

public static class RoleTypes
{
    public const string User = "user";
    public const string Bot = "bot";
}
