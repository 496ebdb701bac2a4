using System.Security.Cryptography;
using Microsoft.Extensions.Options;
using TakeABreak.BotFramework.Hosting;

namespace TakeABreak.Bot.Widget;

/// <summary>
/// Headers that keep the widget from leaving traces or loading anything from elsewhere: no-store, no referrer,
/// and a Content-Security-Policy with a fresh nonce per response for scripts and Web Chat's style elements.
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
        return next(http);
    }

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
