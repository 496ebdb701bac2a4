using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;

namespace TakeABreak.EndToEnd.Tests.Widget;

/// <summary>
/// Pages around the widget that the product does not serve itself, put in front of its pipeline: the neutral page quick
/// exit goes to, a page the visitor came from, and another website that embeds the widget with one script and one element.
/// </summary>
internal sealed class SurroundingPages(string widgetBaseUrl, string embeddingSiteUrl) : IStartupFilter
{
    public const string NeutralPath = "/neutraal";
    public const string StartPath = "/start";
    public const string EmbeddingPath = "/ingebed";

    public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
    {
        app.Map(NeutralPath, page => page.Run(http => WriteAsync(http, "<title>Weer</title><h1>Het weer</h1>")));
        app.Map(StartPath, page => page.Run(http => WriteAsync(http, "<title>Start</title><h1>Start</h1>")));
        app.Map(EmbeddingPath, page => page.Run(http =>
        {
            http.Response.Headers.ContentSecurityPolicy =
                $"default-src 'none'; script-src {widgetBaseUrl}; connect-src {widgetBaseUrl}; frame-src {widgetBaseUrl}";
            return WriteAsync(
                http,
                "<title>Buurtteam</title><h1>Buurtteam</h1>" +
                $"<div id=\"takeabreak-chat\" data-exit-url=\"{embeddingSiteUrl}{NeutralPath}\"></div>" +
                $"<script src=\"{widgetBaseUrl}/widget/embed.js\" defer></script>");
        }));
        next(app);
    };

    private static Task WriteAsync(HttpContext http, string body)
    {
        http.Response.ContentType = "text/html; charset=utf-8";
        return http.Response.WriteAsync($"<!doctype html><html lang=\"nl\">{body}</html>");
    }
}
