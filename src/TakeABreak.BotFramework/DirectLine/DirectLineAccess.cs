using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;

namespace TakeABreak.BotFramework.DirectLine;

/// <summary>
/// Who is calling: the secret, or a token bound to one conversation. Applies the rate limits per client address and
/// per token on the way. Missing credential → 401, wrong or expired → 403, another conversation → 403,
/// a conversation that is gone → 404, too many requests → 429 with Retry-After. Only <see cref="AuthenticateToOpen"/>
/// (<c>POST /conversations</c>) opens the conversation a token names and so takes a slot.
/// </summary>
public sealed class DirectLineAccess(
    DirectLineTokens tokens,
    DirectLineConversations conversations,
    DirectLineRateLimiter limiter,
    DirectLineStreamTickets streamTickets,
    IOptions<DirectLineOptions> options,
    TimeProvider timeProvider)
{
    public DirectLineCaller Authenticate(HttpContext http) => Authenticate(http, BearerOf(http.Request), conversationId: null, allowSecret: true, open: false);

    /// <summary>Only the secret will do (tokens/generate); a token gets 403 without its conversation being looked up.</summary>
    public DirectLineCaller AuthenticateSecret(HttpContext http)
    {
        var credential = BearerOf(http.Request);
        if (!string.IsNullOrEmpty(credential) && !tokens.IsSecret(credential))
        {
            var address = AddressOf(http);
            return limiter.TryAcquire($"ip:{address}", options.Value.RequestsPerMinutePerAddress, out var retryAfter)
                ? DirectLineCaller.Failed(DirectLineResults.Forbidden("tokens/generate needs the Direct Line secret."))
                : DirectLineCaller.Failed(DirectLineResults.TooManyRequests("Too many requests from this address.", retryAfter));
        }

        return Authenticate(http);
    }

    /// <summary>The secret, or a token whose conversation is opened (taking a slot) if it is not held yet.</summary>
    public DirectLineCaller AuthenticateToOpen(HttpContext http) => Authenticate(http, BearerOf(http.Request), conversationId: null, allowSecret: true, open: true);

    public DirectLineCaller AuthenticateToken(HttpContext http, string? conversationId) =>
        Authenticate(http, BearerOf(http.Request), conversationId, allowSecret: false, open: false);

    /// <summary>For the WebSocket stream, whose URL carries a one-time ticket for the token because browsers cannot set its headers.</summary>
    public DirectLineCaller AuthenticateStream(HttpContext http, string conversationId) =>
        Authenticate(http, streamTickets.Redeem(http.Request.Query["t"].ToString()), conversationId, allowSecret: false, open: false);

    /// <summary>Opens a conversation for the secret holder (who starts conversations without a token).</summary>
    public DirectLineCaller OpenForSecret(HttpContext http, DirectLineGrant grant)
    {
        var address = AddressOf(http);
        if (!limiter.TryAcquire($"open:{address}", options.Value.ConversationOpensPerMinutePerAddress, out var retryAfter))
        {
            return DirectLineCaller.Failed(DirectLineResults.TooManyRequests("Too many new conversations from this address.", retryAfter));
        }

        var conversation = conversations.Open(grant, address);
        return conversation is null
            ? DirectLineCaller.Failed(DirectLineResults.Busy(BusyRetryAfter))
            : new DirectLineCaller(null, true, conversation, grant.UserId, null, 0);
    }

    /// <summary>Retry-After of the 503 when every slot is taken: the soonest an unused conversation can expire.</summary>
    private TimeSpan BusyRetryAfter => options.Value.UnusedConversationTimeout;

    private static string AddressOf(HttpContext http) => http.Connection.RemoteIpAddress?.ToString() ?? "unknown";

    private DirectLineCaller Authenticate(HttpContext http, string? credential, string? conversationId, bool allowSecret, bool open)
    {
        var address = AddressOf(http);
        if (!limiter.TryAcquire($"ip:{address}", options.Value.RequestsPerMinutePerAddress, out var addressRetryAfter))
        {
            return DirectLineCaller.Failed(DirectLineResults.TooManyRequests("Too many requests from this address.", addressRetryAfter));
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

        if (!limiter.TryAcquire($"token:{credential[(credential.LastIndexOf('.') + 1)..]}", options.Value.RequestsPerMinutePerToken, out var tokenRetryAfter))
        {
            return DirectLineCaller.Failed(DirectLineResults.TooManyRequests("Too many requests with this token.", tokenRetryAfter));
        }

        var conversation = conversations.Find(grant.ConversationId);
        if (conversation is null && open)
        {
            if (!limiter.TryAcquire($"open:{address}", options.Value.ConversationOpensPerMinutePerAddress, out var openRetryAfter))
            {
                return DirectLineCaller.Failed(DirectLineResults.TooManyRequests("Too many new conversations from this address.", openRetryAfter));
            }

            conversation = conversations.Open(new DirectLineGrant(grant.ConversationId, grant.UserId), address);
            if (conversation is null)
            {
                return DirectLineCaller.Failed(DirectLineResults.Busy(BusyRetryAfter));
            }
        }

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
