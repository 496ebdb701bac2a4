using System.Security.Cryptography;
using System.Text;
using System.Text.Encodings.Web;

namespace TakeABreak.Bot.Staff.Pages;

/// <summary>
/// The plain HTML around every staff page: Dutch, one heading per page, a skip link, readable without scripts, its own
/// strict Content-Security-Policy (forms post only to this site, no scripts at all).
/// </summary>
internal static class StaffHtml
{
    private const string Style = """
        body{font-family:system-ui,sans-serif;max-width:70rem;margin:0 auto;padding:1rem;line-height:1.5;color:#111}
        table{border-collapse:collapse;width:100%}th,td{border:1px solid #767676;padding:.35rem .5rem;text-align:left;vertical-align:top}
        .skip{position:absolute;left:-999px}.skip:focus{left:1rem}
        .urgent,.acute{font-weight:bold}.notice{border:2px solid #b00020;padding:.5rem}
        form{margin:.5rem 0}label{display:block;font-weight:bold}textarea{width:100%;min-height:5rem}
        button{padding:.4rem .8rem}meter{width:12rem}.lines{white-space:pre-line}
        """;

    public static string Encode(string? value) => HtmlEncoder.Default.Encode(value ?? string.Empty);

    public static IResult Page(HttpContext http, string title, string body, int statusCode = StatusCodes.Status200OK)
    {
        var nonce = Convert.ToBase64String(RandomNumberGenerator.GetBytes(16));
        var headers = http.Response.Headers;
        headers.ContentSecurityPolicy =
            $"default-src 'none'; style-src 'nonce-{nonce}'; img-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'";
        headers.CacheControl = "no-store";
        headers["X-Frame-Options"] = "DENY";
        var html = new StringBuilder()
            .Append("<!DOCTYPE html><html lang=\"nl\"><head><meta charset=\"utf-8\">")
            .Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
            .Append("<title>").Append(Encode(title)).Append(" – Moviera</title>")
            .Append("<style nonce=\"").Append(nonce).Append("\">").Append(Style).Append("</style></head><body>")
            .Append("<a class=\"skip\" href=\"#main\">Naar de inhoud</a>")
            .Append("<main id=\"main\"><h1>").Append(Encode(title)).Append("</h1>")
            .Append(body)
            .Append("</main></body></html>");
        return Results.Content(html.ToString(), "text/html; charset=utf-8", Encoding.UTF8, statusCode);
    }

    public static string AntiforgeryField(Microsoft.AspNetCore.Antiforgery.AntiforgeryTokenSet tokens) =>
        $"<input type=\"hidden\" name=\"{Encode(tokens.FormFieldName)}\" value=\"{Encode(tokens.RequestToken)}\">";
}
