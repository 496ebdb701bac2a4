using System.Text.Json;
using System.Text.RegularExpressions;

namespace TakeABreak.EndToEnd.Tests.Widget;

public sealed partial class WidgetStringsTests
{
    private static readonly string WidgetDirectory = Path.Combine(RepositoryRoot(), "src", "TakeABreak.Bot", "wwwroot", "widget");

    [Fact]
    public void Dutch_and_English_define_the_same_strings_and_none_is_empty()
    {
        var dutch = Load("nl");
        var english = Load("en");

        Assert.Equal(dutch.Keys.Order(), english.Keys.Order());
        Assert.All(dutch.Concat(english), pair => Assert.False(string.IsNullOrWhiteSpace(pair.Value), pair.Key));
    }

    [Theory]
    [InlineData("chat.html")]
    [InlineData("veilig-gebruik.html")]
    public void Every_placeholder_in_a_page_has_a_string(string template)
    {
        var keys = Placeholder().Matches(File.ReadAllText(Path.Combine(WidgetDirectory, template)))
            .Select(m => m.Groups[1].Value)
            .Where(key => key is not ("nonce" or "lang" or "exitUrl"));
        var dutch = Load("nl");

        Assert.All(keys, key => Assert.True(dutch.ContainsKey(key), $"{template} uses {{{{{key}}}}} which nl.json lacks"));
    }

    [Fact]
    public void Every_data_i18n_key_in_the_chat_page_has_a_string()
    {
        var html = File.ReadAllText(Path.Combine(WidgetDirectory, "chat.html"));
        var keys = I18nAttribute().Matches(html).Select(m => m.Groups[1].Value);
        var english = Load("en");

        Assert.All(keys, key => Assert.True(english.ContainsKey(key), $"chat.html refers to {key} which en.json lacks"));
    }

    private static Dictionary<string, string> Load(string language) =>
        JsonSerializer.Deserialize<Dictionary<string, string>>(File.ReadAllText(Path.Combine(WidgetDirectory, "i18n", $"{language}.json")))!;

    private static string RepositoryRoot() => TakeABreak.Bot.Testing.RepositoryRoot.Path;

    [GeneratedRegex(@"\{\{([a-zA-Z0-9_.]+)\}\}")]
    private static partial Regex Placeholder();

    [GeneratedRegex("data-i18n(?:-aria-label)?=\"([^\"]+)\"")]
    private static partial Regex I18nAttribute();
}
