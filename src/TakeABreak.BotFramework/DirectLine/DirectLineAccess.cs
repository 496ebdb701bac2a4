using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;

namespace TakeABreak.BotFramework.DirectLine;

/// <summary>
/// Who is calling: the secret, or a token bound to one conversation. Applies the rate limits per client address and
/// per token on the way. Missing credential → 401, wrong or expired → 403, another conversation → 403,
/// a conversation that is gone → 404, too many requests → 429.
/// </summary>
public sealed class DirectLineAccess(
    DirectLineTokens tokens, DirectLineConversations conversations, DirectLineRateLimiter limiter, IOptions<DirectLineOptions> options, TimeProvider timeProvider)
{
    public DirectLineCaller Authenticate(HttpContext http) => Authenticate(http, BearerOf(http.Request), conversationId: null, allowSecret: true);

    public DirectLineCaller AuthenticateToken(HttpContext http, string? conversationId) =>
        Authenticate(http, BearerOf(http.Request), conversationId, allowSecret: false);

    /// <summary>For the WebSocket stream, whose URL carries the token because browsers cannot set its headers.</summary>
    public DirectLineCaller AuthenticateStream(HttpContext http, string conversationId) =>
        Authenticate(http, http.Request.Query["t"].ToString(), conversationId, allowSecret: false);

    private DirectLineCaller Authenticate(HttpContext http, string? credential, string? conversationId, bool allowSecret)
    {
        var address = http.Connection.RemoteIpAddress?.ToString() ?? "unknown";
        if (!limiter.TryAcquire($"ip:{address}", options.Value.RequestsPerMinutePerAddress))
        {
            return DirectLineCaller.Failed(DirectLineResults.TooManyRequests("Too many requests from this address."));
        }

        if (string.IsNullOrEmpty(credential))
        {
            return DirectLineCaller.Failed(DirectLineResults.Unauthorized());
        }

        if (tokens.IsSecret(credential))
        {
            return allowSecret
                ? new DirectLineCaller(null, true, null, null, null, 0)
                : DirectLineCaller.Failed(DirectLineResults.Forbidden("Use a token for this conversation, not the secret."));
        }

        var grant = tokens.Read(credential);
        if (grant is null)
        {
            return DirectLineCaller.Failed(DirectLineResults.Forbidden("The token is not valid or has expired."));
        }

        if (conversationId is not null && !string.Equals(conversationId, grant.ConversationId, StringComparison.Ordinal))
        {
            return DirectLineCaller.Failed(DirectLineResults.Forbidden("The token is not valid for this conversation."));
        }

        if (!limiter.TryAcquire($"token:{credential[(credential.LastIndexOf('.') + 1)..]}", options.Value.RequestsPerMinutePerToken))
        {
            return DirectLineCaller.Failed(DirectLineResults.TooManyRequests("Too many requests with this token."));
        }

        var conversation = conversations.Find(grant.ConversationId);
        if (conversation is null)
        {
            return DirectLineCaller.Failed(DirectLineResults.NotFound());
        }

        var expiresIn = (int)Math.Max(0, (grant.ExpiresAt - timeProvider.GetUtcNow()).TotalSeconds);
        return new DirectLineCaller(null, false, conversation, grant.UserId, credential, expiresIn);
    }

    private static string? BearerOf(HttpRequest request)
    {
        var header = request.Headers.Authorization.ToString();
        return header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase) ? header["Bearer ".Length..].Trim() : null;
    }
}

/// <summary>The outcome of <see cref="DirectLineAccess"/>: a failure to return, or what the caller may use.</summary>
public sealed record DirectLineCaller(IResult? Failure, bool IsSecret, DirectLineConversation? Conversation, string? UserId, string? Token, int ExpiresInSeconds)
{
    public static DirectLineCaller Failed(IResult failure) => new(failure, false, null, null, null, 0);
}
