namespace TakeABreak.BotFramework.DirectLine;

/// <summary>What a token grants: one conversation, as one user, until it expires.</summary>
public sealed record DirectLineToken(string ConversationId, string UserId, DateTimeOffset ExpiresAt);

/// <summary>A token as it leaves the server.</summary>
public sealed record IssuedDirectLineToken(string Token, DirectLineToken Grant, int ExpiresInSeconds);
