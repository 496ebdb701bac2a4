using System.Security.Cryptography;
using Microsoft.AspNetCore.StaticAssets;

namespace TakeABreak.Bot.Widget;

/// <summary>
/// Headers that keep the widget from leaving traces or loading anything from elsewhere: no-store, no referrer,
/// and a Content-Security-Policy with a fresh nonce per response for scripts and Web Chat's style elements.
/// The one thing a browser may keep is a fingerprinted static file (a script, style sheet or the neutral icon, the same
/// for every visitor, with no words of the conversation in it), which the static assets endpoint marks <c>immutable</c>; every other
/// response — the pages, the strings, tokens, Direct Line — is <c>no-store</c> whatever its handler said.
/// </summary>
public sealed class WidgetSecurityHeaders(RequestDelegate next, WidgetContentSecurityPolicy policy)
{
    private const string NonceKey = "TakeABreak.Widget.CspNonce";

    public static string NonceOf(HttpContext http) =>
        http.Items[NonceKey] as string ?? throw new InvalidOperationException("UseTakeABreakWidget() must run before the widget pages.");

    public Task InvokeAsync(HttpContext http)
    {
        Span<byte> random = stackalloc byte[18];
        RandomNumberGenerator.Fill(random);
        var nonce = Convert.ToBase64String(random);
        http.Items[NonceKey] = nonce;
        var headers = http.Response.Headers;
        headers.CacheControl = "no-store";
        headers.Pragma = "no-cache";
        headers["Referrer-Policy"] = "no-referrer";
        headers.XContentTypeOptions = "nosniff";
        headers["Cross-Origin-Opener-Policy"] = "same-origin";
        headers["Permissions-Policy"] = "camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()";
        headers.ContentSecurityPolicy = policy.For(nonce);
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
        if (http.Response.StatusCode == StatusCodes.Status200OK && IsFingerprintedFile(http.GetEndpoint()?.Metadata.GetMetadata<StaticAssetDescriptor>()))
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

    /// <summary>A script, style sheet or the (neutral) icon under its fingerprinted address: a new build gives it a new address.</summary>
    private static bool IsFingerprintedFile(StaticAssetDescriptor? asset) =>
        asset is not null
        && asset.Properties.Any(property => property.Name == "fingerprint")
        && KeepableExtensions.Any(extension => asset.AssetPath.EndsWith(extension, StringComparison.Ordinal) || asset.Route.EndsWith(extension, StringComparison.Ordinal));

    private static readonly string[] KeepableExtensions = [".js", ".css", ".ico"];
}
