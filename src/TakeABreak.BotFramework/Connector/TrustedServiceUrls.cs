using System.Collections.Concurrent;
using Microsoft.Extensions.Options;
using TakeABreak.BotFramework.Authentication;

namespace TakeABreak.BotFramework.Connector;

/// <summary>
/// The service URLs the bot may call with its token: those configured, and those that arrived in an
/// authenticated inbound activity. Everything else is refused before any request is made.
/// </summary>
public sealed class TrustedServiceUrls
{
    private readonly ConcurrentDictionary<string, byte> _trusted = new(StringComparer.Ordinal);

    public TrustedServiceUrls(IOptions<BotAuthenticationOptions> options)
    {
        foreach (var serviceUrl in options.Value.TrustedServiceUrls)
        {
            Trust(serviceUrl);
        }
    }

    public void Trust(string serviceUrl)
    {
        if (Normalize(serviceUrl) is { } key)
        {
            _trusted.TryAdd(key, 0);
        }
    }

    public bool IsTrusted(string? serviceUrl) => Normalize(serviceUrl) is { } key && _trusted.ContainsKey(key);

    /// <summary>Scheme, host and port compare case-insensitively; a trailing slash does not matter.</summary>
    private static string? Normalize(string? serviceUrl)
    {
        if (!Uri.TryCreate(serviceUrl, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttps && uri.Scheme != Uri.UriSchemeHttp))
        {
            return null;
        }

        return $"{uri.Scheme}://{uri.Host.ToLowerInvariant()}:{uri.Port}{uri.AbsolutePath.TrimEnd('/')}";
    }
}
