using System.Text.Json.Nodes;

namespace TakeABreak.Content.Tests.Examples;

/// <summary>One file of dialogs/examples, checked against dialogs/schemas/example.schema.json.</summary>
internal sealed record ExampleConversation(string File, string? Locale, IReadOnlyList<ExampleLine> Lines)
{
    public static ExampleConversation Read(string path)
    {
        var errors = new List<ContentError>();
        var relative = Path.GetRelativePath(ContentFolder.Path, path).Replace('\\', '/');
        var document = ContentFile.Read(ContentFolder.Path, relative, "example.schema.json", errors)
            ?? throw new ContentValidationException(errors);

        var root = document.Root!;
        var lines = root["conversation"]!.AsArray()
            .Select((item, index) => ExampleLine.From(item!.AsObject(), document.LineOf(YamlDocument.Child("/conversation", index))))
            .ToList();
        return new ExampleConversation(path, root["locale"]?.ToString(), lines);
    }
}

internal sealed record ExampleLine(string Kind, string? Text, IReadOnlyList<string> Items, int Line)
{
    public static ExampleLine From(JsonObject item, int line)
    {
        var (kind, value) = item.First();
        return value is JsonArray array
            ? new ExampleLine(kind, null, array.Select(node => node!.ToString()).ToList(), line)
            : new ExampleLine(kind, value?.ToString(), [], line);
    }
}
