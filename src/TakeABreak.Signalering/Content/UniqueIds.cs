using System.Text.Json.Nodes;

namespace TakeABreak.Signalering.Content;

/// <summary>Hands out the ids of one file (or one set of files) and reports an id that is used twice.</summary>
internal sealed class UniqueIds(YamlContentDocument document, ICollection<ContentError> errors)
{
    private readonly Dictionary<string, (string File, int Line)> claimed = new(StringComparer.Ordinal);

    /// <summary>Claims the "id" of the node at <paramref name="pointer"/> and returns it.</summary>
    public string Claim(JsonNode node, string pointer, string kind) => Claim(document, node, pointer, kind);

    public string Claim(YamlContentDocument source, JsonNode node, string pointer, string kind)
    {
        var id = ContentNodes.String(node, "id");
        var line = source.LineOf(pointer + "/id");
        if (claimed.TryGetValue(id, out var first))
        {
            var where = first.File == source.File ? $"line {first.Line}" : $"{first.File}:{first.Line}";
            errors.Add(new ContentError(source.File, line, $"The {kind} id '{id}' is already used at {where}; ids must be unique."));
        }
        else
        {
            claimed[id] = (source.File, line);
        }

        return id;
    }

    public bool Contains(string id) => claimed.ContainsKey(id);
}
