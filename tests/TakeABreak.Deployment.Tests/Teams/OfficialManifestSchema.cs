using System.Reflection;
using System.Text.Json.Nodes;
using Json.Schema;

namespace TakeABreak.Deployment.Tests.Teams;

/// <summary>
/// Microsoft's published Teams app manifest schemas (npm package @microsoft/app-manifest). They declare JSON Schema
/// draft-04, which JsonSchema.Net does not read; they use none of the keywords whose meaning changed after draft-04
/// (<see cref="Draft04OnlyKeywordsIn"/>), so they are evaluated as draft-07, which reads every keyword they use the same way.
/// </summary>
public static class OfficialManifestSchema
{
    /// <summary>Where a schema uses draft-04's boolean exclusiveMinimum/Maximum or its string "id" keyword.</summary>
    public static IEnumerable<string> Draft04OnlyKeywordsIn(JsonNode? node, string path = "#")
    {
        if (node is JsonArray array)
        {
            return array.SelectMany((item, index) => Draft04OnlyKeywordsIn(item, $"{path}/{index}"));
        }

        if (node is not JsonObject schema)
        {
            return [];
        }

        var here = schema
            .Where(pair => (pair.Key is "exclusiveMinimum" or "exclusiveMaximum" && pair.Value?.GetValueKind() is System.Text.Json.JsonValueKind.True or System.Text.Json.JsonValueKind.False)
                || (pair.Key == "id" && pair.Value?.GetValueKind() == System.Text.Json.JsonValueKind.String))
            .Select(pair => $"{path}/{pair.Key}");
        return here.Concat(schema.SelectMany(pair => Draft04OnlyKeywordsIn(pair.Value, $"{path}/{pair.Key}"))).ToList();
    }

    public static string Folder(string manifestVersion)
    {
        var root = typeof(OfficialManifestSchema).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
            .Single(attribute => attribute.Key == "TeamsManifestSchemas").Value!;
        return Path.Combine(root, "v" + manifestVersion);
    }

    public static string Text(string manifestVersion, string file) => File.ReadAllText(Path.Combine(Folder(manifestVersion), file));

    public static JsonSchema Load(string manifestVersion, string file)
    {
        var schema = JsonNode.Parse(Text(manifestVersion, file))!.AsObject();
        schema["$schema"] = "http://json-schema.org/draft-07/schema#";
        var options = new BuildOptions { SchemaRegistry = new SchemaRegistry() };
        return JsonSchema.FromText(schema.ToJsonString(), options, new Uri($"https://schemas.test/teams/v{manifestVersion}/{file}"));
    }

    public static IReadOnlyList<string> Problems(JsonSchema schema, JsonNode instance)
    {
        var result = schema.Evaluate(System.Text.Json.JsonSerializer.SerializeToElement(instance), new EvaluationOptions { OutputFormat = OutputFormat.List });
        if (result.IsValid)
        {
            return [];
        }

        var problems = new[] { result }.Concat(result.Details ?? [])
            .Where(detail => detail.Errors is { Count: > 0 })
            .SelectMany(detail => detail.Errors!.Select(error => $"{detail.InstanceLocation}: {error.Value}"))
            .ToList();
        return problems.Count > 0 ? problems : ["the document does not match the schema"];
    }
}
