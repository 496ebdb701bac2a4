using System.Text.Json.Nodes;

namespace TakeABreak.Content;

/// <summary>Hands out the ids of one kind in a file and reports an id that is used twice.</summary>
public sealed class UniqueIds(YamlDocument document, ICollection<ContentError> errors)
{
    private readonly Dictionary<string, int> lineOfFirstUse = new(StringComparer.Ordinal);

    /// <summary>Claims the "id" of the node at <paramref name="pointer"/> and returns it.</summary>
    public string Claim(JsonNode node, string pointer, string kind)
    {
        var id = node["id"]!.GetValue<string>();
        TryClaim(id, pointer + "/id", kind);
        return id;
    }

    /// <summary>Claims an id found at <paramref name="pointer"/>; false (and an error) when it was claimed before.</summary>
    public bool TryClaim(string id, string pointer, string kind)
    {
        var line = document.LineOf(pointer);
        if (lineOfFirstUse.TryAdd(id, line))
        {
            return true;
        }

        errors.Add(new ContentError(document.File, line, $"the {kind} id '{id}' is already used at line {lineOfFirstUse[id]}; ids must be unique"));
        return false;
    }
}
