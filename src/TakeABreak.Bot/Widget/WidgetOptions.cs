using System.ComponentModel.DataAnnotations;

namespace TakeABreak.Bot.Widget;

/// <summary>The website widget: where quick exit goes, which Direct Line the page talks to, who may embed it.</summary>
public sealed class WidgetOptions : IValidatableObject
{
    public const string SectionName = "Widget";

    /// <summary>The neutral site quick exit replaces the page with. Absolute http(s) address or a path on this host. Default a weather site.</summary>
    [Required]
    public string ExitUrl { get; set; } = "https://www.buienradar.nl/";

    /// <summary>
    /// Azure's Direct Line (e.g. https://europe.directline.botframework.com/v3/directline). Empty: the local
    /// Direct Line of this host.
    /// </summary>
    public string? DirectLineDomain { get; set; }

    /// <summary>The secret for <see cref="DirectLineDomain"/>; only this host uses it, the page never sees it.</summary>
    public string? DirectLineSecret { get; set; }

    /// <summary>
    /// Websites allowed to embed the widget (CSP frame-ancestors) and to ask for a widget token besides this host.
    /// A list (Widget:EmbedOrigins:0, :1, ...) or one space-separated value (as the Bicep templates set it). Empty: only this host.
    /// </summary>
    public IList<string> EmbedOrigins { get; set; } = [];

    /// <summary>Token requests per minute from one client address. Default 20.</summary>
    [Range(1, 100_000)]
    public int TokenRequestsPerMinutePerAddress { get; set; } = 20;

    /// <summary>Takes Widget:EmbedOrigins given as one space-separated value.</summary>
    internal void ReadEmbedOriginList(IConfigurationSection section)
    {
        var single = section[nameof(EmbedOrigins)];
        if (!string.IsNullOrWhiteSpace(single))
        {
            EmbedOrigins = [.. single.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)];
        }
    }

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (!IsPathOnThisHost(ExitUrl) && !IsHttpUrl(ExitUrl))
        {
            yield return new ValidationResult("Widget:ExitUrl must be an absolute http(s) address or a path starting with '/'.", [nameof(ExitUrl)]);
        }

        if (!string.IsNullOrEmpty(DirectLineDomain))
        {
            if (!Uri.TryCreate(DirectLineDomain, UriKind.Absolute, out var domain) || domain.Scheme != Uri.UriSchemeHttps)
            {
                yield return new ValidationResult("Widget:DirectLineDomain must be an absolute https address.", [nameof(DirectLineDomain)]);
            }

            if (string.IsNullOrEmpty(DirectLineSecret))
            {
                yield return new ValidationResult("Widget:DirectLineSecret is needed when Widget:DirectLineDomain is set.", [nameof(DirectLineSecret)]);
            }
        }

        foreach (var origin in EmbedOrigins.Where(o => !IsOrigin(o)))
        {
            yield return new ValidationResult($"Widget:EmbedOrigins entry '{origin}' is not an origin like https://www.example.nl.", [nameof(EmbedOrigins)]);
        }
    }

    private static bool IsPathOnThisHost(string value) => value.StartsWith('/') && !value.StartsWith("//", StringComparison.Ordinal);

    private static bool IsHttpUrl(string value) =>
        Uri.TryCreate(value, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp);

    private static bool IsOrigin(string value) =>
        Uri.TryCreate(value, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp)
        && uri.AbsolutePath == "/" && !value.EndsWith('/') && string.IsNullOrEmpty(uri.Query);
}
