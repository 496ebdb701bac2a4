using System.Collections.Concurrent;
using System.Net;
using System.Text.RegularExpressions;
using Microsoft.Extensions.Options;

namespace TakeABreak.Bot.Widget;

/// <summary>
/// Renders the widget's HTML pages (templates in wwwroot/widget) in one language: every <c>{{key}}</c> becomes the
/// HTML-encoded string of that key, plus the request's CSP nonce, the exit address and <c>{{asset:lib/webchat.js}}</c>, the
/// fingerprinted address of a static file.
/// </summary>
public sealed partial class WidgetPages(IWebHostEnvironment environment, WidgetStrings strings, WidgetAssets assets, IOptions<WidgetOptions> options)
{
    public const string Chat = "widget/chat.html";
    public const string SafeUse = "widget/veilig-gebruik.html";

    private const string AssetPrefix = "asset:";

    private readonly ConcurrentDictionary<string, string> _templates = new(StringComparer.Ordinal);

    public IResult Render(HttpContext http, string template)
    {
        var language = WidgetStrings.LanguageOf(http.Request);
        var html = Render(template, language, WidgetSecurityHeaders.NonceOf(http));
        return Results.Content(html, "text/html; charset=utf-8");
    }

    public string Render(string template, string language, string nonce)
    {
        var text = _templates.GetOrAdd(template, Load);
        var values = strings.For(language);
        return Placeholder().Replace(text, match =>
        {
            var key = match.Groups[1].Value;
            var value = key switch
            {
                "nonce" => nonce,
                "lang" => language,
                "exitUrl" => options.Value.ExitUrl,
                _ when key.StartsWith(AssetPrefix, StringComparison.Ordinal) => assets.UrlOf(key[AssetPrefix.Length..]),
                _ when values.TryGetValue(key, out var found) => found,
                _ => throw new InvalidOperationException($"{template} uses '{{{{{key}}}}}', which wwwroot/widget/i18n/{language}.json does not define."),
            };
            return WebUtility.HtmlEncode(value);
        });
    }

    /// <summary>The keys a template uses (for the content checks).</summary>
    public IReadOnlyCollection<string> KeysOf(string template) =>
        [.. Placeholder().Matches(_templates.GetOrAdd(template, Load)).Select(m => m.Groups[1].Value).Where(key => !key.StartsWith(AssetPrefix, StringComparison.Ordinal)).Distinct()];

    private string Load(string template)
    {
        var file = environment.WebRootFileProvider.GetFileInfo(template);
        if (!file.Exists)
        {
            throw new InvalidOperationException($"The widget page template wwwroot/{template} is missing.");
        }

        using var reader = new StreamReader(file.CreateReadStream());
        return reader.ReadToEnd();
    }

    [GeneratedRegex(@"\{\{([a-zA-Z0-9_.]+|asset:[a-zA-Z0-9_./-]+)\}\}")]
    private static partial Regex Placeholder();
}
