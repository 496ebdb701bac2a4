using System.Collections;
using System.Text.Json;
using Microsoft.IdentityModel.Protocols;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;
using Microsoft.IdentityModel.Tokens;

namespace TakeABreak.BotFramework.Authentication;

/// <summary>
/// The channel's signing keys from the OpenID metadata and its JWKS, refreshed automatically and whenever a token
/// names a key we do not know yet. A key only counts for a channel when its <c>endorsements</c> list that channel.
/// </summary>
public sealed class ChannelSigningKeys(IConfigurationManager<OpenIdConnectConfiguration> configurationManager)
{
    public const string EndorsementsMember = "endorsements";

    /// <summary>The key with this id, if it is endorsed for <paramref name="channelId"/>; null otherwise.</summary>
    public async Task<JsonWebKey?> FindEndorsedKeyAsync(string keyId, string channelId, CancellationToken cancellationToken)
    {
        var key = await FindKeyAsync(keyId, cancellationToken);
        if (key is null)
        {
            configurationManager.RequestRefresh();
            key = await FindKeyAsync(keyId, cancellationToken);
        }

        return key is not null && Endorsements(key).Contains(channelId, StringComparer.OrdinalIgnoreCase) ? key : null;
    }

    private async Task<JsonWebKey?> FindKeyAsync(string keyId, CancellationToken cancellationToken)
    {
        var configuration = await configurationManager.GetConfigurationAsync(cancellationToken);
        return configuration.JsonWebKeySet?.Keys.FirstOrDefault(k => string.Equals(k.Kid, keyId, StringComparison.Ordinal));
    }

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
