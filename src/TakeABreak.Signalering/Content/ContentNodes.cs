using System.Text.Json.Nodes;

namespace TakeABreak.Signalering.Content;

/// <summary>Reads values from a content document that its JSON Schema has already accepted.</summary>
internal static class ContentNodes
{
    public static string String(JsonNode node, string name) => node[name]!.GetValue<string>();

    public static int Integer(JsonNode node, string name) => node[name]!.GetValue<int>();

    public static int? OptionalInteger(JsonNode node, string name) => node[name]?.GetValue<int>();

    public static IReadOnlyList<string> Strings(JsonNode node, string name) =>
        node[name] is JsonArray array ? array.Select(item => item!.GetValue<string>()).ToList() : [];

    public static LocalizedText Text(JsonNode node, string name) =>
        new(node[name]!["nl"]!.GetValue<string>(), node[name]!["en"]!.GetValue<string>());

    /// <summary>An optional property with phrases per language ({ nl: [...], en: [...] }).</summary>
    public static LocalizedText Phrases(JsonNode node, string name) =>
        node[name] is { } phrases
            ? new(new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal) { ["nl"] = Strings(phrases, "nl"), ["en"] = Strings(phrases, "en") })
            : LocalizedText.None;

    public static string Child(string pointer, int index) => YamlDocument.Child(pointer, index);

    /// <summary>Each item of an array property, with its JSON Pointer.</summary>
    public static IEnumerable<(JsonNode Item, string Pointer)> Items(JsonNode node, string name, string pointer) =>
        node[name]!.AsArray().Select((item, index) => (item!, YamlDocument.Child(YamlDocument.Child(pointer, name), index)));
}
