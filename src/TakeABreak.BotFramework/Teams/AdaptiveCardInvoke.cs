using System.Text.Json.Nodes;
using TakeABreak.BotFramework.Schema;

namespace TakeABreak.BotFramework.Teams;

/// <summary>
/// Universal Actions for Adaptive Cards: an <c>Action.Execute</c> arrives as an <c>invoke</c> named
/// <c>adaptiveCard/action</c> with <c>value.action.verb</c> and <c>value.action.data</c>, and is answered synchronously
/// with an invoke response whose body says what the client shows: a refreshed card, a message, or an error.
/// </summary>
public static class AdaptiveCardInvoke
{
    public const string Name = "adaptiveCard/action";
    public const string CardResponseType = Attachment.AdaptiveCardContentType;
    public const string MessageResponseType = "application/vnd.microsoft.activity.message";
    public const string ErrorResponseType = "application/vnd.microsoft.error";

    public static bool IsAction(Activity activity) =>
        activity.IsType(ActivityTypes.Invoke) && string.Equals(activity.Name, Name, StringComparison.Ordinal);

    /// <summary>The verb of the <c>Action.Execute</c>, or null when the invoke carries none.</summary>
    public static string? Verb(Activity activity) =>
        activity.Value is JsonObject value && value["action"] is JsonObject action && action["verb"] is JsonValue verb && verb.TryGetValue<string>(out var text)
            ? text
            : null;

    /// <summary>The <c>data</c> of the <c>Action.Execute</c> merged with the card's inputs, as the client sends it.</summary>
    public static JsonObject Data(Activity activity) =>
        activity.Value is JsonObject value && value["action"] is JsonObject action && action["data"] is JsonObject data ? data : [];

    /// <summary>The client replaces the card with this one.</summary>
    public static InvokeResponse Card(JsonObject card) => Body(200, CardResponseType, card.DeepClone());

    /// <summary>The client shows this short message and leaves the card as it is.</summary>
    public static InvokeResponse Message(string text) => Body(200, MessageResponseType, JsonValue.Create(text));

    /// <summary>A documented error: 400 (bad request) or 500 (the bot failed), with a code and a message for the user.</summary>
    public static InvokeResponse Error(int statusCode, string code, string message) =>
        Body(statusCode, ErrorResponseType, new JsonObject { ["code"] = code, ["message"] = message });

    private static InvokeResponse Body(int statusCode, string type, JsonNode? value) =>
        new(200, new JsonObject { ["statusCode"] = statusCode, ["type"] = type, ["value"] = value });
}
