using System.Security.Claims;
using TakeABreak.BotFramework.Schema;

namespace TakeABreak.BotFramework.Authentication;

/// <summary>Decides whether an inbound activity really comes from a Bot Framework channel.</summary>
public interface IChannelAuthenticator
{
    Task<ChannelAuthenticationResult> AuthenticateAsync(string? authorizationHeader, Activity activity, CancellationToken cancellationToken);
}

public sealed record ChannelAuthenticationResult(bool IsAuthenticated, ClaimsIdentity? Identity)
{
    public static ChannelAuthenticationResult Rejected { get; } = new(false, null);
}
