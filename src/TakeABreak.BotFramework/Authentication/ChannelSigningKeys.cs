using System.Collections;
using System.Text.Json;
using Microsoft.IdentityModel.Protocols;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;
using Microsoft.IdentityModel.Tokens;

namespace TakeABreak.BotFramework.Authentication;

/// <summary>
/// The channel's signing keys from the OpenID metadata and its JWKS. A <see cref="ConfigurationManager{T}"/> refreshes
/// them automatically; a token naming a key we do not know yet makes us fetch the keys at once (at most every
/// <see cref="MinimumRefreshInterval"/>), because IdentityModel 8 refreshes on request only in the background.
/// A key only counts for a channel when its <c>endorsements</c> list that channel.
/// </summary>
public sealed class ChannelSigningKeys
{
    public const string EndorsementsMember = "endorsements";

    /// <summary>The longest time between two fetches of the keys; the protocol asks for at least daily.</summary>
    public static readonly TimeSpan AutomaticRefreshInterval = TimeSpan.FromHours(12);

    /// <summary>How often an unknown key id may cause a fetch, so made-up key ids cannot flood the metadata endpoint.</summary>
    public static readonly TimeSpan MinimumRefreshInterval = TimeSpan.FromSeconds(30);

    private readonly string _metadataUrl;
    private readonly IDocumentRetriever _documents;
    private readonly ConfigurationManager<OpenIdConnectConfiguration> _manager;
    private readonly TimeProvider _timeProvider;
    private readonly SemaphoreSlim _refreshGate = new(1, 1);
    private OpenIdConnectConfiguration? _refreshed;
    private DateTimeOffset _refreshedAt = DateTimeOffset.MinValue;

    public ChannelSigningKeys(string metadataUrl, HttpClient httpClient, TimeProvider timeProvider)
    {
        _metadataUrl = metadataUrl;
        _documents = new HttpDocumentRetriever(httpClient) { RequireHttps = true };
        _manager = new ConfigurationManager<OpenIdConnectConfiguration>(metadataUrl, new OpenIdConnectConfigurationRetriever(), _documents)
        {
            AutomaticRefreshInterval = AutomaticRefreshInterval,
        };
        _timeProvider = timeProvider;
    }

    /// <summary>The key with this id, if it is endorsed for <paramref name="channelId"/>; null otherwise.</summary>
    /// <exception cref="ChannelSigningKeysUnavailableException">The metadata or its keys cannot be fetched.</exception>
    public async Task<JsonWebKey?> FindEndorsedKeyAsync(string keyId, string channelId, CancellationToken cancellationToken)
    {
        JsonWebKey? key;
        try
        {
            key = Find(await _manager.GetConfigurationAsync(cancellationToken), keyId)
                ?? Find(RecentlyRefreshed(), keyId)
                ?? Find(await RefreshAsync(cancellationToken), keyId);
        }
        catch (Exception exception) when (exception is InvalidOperationException or IOException or HttpRequestException or ArgumentException)
        {
            throw new ChannelSigningKeysUnavailableException(exception);
        }

        return key is not null && Endorsements(key).Contains(channelId, StringComparer.OrdinalIgnoreCase) ? key : null;
    }

    private OpenIdConnectConfiguration? RecentlyRefreshed() =>
        _timeProvider.GetUtcNow() - _refreshedAt < AutomaticRefreshInterval ? _refreshed : null;

    private async Task<OpenIdConnectConfiguration?> RefreshAsync(CancellationToken cancellationToken)
    {
        await _refreshGate.WaitAsync(cancellationToken);
        try
        {
            var now = _timeProvider.GetUtcNow();
            if (now - _refreshedAt >= MinimumRefreshInterval)
            {
                _refreshed = await OpenIdConnectConfigurationRetriever.GetAsync(_metadataUrl, _documents, cancellationToken);
                _refreshedAt = now;
                _manager.RequestRefresh();
            }

            return _refreshed;
        }
        finally
        {
            _refreshGate.Release();
        }
    }

    private static JsonWebKey? Find(OpenIdConnectConfiguration? configuration, string keyId) =>
        configuration?.JsonWebKeySet?.Keys.FirstOrDefault(k => string.Equals(k.Kid, keyId, StringComparison.Ordinal));

    /// <summary>IdentityModel keeps the non-standard <c>endorsements</c> member in <see cref="JsonWebKey.AdditionalData"/>.</summary>
    internal static IReadOnlyList<string> Endorsements(JsonWebKey key)
    {
        if (!key.AdditionalData.TryGetValue(EndorsementsMember, out var value))
        {
            return [];
        }

        return value switch
        {
            JsonElement { ValueKind: JsonValueKind.Array } array => [.. array.EnumerateArray().Where(e => e.ValueKind == JsonValueKind.String).Select(e => e.GetString()!)],
            string single => [single],
            IEnumerable items => [.. items.OfType<object>().Select(Text).OfType<string>()],
            _ => [],
        };

        static string? Text(object item) => item switch
        {
            string s => s,
            JsonElement { ValueKind: JsonValueKind.String } e => e.GetString(),
            _ => null,
        };
    }
}

/// <summary>The channel's OpenID metadata or its JWKS could not be fetched (network, DNS, a broken document).</summary>
public sealed class ChannelSigningKeysUnavailableException(Exception inner)
    : Exception("The channel's signing keys could not be fetched.", inner);
