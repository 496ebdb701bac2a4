using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Options;

namespace TakeABreak.BotFramework.Hosting;

/// <summary>
/// The host's public base address (<see cref="PublicBaseUrlOptions"/>), or in Development without configuration the
/// first address the server listens on. Never the Host header of a request, which a client chooses.
/// </summary>
public sealed class PublicBaseUrl(IOptions<PublicBaseUrlOptions> options, IServer server)
{
    private Uri? _resolved;

    /// <summary>The base address, ending in '/'.</summary>
    public Uri Value => _resolved ??= Resolve();

    /// <summary>The origin (scheme://host[:port]) browsers send for pages of this host.</summary>
    public string Origin => Value.GetLeftPart(UriPartial.Authority);

    /// <summary>This host's address for a path such as "/v3/directline", without a trailing slash.</summary>
    public string Combine(string path) => Value.AbsoluteUri.TrimEnd('/') + "/" + path.TrimStart('/');

    /// <summary>The WebSocket form (ws/wss) of <see cref="Combine"/>.</summary>
    public string WebSocket(string path)
    {
        var http = Combine(path);
        return Value.Scheme == Uri.UriSchemeHttps ? "wss" + http[5..] : "ws" + http[4..];
    }

    internal static bool TryParse(string value, out Uri uri)
    {
        if (!Uri.TryCreate(value.Trim(), UriKind.Absolute, out uri!) || (uri.Scheme != Uri.UriSchemeHttps && uri.Scheme != Uri.UriSchemeHttp)
            || !string.IsNullOrEmpty(uri.Query) || !string.IsNullOrEmpty(uri.Fragment) || !string.IsNullOrEmpty(uri.UserInfo))
        {
            return false;
        }

        uri = new Uri(uri.GetLeftPart(UriPartial.Path).TrimEnd('/') + "/");
        return true;
    }

    private Uri Resolve()
    {
        if (!string.IsNullOrWhiteSpace(options.Value.PublicBaseUrl) && TryParse(options.Value.PublicBaseUrl, out var configured))
        {
            return configured;
        }

        // Development only (the validator demands configuration elsewhere): the server's own listening address.
        var listening = server.Features.Get<IServerAddressesFeature>()?.Addresses.FirstOrDefault();
        if (listening is not null)
        {
            var local = listening.Replace("://+", "://localhost", StringComparison.Ordinal)
                .Replace("://*", "://localhost", StringComparison.Ordinal)
                .Replace("://[::]", "://localhost", StringComparison.Ordinal)
                .Replace("://0.0.0.0", "://localhost", StringComparison.Ordinal);
            if (TryParse(local, out var address))
            {
                return address;
            }
        }

        return new Uri("http://localhost/");
    }
}
