namespace TakeABreak.Bot.Widget;

/// <summary>Gets the page a Direct Line token, so the page never needs the secret.</summary>
public interface IWidgetTokenSource
{
    Task<WidgetToken> GetTokenAsync(HttpContext http, CancellationToken cancellationToken);
}

/// <summary>What the page needs for <c>createDirectLine({ domain, token })</c>.</summary>
public sealed record WidgetToken(string Token, string ConversationId, int ExpiresIn, string Domain);

/// <summary>The Direct Line could not give a token (full, unreachable or refusing).</summary>
public sealed class WidgetTokenUnavailableException(string message, Exception? inner = null) : Exception(message, inner);
