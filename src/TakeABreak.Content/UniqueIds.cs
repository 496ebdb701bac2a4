using System.Text.Json.Nodes;

namespace TakeABreak.Signalering.Content;

/// <summary>Hands out the ids of one kind in a file and reports an id that is used twice.</summary>
internal sealed class UniqueIds(YamlContentDocument document, ICollection<ContentError> errors)
{
    private readonly Dictionary<string, int> lineOfFirstUse = new(StringComparer.Ordinal);

    /// <summary>Claims the "id" of the node at <paramref name="pointer"/> and returns it.</summary>
    public string Claim(JsonNode node, string pointer, string kind)
    {
        var id = ContentNodes.String(node, "id");
        var line = document.LineOf(pointer + "/id");
        if (!lineOfFirstUse.TryAdd(id, line))
        {
            errors.Add(new ContentError(document.File, line, $"the {kind} id '{id}' is already used at line {lineOfFirstUse[id]}; ids must be unique"));
        }

        return id;
    }
}
