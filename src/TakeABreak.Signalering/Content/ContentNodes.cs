using System.Globalization;
using System.Text.Json.Nodes;

namespace TakeABreak.Signalering.Content;

/// <summary>Reads values from a content document that its JSON Schema has already accepted.</summary>
internal static class ContentNodes
{
    public static string String(JsonNode node, string name) => node[name]!.GetValue<string>();

    public static int Integer(JsonNode node, string name) => ToInt(node[name]!);

    public static int? OptionalInteger(JsonNode node, string name) => node[name] is { } value ? ToInt(value) : null;

    public static IReadOnlyList<string> Strings(JsonNode node, string name) =>
        node[name] is JsonArray array ? array.Select(item => item!.GetValue<string>()).ToList() : [];

    public static LocalizedText Text(JsonNode node, string name) =>
        new(node[name]!["nl"]!.GetValue<string>(), node[name]!["en"]!.GetValue<string>());

    /// <summary>An optional property with phrases per language ({ nl: [...], en: [...] }).</summary>
    public static LocalizedPhrases Phrases(JsonNode node, string name) =>
        node[name] is { } phrases ? new(Strings(phrases, "nl"), Strings(phrases, "en")) : LocalizedPhrases.None;

    public static string Child(string pointer, int index) =>
        YamlContentDocument.Pointer(pointer, index.ToString(CultureInfo.InvariantCulture));

    /// <summary>Each item of an array property, with its JSON Pointer.</summary>
    public static IEnumerable<(JsonNode Item, string Pointer)> Items(JsonNode node, string name, string pointer) =>
        node[name]!.AsArray().Select((item, index) => (item!, Child(YamlContentDocument.Pointer(pointer, name), index)));

    private static int ToInt(JsonNode node) =>
        node.AsValue().TryGetValue<int>(out var small) ? small : checked((int)node.GetValue<long>());
}
