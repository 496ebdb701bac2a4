using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.Extensions.Options;

namespace TakeABreak.BotFramework.DirectLine;

/// <summary>
/// Issues and checks Direct Line tokens: compact HS256 JWTs (Web Chat reads the <c>user</c> claim as its user id),
/// signed with a key derived from the secret, so nothing about a token has to be stored.
/// </summary>
public sealed class DirectLineTokens
{
    /// <summary>Our tokens are about 300 characters; a longer credential is not one.</summary>
    public const int MaxTokenLength = 2_048;

    private const string Issuer = "takeabreak-directline";
    private static readonly string Header = Base64Url.EncodeToString("""{"alg":"HS256","typ":"JWT"}"""u8);

    private readonly byte[] _secret;
    private readonly byte[] _signingKey;
    private readonly DirectLineOptions _options;
    private readonly TimeProvider _timeProvider;

    public DirectLineTokens(IOptions<DirectLineOptions> options, TimeProvider timeProvider)
    {
        _options = options.Value;
        _timeProvider = timeProvider;
        _secret = string.IsNullOrEmpty(_options.Secret) ? RandomNumberGenerator.GetBytes(32) : Encoding.UTF8.GetBytes(_options.Secret);
        _signingKey = HMACSHA256.HashData(_secret, "takeabreak/directline/token-signing"u8);
    }

    public bool IsSecret(string presented)
    {
        var bytes = Encoding.UTF8.GetBytes(presented);
        return bytes.Length == _secret.Length && CryptographicOperations.FixedTimeEquals(bytes, _secret);
    }

    public IssuedDirectLineToken Issue(string conversationId, string userId)
    {
        var now = _timeProvider.GetUtcNow();
        var expires = now + _options.TokenLifetime;
        var claims = new TokenClaims(Issuer, conversationId, userId, now.ToUnixTimeSeconds(), expires.ToUnixTimeSeconds());
        var payload = Base64Url.EncodeToString(JsonSerializer.SerializeToUtf8Bytes(claims, TokenJson.Default.TokenClaims));
        var signed = $"{Header}.{payload}";
        var token = $"{signed}.{Base64Url.EncodeToString(Sign(signed))}";
        return new IssuedDirectLineToken(token, new DirectLineToken(conversationId, userId, DateTimeOffset.FromUnixTimeSeconds(claims.Exp)), (int)_options.TokenLifetime.TotalSeconds);
    }

    /// <summary>The grant of a genuine, unexpired token; null for anything else.</summary>
    public DirectLineToken? Read(string token)
    {
        try
        {
            return ReadSigned(token);
        }
        catch (Exception exception) when (exception is FormatException or JsonException or ArgumentException)
        {
            // not base64url, not JSON, or JSON of another shape: not one of our tokens
            return null;
        }
    }

    private DirectLineToken? ReadSigned(string token)
    {
        if (token.Length > MaxTokenLength)
        {
            return null;
        }

        var parts = token.Split('.');
        if (parts.Length != 3 || parts[0] != Header || parts[2].Length > 64)
        {
            return null;
        }

        Span<byte> signature = stackalloc byte[64];
        if (!Base64Url.TryDecodeFromChars(parts[2], signature, out var length) || length != 32)
        {
            return null;
        }

        if (!CryptographicOperations.FixedTimeEquals(signature[..length], Sign($"{parts[0]}.{parts[1]}")))
        {
            return null;
        }

        var claims = JsonSerializer.Deserialize(Base64Url.DecodeFromChars(parts[1]), TokenJson.Default.TokenClaims);
        if (claims is null || claims.Iss != Issuer || string.IsNullOrEmpty(claims.Conv) || string.IsNullOrEmpty(claims.User))
        {
            return null;
        }

        var expires = DateTimeOffset.FromUnixTimeSeconds(claims.Exp);
        return expires <= _timeProvider.GetUtcNow() ? null : new DirectLineToken(claims.Conv, claims.User, expires);
    }

    private byte[] Sign(string signed) => HMACSHA256.HashData(_signingKey, Encoding.ASCII.GetBytes(signed));

    internal sealed record TokenClaims(string Iss, string Conv, string User, long Iat, long Exp);
}

[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase)]
[JsonSerializable(typeof(DirectLineTokens.TokenClaims))]
internal sealed partial class TokenJson : JsonSerializerContext;
