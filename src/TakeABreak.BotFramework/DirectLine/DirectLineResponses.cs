using System.Text.Json.Serialization;

namespace TakeABreak.BotFramework.DirectLine;

/// <summary>The Direct Line 3.0 <c>Conversation</c> object, as tokens/generate, tokens/refresh and conversations return it.</summary>
public sealed record DirectLineConversationResponse(
    [property: JsonPropertyName("conversationId")] string ConversationId,
    [property: JsonPropertyName("token")] string Token,
    [property: JsonPropertyName("expires_in")] int ExpiresIn,
    [property: JsonPropertyName("streamUrl")] string? StreamUrl = null);

/// <summary>The Direct Line error body: <c>{"error":{"code","message"}}</c>.</summary>
public sealed record DirectLineError(DirectLineErrorDetail Error)
{
    public static DirectLineError Of(string code, string message) => new(new DirectLineErrorDetail(code, message));
}

public sealed record DirectLineErrorDetail(string Code, string Message);

/// <summary>The optional body of tokens/generate and of a conversation started with the secret.</summary>
public sealed record DirectLineTokenParameters(DirectLineTokenUser? User);

public sealed record DirectLineTokenUser(string? Id, string? Name);
