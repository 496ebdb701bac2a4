using System.Collections.Concurrent;
using System.Text.Json;

namespace TakeABreak.Bot.Widget;

/// <summary>The widget's visible strings, one JSON file per locale in wwwroot/widget/i18n (served to the page as is).</summary>
public sealed class WidgetStrings(IWebHostEnvironment environment)
{
    public static readonly IReadOnlyList<string> Languages = ["nl", "en"];

    private readonly ConcurrentDictionary<string, IReadOnlyDictionary<string, string>> _byLanguage = new(StringComparer.Ordinal);

    /// <summary>"nl" unless the request asks for a supported language.</summary>
    public static string LanguageOf(HttpRequest request)
    {
        var asked = request.Query["lang"].ToString();
        return Languages.Contains(asked) ? asked : Languages[0];
    }

    public IReadOnlyDictionary<string, string> For(string language) => _byLanguage.GetOrAdd(language, Load);

    private IReadOnlyDictionary<string, string> Load(string language)
    {
        var file = environment.WebRootFileProvider.GetFileInfo($"widget/i18n/{language}.json");
        if (!file.Exists)
        {
            throw new InvalidOperationException($"The widget strings for '{language}' are missing: wwwroot/widget/i18n/{language}.json.");
        }

        using var stream = file.CreateReadStream();
        return JsonSerializer.Deserialize<Dictionary<string, string>>(stream)
            ?? throw new InvalidOperationException($"wwwroot/widget/i18n/{language}.json is empty.");
    }
}
