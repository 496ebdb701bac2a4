using System.Text.Json.Nodes;
using YamlDotNet.RepresentationModel;

namespace TakeABreak.Deployment.Tests.Teams;

/// <summary>The Teams app package checked against Microsoft's own manifest schema, as Teams checks it on upload.</summary>
public sealed class TeamsManifestSchemaTests
{
    private static readonly JsonObject Manifest = ReadJson("manifest.json");
    private static readonly string ManifestVersion = Manifest["manifestVersion"]!.GetValue<string>();

    private static readonly Dictionary<string, string> SampleValues = new()
    {
        ["TEAMS_APP_ID"] = "6f1c2a9e-3b7d-4c1e-9a53-2d8e4f0b7c61",
        ["BOT_ID"] = "0d4b7e2a-8c15-4f3e-b9a6-71e2c5d8f034",
        ["BOT_HOST"] = "app-takeabreak.azurewebsites.net",
        ["WEBSITE_URL"] = "https://www.moviera.nl/",
        ["PRIVACY_URL"] = "https://www.moviera.nl/privacy",
        ["TERMS_OF_USE_URL"] = "https://www.moviera.nl/voorwaarden",
    };

    [Fact]
    public void The_manifest_declares_the_newest_schema_version_that_Microsoft_publishes()
    {
        var published = Directory.GetDirectories(Path.GetDirectoryName(OfficialManifestSchema.Folder("0"))!)
            .Select(Path.GetFileName)
            .Where(name => name!.StartsWith('v') && Version.TryParse(name[1..], out _))
            .Select(name => Version.Parse(name![1..]))
            .Max();

        Assert.Equal(published!.ToString(), ManifestVersion);
        Assert.Equal($"https://developer.microsoft.com/json-schemas/teams/v{ManifestVersion}/MicrosoftTeams.schema.json", Manifest["$schema"]!.GetValue<string>());
    }

    [Fact]
    public void The_official_schemas_use_no_keyword_that_changed_meaning_after_draft_04()
    {
        foreach (var file in new[] { "MicrosoftTeams.schema.json", "MicrosoftTeams.Localization.schema.json" })
        {
            Assert.Empty(OfficialManifestSchema.Draft04OnlyKeywordsIn(JsonNode.Parse(OfficialManifestSchema.Text(ManifestVersion, file))));
        }
    }

    [Fact]
    public void The_packaged_manifest_is_valid_against_the_official_schema()
    {
        var problems = OfficialManifestSchema.Problems(OfficialManifestSchema.Load(ManifestVersion, "MicrosoftTeams.schema.json"), Filled(Manifest));

        Assert.True(problems.Count == 0, string.Join(Environment.NewLine, problems));
    }

    [Fact]
    public void The_English_localization_is_valid_against_the_official_schema()
    {
        var english = ReadJson("en.json");
        var problems = OfficialManifestSchema.Problems(OfficialManifestSchema.Load(ManifestVersion, "MicrosoftTeams.Localization.schema.json"), english);

        Assert.True(problems.Count == 0, string.Join(Environment.NewLine, problems));
        Assert.Equal($"https://developer.microsoft.com/json-schemas/teams/v{ManifestVersion}/MicrosoftTeams.Localization.schema.json", english["$schema"]!.GetValue<string>());
    }

    [Fact]
    public void The_schema_check_rejects_a_manifest_that_Teams_would_refuse()
    {
        var broken = Filled(Manifest);
        broken["bots"]![0]!["scopes"] = new JsonArray("personal", "everywhere");
        broken["permissions"] = new JsonArray("readMinds");

        var problems = OfficialManifestSchema.Problems(OfficialManifestSchema.Load(ManifestVersion, "MicrosoftTeams.schema.json"), broken);

        Assert.NotEmpty(problems);
    }

    [Fact]
    public void The_bot_installs_personally_by_default_asks_for_no_permissions_and_has_no_group_chat_dialog()
    {
        var bot = Assert.Single(Manifest["bots"]!.AsArray())!;

        Assert.Equal("personal", Manifest["defaultInstallScope"]!.GetValue<string>());
        Assert.Null(Manifest["permissions"]);
        Assert.Equal(["personal", "team"], bot["scopes"]!.AsArray().Select(scope => scope!.GetValue<string>()));
    }

    [Fact]
    public void Every_command_in_the_Teams_menu_is_a_phrase_the_bot_understands_in_that_language()
    {
        var commands = Assert.Single(Manifest["bots"]![0]!["commandLists"]!.AsArray())!["commands"]!.AsArray();
        var english = ReadJson("en.json");
        var phrases = IntentPhrases();

        Assert.Equal(4, commands.Count);
        for (var i = 0; i < commands.Count; i++)
        {
            var dutchTitle = commands[i]!["title"]!.GetValue<string>();
            var englishTitle = english[$"bots[0].commandLists[0].commands[{i}].title"]!.GetValue<string>();
            Assert.Contains(dutchTitle.ToLowerInvariant(), phrases["nl"]);
            Assert.Contains(englishTitle.ToLowerInvariant(), phrases["en"]);
            Assert.False(string.IsNullOrWhiteSpace(english[$"bots[0].commandLists[0].commands[{i}].description"]?.GetValue<string>()));
        }
    }

    private static JsonObject Filled(JsonObject manifest)
    {
        var text = manifest.ToJsonString();
        foreach (var (name, value) in SampleValues)
        {
            text = text.Replace("{{" + name + "}}", value, StringComparison.Ordinal);
        }

        Assert.DoesNotContain("{{", text, StringComparison.Ordinal);
        return JsonNode.Parse(text)!.AsObject();
    }

    /// <summary>Every phrase of the engine's interruption intents (help, restart, stop, language) per locale.</summary>
    private static Dictionary<string, HashSet<string>> IntentPhrases()
    {
        var yaml = new YamlStream();
        using (var reader = new StreamReader(Path.Combine(RepositoryPaths.Root, "dialogs", "strings", "engine.yaml")))
        {
            yaml.Load(reader);
        }

        var strings = (YamlMappingNode)((YamlMappingNode)yaml.Documents[0].RootNode).Children[new YamlScalarNode("strings")];
        var phrases = new Dictionary<string, HashSet<string>> { ["nl"] = [], ["en"] = [] };
        foreach (var (key, value) in strings.Children)
        {
            if (!((YamlScalarNode)key).Value!.StartsWith("intent_", StringComparison.Ordinal) || value is not YamlMappingNode locales)
            {
                continue;
            }

            foreach (var (locale, list) in locales.Children)
            {
                if (list is YamlSequenceNode sequence && phrases.TryGetValue(((YamlScalarNode)locale).Value!, out var set))
                {
                    set.UnionWith(sequence.Children.Select(phrase => ((YamlScalarNode)phrase).Value!.ToLowerInvariant()));
                }
            }
        }

        return phrases;
    }

    private static JsonObject ReadJson(string file) =>
        JsonNode.Parse(File.ReadAllText(Path.Combine(RepositoryPaths.Teams, file)))!.AsObject();
}
