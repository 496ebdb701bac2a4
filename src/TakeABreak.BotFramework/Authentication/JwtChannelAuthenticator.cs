using System.Security.Claims;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using TakeABreak.BotFramework.Schema;

namespace TakeABreak.BotFramework.Authentication;

/// <summary>
/// Validates the bearer token Azure Bot Service puts on every request to /api/messages: issuer
/// https://api.botframework.com, audience our MicrosoftAppId, a signing key endorsed for the activity's channel,
/// a <c>serviceurl</c> claim equal to the activity's serviceUrl, and a lifetime with 5 minutes' clock skew.
/// Emulator tokens (Microsoft sign-in issuers) are not accepted: the Emulator cannot talk to SingleTenant or
/// managed-identity bots anyway, and local runs use no app id.
/// </summary>
public sealed partial class JwtChannelAuthenticator(
    ChannelSigningKeys signingKeys,
    IOptions<BotAuthenticationOptions> options,
    TimeProvider timeProvider,
    ILogger<JwtChannelAuthenticator> logger) : IChannelAuthenticator
{
    public const string Issuer = "https://api.botframework.com";
    public const string ServiceUrlClaim = "serviceurl";
    public static readonly TimeSpan ClockSkew = TimeSpan.FromMinutes(5);

    private const string BearerPrefix = "Bearer ";
    private readonly JsonWebTokenHandler _handler = new() { MapInboundClaims = false };

    public async Task<ChannelAuthenticationResult> AuthenticateAsync(string? authorizationHeader, Activity activity, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(activity);
        if (authorizationHeader is null || !authorizationHeader.StartsWith(BearerPrefix, StringComparison.OrdinalIgnoreCase))
        {
            return Reject("no bearer token", activity);
        }

        var token = authorizationHeader[BearerPrefix.Length..].Trim();
        if (!_handler.CanReadToken(token))
        {
            return Reject("not a JWT", activity);
        }

        var keyId = _handler.ReadJsonWebToken(token).Kid;
        if (string.IsNullOrEmpty(keyId) || string.IsNullOrEmpty(activity.ChannelId))
        {
            return Reject("no key id or no channel id", activity);
        }

        var key = await signingKeys.FindEndorsedKeyAsync(keyId, activity.ChannelId, cancellationToken);
        if (key is null)
        {
            return Reject("signing key unknown or not endorsed for the channel", activity);
        }

        var result = await _handler.ValidateTokenAsync(token, Parameters(key));
        if (!result.IsValid)
        {
            return Reject(result.Exception?.GetType().Name ?? "invalid token", activity);
        }

        var serviceUrl = result.ClaimsIdentity.FindFirst(ServiceUrlClaim)?.Value;
        if (activity.ServiceUrl is null || !string.Equals(serviceUrl, activity.ServiceUrl, StringComparison.Ordinal))
        {
            return Reject("serviceurl claim does not match the activity", activity);
        }

        return new ChannelAuthenticationResult(true, result.ClaimsIdentity);
    }

    private TokenValidationParameters Parameters(SecurityKey key) => new()
    {
        ValidIssuer = Issuer,
        ValidAudience = options.Value.MicrosoftAppId,
        IssuerSigningKey = key,
        ValidAlgorithms = [SecurityAlgorithms.RsaSha256],
        RequireSignedTokens = true,
        RequireExpirationTime = true,
        ValidateIssuerSigningKey = true,
        ClockSkew = ClockSkew,
        LifetimeValidator = IsWithinLifetime,
    };

    private bool IsWithinLifetime(DateTime? notBefore, DateTime? expires, SecurityToken token, TokenValidationParameters parameters)
    {
        var now = timeProvider.GetUtcNow().UtcDateTime;
        return expires is { } end && now <= end + ClockSkew && (notBefore is not { } start || now >= start - ClockSkew);
    }

    private ChannelAuthenticationResult Reject(string reason, Activity activity)
    {
        LogRejected(logger, reason, activity.ChannelId, activity.Conversation?.Id, activity.Id);
        return ChannelAuthenticationResult.Rejected;
    }

    [LoggerMessage(EventId = 2001, Level = LogLevel.Information, Message = "Channel request rejected: {Reason} (channel {ChannelId}, conversation {ConversationId}, activity {ActivityId})")]
    private static partial void LogRejected(ILogger logger, string reason, string? channelId, string? conversationId, string? activityId);
}
