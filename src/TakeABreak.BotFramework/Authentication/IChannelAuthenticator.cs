using System.Security.Claims;
using TakeABreak.BotFramework.Schema;

namespace TakeABreak.BotFramework.Authentication;

/// <summary>Decides whether an inbound activity really comes from a Bot Framework channel.</summary>
public interface IChannelAuthenticator
{
    Task<ChannelAuthenticationResult> AuthenticateAsync(string? authorizationHeader, Activity activity, CancellationToken cancellationToken);
}

/// <summary>
/// Accepted (with the identity), rejected (401), or undecidable because the channel's signing keys cannot be
/// fetched right now (<see cref="KeysUnavailable"/>: 503, the channel retries).
/// </summary>
public sealed record ChannelAuthenticationResult(bool IsAuthenticated, ClaimsIdentity? Identity, bool KeysUnavailable = false)
{
    public static ChannelAuthenticationResult Rejected { get; } = new(false, null);

    public static ChannelAuthenticationResult Unavailable { get; } = new(false, null, KeysUnavailable: true);
}
