using System.Security.Cryptography;
using Microsoft.AspNetCore.StaticAssets;
using Microsoft.Extensions.Options;
using TakeABreak.BotFramework.Hosting;

namespace TakeABreak.Bot.Widget;

/// <summary>
/// Headers that keep the widget from leaving traces or loading anything from elsewhere: no-store, no referrer,
/// and a Content-Security-Policy with a fresh nonce per response for scripts and Web Chat's style elements.
/// The one thing a browser may keep is a fingerprinted static file (a script or style sheet, the same for every visitor,
/// with no words of the conversation in it), which the static assets endpoint marks <c>immutable</c>; every other
/// response — the pages, the strings, tokens, Direct Line — is <c>no-store</c> whatever its handler said.
/// </summary>
public sealed class WidgetSecurityHeaders(RequestDelegate next, IOptions<WidgetOptions> options, PublicBaseUrl baseUrl)
{
    private const string NonceKey = "TakeABreak.Widget.CspNonce";

    public static string NonceOf(HttpContext http) =>
        http.Items[NonceKey] as string ?? throw new InvalidOperationException("UseTakeABreakWidget() must run before the widget pages.");

    public Task InvokeAsync(HttpContext http)
    {
        var nonce = Convert.ToBase64String(RandomNumberGenerator.GetBytes(18));
        http.Items[NonceKey] = nonce;
        var headers = http.Response.Headers;
        headers.CacheControl = "no-store";
        headers.Pragma = "no-cache";
        headers["Referrer-Policy"] = "no-referrer";
        headers.XContentTypeOptions = "nosniff";
        headers["Cross-Origin-Opener-Policy"] = "same-origin";
        headers["Permissions-Policy"] = "camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()";
        headers.ContentSecurityPolicy = ContentSecurityPolicy(nonce);
        if (IsReadableByOtherSites(http.Request.Path))
        {
            headers.AccessControlAllowOrigin = "*";
        }

        if (IsPageTemplate(http.Request.Path))
        {
            http.Response.StatusCode = StatusCodes.Status404NotFound;
            return Task.CompletedTask;
        }

        http.Response.OnStarting(KeepNothingButImmutableFiles, http);
        return next(http);
    }

    /// <summary>The page templates in wwwroot are rendered by <see cref="WidgetPages"/>, never served as they are.</summary>
    private static bool IsPageTemplate(PathString path) =>
        path.Value?.EndsWith(".html", StringComparison.OrdinalIgnoreCase) == true;

    /// <summary>Other websites load the embed script and its strings.</summary>
    private static bool IsReadableByOtherSites(PathString path) =>
        path.StartsWithSegments("/widget/i18n") || path.Equals("/widget/embed.js", StringComparison.Ordinal);

    private static Task KeepNothingButImmutableFiles(object state)
    {
        var http = (HttpContext)state;
        var headers = http.Response.Headers;
        if (http.Response.StatusCode == StatusCodes.Status200OK && IsFingerprintedCode(http.GetEndpoint()?.Metadata.GetMetadata<StaticAssetDescriptor>()))
        {
            headers.CacheControl = "public, max-age=31536000, immutable";
            headers.Remove("Pragma");
        }
        else
        {
            headers.CacheControl = "no-store";
            headers.Pragma = "no-cache";
        }

        return Task.CompletedTask;
    }

    /// <summary>A script or style sheet under its fingerprinted address: a new build gives it a new address.</summary>
    private static bool IsFingerprintedCode(StaticAssetDescriptor? asset) =>
        asset is not null
        && asset.Properties.Any(property => property.Name == "fingerprint")
        && (asset.AssetPath.EndsWith(".js", StringComparison.Ordinal) || asset.AssetPath.EndsWith(".css", StringComparison.Ordinal)
            || asset.Route.EndsWith(".js", StringComparison.Ordinal) || asset.Route.EndsWith(".css", StringComparison.Ordinal));

    private string ContentSecurityPolicy(string nonce)
    {
        var widget = options.Value;
        var socket = new Uri(baseUrl.WebSocket("/")).GetLeftPart(UriPartial.Authority);
        var connect = $"'self' {socket}";
        if (!string.IsNullOrEmpty(widget.DirectLineDomain))
        {
            var azure = new Uri(widget.DirectLineDomain);
            connect += $" {azure.Scheme}://{azure.Authority} wss://{azure.Authority}";
        }

        var ancestors = widget.EmbedOrigins.Count == 0 ? "'self'" : "'self' " + string.Join(' ', widget.EmbedOrigins);
        return string.Join("; ",
            "default-src 'none'",
            $"script-src 'nonce-{nonce}'",
            $"style-src 'self' 'nonce-{nonce}' 'report-sample'",
            "img-src 'self' data: blob:",
            "font-src 'self'",
            $"connect-src {connect}",
            "media-src 'none'",
            "object-src 'none'",
            "frame-src 'none'",
            "worker-src 'none'",
            "manifest-src 'none'",
            "base-uri 'none'",
            "form-action 'none'",
            $"frame-ancestors {ancestors}");
    }
}
