using System.Collections.Concurrent;
using System.Security.Claims;
using System.Security.Cryptography;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace TakeABreak.Bot.Testing.Fakes;

/// <summary>
/// Stands in for login.botframework.com: OpenID metadata and a JWKS whose keys carry <c>endorsements</c>
/// (the channels a key may sign for), and mints channel tokens as Azure Bot Service would.
/// </summary>
public sealed class FakeBotFrameworkOpenIdServer : IAsyncDisposable
{
    public const string BotFrameworkIssuer = "https://api.botframework.com";
    public const string DefaultKeyId = "channel-key-1";

    // RSA key generation is slow on a busy machine; published keys share key material, unpublished ones use
    // material that is never published, so a token signed by CreateKey(...) never verifies.
    private static readonly Lazy<RSA> DefaultKeyMaterial = new(() => RSA.Create(2048));
    private static readonly Lazy<RSA> PublishedKeyMaterial = new(() => RSA.Create(2048));
    private static readonly Lazy<RSA> UnpublishedKeyMaterial = new(() => RSA.Create(2048));

    private readonly ConcurrentDictionary<string, PublishedKey> _published = new(StringComparer.Ordinal);
    private LoopbackHttpsServer? _server;
    private int _jwksRequests;

    private FakeBotFrameworkOpenIdServer()
    {
    }

    /// <summary>The value for <c>BotFramework:OpenIdMetadataUrl</c>.</summary>
    public string MetadataUrl => new Uri(Server.BaseAddress, "v1/.well-known/openidconfiguration").ToString();

    /// <summary>How often the JWKS was fetched (shows key caching and refreshing).</summary>
    public int JwksRequests => Volatile.Read(ref _jwksRequests);

    /// <summary>The key published at start, endorsed for the given channels.</summary>
    public RsaSecurityKey DefaultKey => _published[DefaultKeyId].Key;

    private LoopbackHttpsServer Server => _server ?? throw new InvalidOperationException("The server has not started.");

    /// <summary>Starts on a free port with one key (<see cref="DefaultKeyId"/>) endorsed for <paramref name="endorsedChannels"/>.</summary>
    public static async Task<FakeBotFrameworkOpenIdServer> StartAsync(params string[] endorsedChannels)
    {
        var fake = new FakeBotFrameworkOpenIdServer();
        fake.PublishKey(DefaultKeyId, endorsedChannels.Length == 0 ? ["msteams", "webchat", "directline", "test"] : endorsedChannels);
        fake._server = await LoopbackHttpsServer.StartAsync(app =>
        {
            app.MapGet("/v1/.well-known/openidconfiguration", fake.Metadata);
            app.MapGet("/v1/.well-known/keys", fake.Jwks);
        });
        return fake;
    }

    /// <summary>Adds a key to the JWKS (visible at the next fetch) and returns it for signing.</summary>
    public RsaSecurityKey PublishKey(string keyId, params string[] endorsements)
    {
        var key = new RsaSecurityKey(keyId == DefaultKeyId ? DefaultKeyMaterial.Value : PublishedKeyMaterial.Value) { KeyId = keyId };
        _published[keyId] = new PublishedKey(key, endorsements);
        return key;
    }

    /// <summary>A key whose material the JWKS never contains; with a published <paramref name="keyId"/> it makes a bad signature.</summary>
    public static RsaSecurityKey CreateKey(string keyId) => new(UnpublishedKeyMaterial.Value) { KeyId = keyId };

    /// <summary>A token as Azure Bot Service sends it; every part can be spoiled for negative tests.</summary>
    public static string CreateToken(ChannelTokenDescription description)
    {
        ArgumentNullException.ThrowIfNull(description);
        var claims = new Dictionary<string, object>(StringComparer.Ordinal);
        if (description.ServiceUrl is not null)
        {
            claims["serviceurl"] = description.ServiceUrl;
        }

        var now = description.IssuedAt;
        return new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = description.Issuer,
            Audience = description.Audience,
            Claims = claims,
            Subject = new ClaimsIdentity(),
            IssuedAt = now.UtcDateTime,
            NotBefore = now.UtcDateTime,
            Expires = (now + description.Lifetime).UtcDateTime,
            SigningCredentials = new SigningCredentials(description.SigningKey, SecurityAlgorithms.RsaSha256),
        });
    }

    public ValueTask DisposeAsync() => _server?.DisposeAsync() ?? ValueTask.CompletedTask;

    private IResult Metadata() => Results.Json(new JsonObject
    {
        ["issuer"] = BotFrameworkIssuer,
        ["authorization_endpoint"] = new Uri(Server.BaseAddress, "v1/authorize").ToString(),
        ["jwks_uri"] = new Uri(Server.BaseAddress, "v1/.well-known/keys").ToString(),
        ["id_token_signing_alg_values_supported"] = new JsonArray("RS256"),
        ["token_endpoint_auth_methods_supported"] = new JsonArray("private_key_jwt"),
    });

    private IResult Jwks()
    {
        Interlocked.Increment(ref _jwksRequests);
        var keys = new JsonArray();
        foreach (var (keyId, published) in _published)
        {
            var parameters = published.Key.Rsa.ExportParameters(includePrivateParameters: false);
            keys.Add(new JsonObject
            {
                ["kty"] = "RSA",
                ["use"] = "sig",
                ["kid"] = keyId,
                ["n"] = Base64UrlEncoder.Encode(parameters.Modulus),
                ["e"] = Base64UrlEncoder.Encode(parameters.Exponent),
                ["endorsements"] = new JsonArray([.. published.Endorsements.Select(e => (JsonNode?)e)]),
            });
        }

        return Results.Json(new JsonObject { ["keys"] = keys });
    }

    private sealed record PublishedKey(RsaSecurityKey Key, IReadOnlyList<string> Endorsements);
}

/// <summary>What goes into a channel token. Defaults describe a valid token signed by <paramref name="SigningKey"/>.</summary>
public sealed record ChannelTokenDescription(SecurityKey SigningKey, string Audience, string? ServiceUrl, DateTimeOffset IssuedAt)
{
    public string Issuer { get; init; } = FakeBotFrameworkOpenIdServer.BotFrameworkIssuer;

    public TimeSpan Lifetime { get; init; } = TimeSpan.FromHours(1);
}
