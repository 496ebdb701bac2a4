using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace TakeABreak.Deployment.Tests.Teams;

public sealed partial class TeamsAppPackageTests
{
    private static readonly JsonObject Manifest = ReadJson("manifest.json");
    private static readonly JsonObject English = ReadJson("en.json");

    [Fact]
    public void Manifest_has_an_app_version_in_semver_form() =>
        Assert.Matches(@"^\d+\.\d+\.\d+$", Manifest["version"]!.GetValue<string>());

    [Theory]
    [InlineData("id")]
    [InlineData("developer.name")]
    [InlineData("developer.websiteUrl")]
    [InlineData("developer.privacyUrl")]
    [InlineData("developer.termsOfUseUrl")]
    [InlineData("name.short")]
    [InlineData("name.full")]
    [InlineData("description.short")]
    [InlineData("description.full")]
    [InlineData("icons.color")]
    [InlineData("icons.outline")]
    [InlineData("accentColor")]
    public void Manifest_has_the_required_field(string path)
    {
        Assert.False(string.IsNullOrWhiteSpace(Bicep.ArmResourceQueries.Text(Manifest, path)), $"{path} is missing or empty.");
    }

    [Fact]
    public void Texts_fit_the_manifest_limits_in_Dutch_and_English()
    {
        var limits = new Dictionary<string, int> { ["name.short"] = 30, ["name.full"] = 100, ["description.short"] = 80, ["description.full"] = 4000 };

        foreach (var (path, limit) in limits)
        {
            Assert.InRange(Bicep.ArmResourceQueries.Text(Manifest, path)!.Length, 1, limit);
            Assert.InRange(English[path]!.GetValue<string>().Length, 1, limit);
        }
    }

    [Fact]
    public void Dutch_is_the_default_language_and_English_is_a_complete_translation()
    {
        Assert.Equal("nl", Manifest["localizationInfo"]!["defaultLanguageTag"]!.GetValue<string>());
        var english = Assert.Single(Manifest["localizationInfo"]!["additionalLanguages"]!.AsArray())!;
        Assert.Equal(("en", "en.json"), (english["languageTag"]!.GetValue<string>(), english["file"]!.GetValue<string>()));
        Assert.Equal(
            ["$schema", "description.full", "description.short", "name.full", "name.short"],
            English.Select(pair => pair.Key).Where(key => !key.StartsWith("bots[", StringComparison.Ordinal)).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Both_languages_send_people_in_danger_to_112_and_Veilig_Thuis()
    {
        foreach (var text in new[] { Bicep.ArmResourceQueries.Text(Manifest, "description.full")!, English["description.full"]!.GetValue<string>() })
        {
            Assert.Contains("112", text, StringComparison.Ordinal);
            Assert.Contains("Veilig Thuis, 0800-2000", text, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void The_bot_is_the_configured_bot_and_works_only_on_its_own_domain()
    {
        var bot = Assert.Single(Manifest["bots"]!.AsArray())!;

        Assert.Equal("{{BOT_ID}}", bot["botId"]!.GetValue<string>());
        Assert.Equal(["{{BOT_HOST}}"], Manifest["validDomains"]!.AsArray().Select(domain => domain!.GetValue<string>()));
    }

    [Fact]
    public void Every_placeholder_in_the_manifest_is_filled_in_by_the_packaging_script()
    {
        var placeholders = Placeholder().Matches(File.ReadAllText(Path.Combine(RepositoryPaths.Teams, "manifest.json")))
            .Select(match => match.Groups[1].Value).Distinct().Order(StringComparer.Ordinal).ToList();
        var script = File.ReadAllText(Path.Combine(RepositoryPaths.Teams, "package.sh"));
        var replaced = PlaceholderList().Match(script).Groups[1].Value.Split(' ', StringSplitOptions.RemoveEmptyEntries).Order(StringComparer.Ordinal);

        Assert.Equal(["BOT_HOST", "BOT_ID", "PRIVACY_URL", "TEAMS_APP_ID", "TERMS_OF_USE_URL", "WEBSITE_URL"], placeholders);
        Assert.Equal(placeholders, replaced);
    }

    [Theory]
    [InlineData("color.png", 192)]
    [InlineData("outline.png", 32)]
    public void Icons_have_the_sizes_Teams_requires(string file, int size)
    {
        var icon = PngImage.Read(Path.Combine(RepositoryPaths.Teams, file));

        Assert.Equal((size, size), (icon.Width, icon.Height));
        Assert.Equal(file, Bicep.ArmResourceQueries.Text(Manifest, file == "color.png" ? "icons.color" : "icons.outline"));
    }

    [Fact]
    public void Outline_icon_is_white_on_a_transparent_background()
    {
        var pixels = PngImage.Read(Path.Combine(RepositoryPaths.Teams, "outline.png")).RgbaPixels();

        Assert.All(pixels, pixel => Assert.True(pixel.A == 0 || (pixel.R, pixel.G, pixel.B) == (255, 255, 255), $"pixel {pixel} is neither white nor transparent"));
        Assert.Contains(pixels, pixel => pixel.A == 0);
        Assert.Contains(pixels, pixel => pixel.A == 255);
    }

    [Fact]
    public void Reading_a_file_that_is_not_a_png_fails_clearly()
    {
        var error = Assert.Throws<InvalidDataException>(() => PngImage.Read(Path.Combine(RepositoryPaths.Teams, "manifest.json")));

        Assert.Contains("is not a PNG file", error.Message, StringComparison.Ordinal);
    }

    private static JsonObject ReadJson(string file) =>
        JsonNode.Parse(File.ReadAllText(Path.Combine(RepositoryPaths.Teams, file)))!.AsObject();

    [GeneratedRegex(@"\{\{([A-Z_]+)\}\}")]
    private static partial Regex Placeholder();

    [GeneratedRegex(@"placeholders=\(([A-Z_ ]+)\)")]
    private static partial Regex PlaceholderList();
}
