using System.Security.Claims;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using TakeABreak.BotFramework.Logging;
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

    /// <summary>Channel tokens are a few kilobytes; anything much longer is not one.</summary>
    public const int MaxTokenLength = 16 * 1024;

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
        var keyId = KeyIdOf(token);
        if (keyId is null)
        {
            return Reject("not a signed JWT with a key id", activity);
        }

        if (string.IsNullOrEmpty(activity.ChannelId))
        {
            return Reject("no channel id", activity);
        }

        JsonWebKey? key;
        try
        {
            key = await signingKeys.FindEndorsedKeyAsync(keyId, activity.ChannelId, cancellationToken);
        }
        catch (ChannelSigningKeysUnavailableException exception)
        {
            LogKeysUnavailable(logger, exception.InnerException?.GetType().Name ?? exception.GetType().Name);
            return ChannelAuthenticationResult.Unavailable;
        }

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

    /// <summary>The <c>kid</c> of a compact JWS whose header is a JSON object with a string kid; null for anything else.</summary>
    private string? KeyIdOf(string token)
    {
        if (token.Length > MaxTokenLength || token.Count(c => c == '.') != 2 || !_handler.CanReadToken(token))
        {
            return null;
        }

        try
        {
            var keyId = _handler.ReadJsonWebToken(token).Kid;
            return string.IsNullOrEmpty(keyId) ? null : keyId;
        }
        catch (Exception exception) when (exception is ArgumentException or FormatException or InvalidCastException or System.Text.Json.JsonException or SecurityTokenException)
        {
            // a header or payload that is not JSON, a kid that is not a string, bad base64url
            return null;
        }
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
        LogRejected(logger, reason, LogValue.Of(activity.ChannelId), LogValue.Of(activity.Conversation?.Id), LogValue.Of(activity.Id));
        return ChannelAuthenticationResult.Rejected;
    }

    [LoggerMessage(EventId = 2002, Level = LogLevel.Error, Message = "Channel signing keys could not be fetched from the OpenID metadata ({Failure}); channel requests get 503 until they can")]
    private static partial void LogKeysUnavailable(ILogger logger, string failure);

    [LoggerMessage(EventId = 2001, Level = LogLevel.Information, Message = "Channel request rejected: {Reason} (channel {ChannelId}, conversation {ConversationId}, activity {ActivityId})")]
    private static partial void LogRejected(ILogger logger, string reason, string? channelId, string? conversationId, string? activityId);
}
