using System.Text.Json;
using Json.Schema;

namespace TakeABreak.Signalering.Content;

/// <summary>A published JSON Schema from dialogs/schemas/, used to check a content file line by line.</summary>
public sealed class ContentSchema
{
    private readonly JsonSchema schema;

    private ContentSchema(JsonSchema schema) => this.schema = schema;

    /// <exception cref="ContentValidationException">The schema file is missing or not a valid schema.</exception>
    public static ContentSchema FromFile(string path)
    {
        if (!File.Exists(path))
        {
            throw new ContentValidationException([new ContentError(path, 1, "The schema file is missing.")]);
        }

        try
        {
            var options = new BuildOptions { SchemaRegistry = new SchemaRegistry() };
            return new ContentSchema(JsonSchema.FromText(File.ReadAllText(path), options, new Uri(Path.GetFullPath(path))));
        }
        catch (JsonException exception)
        {
            var line = (int)(exception.LineNumber ?? 0) + 1;
            throw new ContentValidationException([new ContentError(path, line, "The schema is not valid JSON: " + exception.Message)]);
        }
        catch (Exception exception) when (exception is JsonSchemaException or ArgumentException or InvalidOperationException)
        {
            throw new ContentValidationException([new ContentError(path, 1, "The schema cannot be used: " + exception.Message)]);
        }
    }

    public IReadOnlyList<ContentError> Validate(YamlContentDocument document)
    {
        var instance = JsonSerializer.SerializeToElement(document.Root);
        var results = schema.Evaluate(instance, new EvaluationOptions { OutputFormat = OutputFormat.List });
        if (results.IsValid)
        {
            return [];
        }

        return Flatten(results)
            .Where(result => result.Errors is { Count: > 0 })
            .SelectMany(result => result.Errors!.Select(error => Describe(document, result.InstanceLocation.ToString(), error.Key, error.Value)))
            .Distinct()
            .OrderBy(error => error.Line)
            .ToList();
    }

    private static IEnumerable<EvaluationResults> Flatten(EvaluationResults results)
    {
        yield return results;
        foreach (var detail in results.Details ?? [])
        {
            foreach (var nested in Flatten(detail))
            {
                yield return nested;
            }
        }
    }

    private static ContentError Describe(YamlContentDocument document, string pointer, string keyword, string message)
    {
        var where = pointer.Length == 0 ? "the file" : $"'{pointer.TrimStart('/')}'";
        var text = keyword is "" or "false"
            ? $"{where} is not a known field here."
            : $"{where}: {message}";
        return new ContentError(document.File, document.LineOf(pointer), text);
    }
}
