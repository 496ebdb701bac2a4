using System.Security.Claims;
using TakeABreak.BotFramework.Schema;

namespace TakeABreak.BotFramework.Authentication;

/// <summary>Accepts every request. Registered only when no MicrosoftAppId is set, which the options validator allows only in Development.</summary>
public sealed class DevelopmentChannelAuthenticator : IChannelAuthenticator
{
    public Task<ChannelAuthenticationResult> AuthenticateAsync(string? authorizationHeader, Activity activity, CancellationToken cancellationToken) =>
        Task.FromResult(new ChannelAuthenticationResult(true, new ClaimsIdentity()));
}
