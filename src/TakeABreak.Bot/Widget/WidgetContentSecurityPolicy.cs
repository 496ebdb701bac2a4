using Microsoft.Extensions.Options;
using TakeABreak.BotFramework.Hosting;

namespace TakeABreak.Bot.Widget;

/// <summary>
/// The widget's Content-Security-Policy: nothing from elsewhere, scripts and Web Chat's style elements only with the
/// response's nonce. Everything but the nonce comes from settings that do not change while the host runs, so it is
/// built once, at the first response (in Development the public address is the listening address, known only once the
/// server listens); a response only puts its nonce in.
/// </summary>
public sealed class WidgetContentSecurityPolicy(IOptions<WidgetOptions> options, PublicBaseUrl baseUrl)
{
    private const string BeforeScriptNonce = "default-src 'none'; script-src 'nonce-";
    private const string BeforeStyleNonce = "'; style-src 'self' 'nonce-";
    private string? _afterStyleNonce;

    public string For(string nonce) => string.Concat(BeforeScriptNonce, nonce, BeforeStyleNonce, nonce, _afterStyleNonce ??= AfterStyleNonce());

    private string AfterStyleNonce()
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
        return "' 'report-sample'; " + string.Join("; ",
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
