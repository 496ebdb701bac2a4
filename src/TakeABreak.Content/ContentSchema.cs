using System.Text.Json;
using System.Text.Json.Nodes;
using Json.Schema;

namespace TakeABreak.Content;

/// <summary>A published JSON Schema from dialogs/schemas/, used to check a content file line by line.</summary>
public sealed class ContentSchema
{
    public const string FolderName = "schemas";

    private static readonly System.Collections.Concurrent.ConcurrentDictionary<(string Path, DateTime Written, long Length), ContentSchema> Built = new();

    private readonly JsonSchema _schema;

    private ContentSchema(JsonSchema schema) => _schema = schema;

    /// <summary>Loads dialogs/schemas/{fileName}; on failure adds an error and returns null.</summary>
    public static ContentSchema? Load(string dialogsRoot, string fileName, ICollection<ContentError> errors)
    {
        ArgumentNullException.ThrowIfNull(dialogsRoot);
        ArgumentNullException.ThrowIfNull(fileName);
        ArgumentNullException.ThrowIfNull(errors);

        var relative = FolderName + "/" + fileName;
        var path = Path.Combine(dialogsRoot, FolderName, fileName);
        if (!File.Exists(path))
        {
            errors.Add(new ContentError(relative, 0, "the schema file is missing"));
            return null;
        }

        try
        {
            // Every file of a kind follows the same schema: it is built once per version of the schema file.
            var file = new FileInfo(path);
            var version = (Path.GetFullPath(path), file.LastWriteTimeUtc, file.Length);
            if (Built.TryGetValue(version, out var built))
            {
                return built;
            }

            var options = new BuildOptions { SchemaRegistry = new SchemaRegistry() };
            built = new ContentSchema(JsonSchema.FromText(File.ReadAllText(path), options, new Uri(Path.GetFullPath(path))));
            Built[version] = built;
            return built;
        }
        catch (Exception exception) when (exception is JsonException or JsonSchemaException or ArgumentException or InvalidOperationException)
        {
            errors.Add(new ContentError(relative, 0, "the schema cannot be used: " + exception.Message));
            return null;
        }
    }

    /// <summary>Adds a problem for every place where the document breaks the schema; true when there were none.</summary>
    public bool Check(YamlDocument document, ICollection<ContentError> errors)
    {
        var instance = JsonSerializer.SerializeToElement(document.Root);

        // Content is valid nearly always: a yes/no evaluation first (it stops at the first failure and collects nothing),
        // the detailed one only to describe what is wrong.
        if (_schema.Evaluate(instance, new EvaluationOptions { OutputFormat = OutputFormat.Flag }).IsValid)
        {
            return true;
        }

        var results = _schema.Evaluate(instance, new EvaluationOptions { OutputFormat = OutputFormat.Hierarchical });
        if (results.IsValid)
        {
            return true;
        }

        var problems = Failed(results)
            .Where(result => result.Errors is { Count: > 0 })
            .SelectMany(result => result.Errors!.Select(error => Describe(document, result.InstanceLocation.ToString(), error.Key, error.Value)))
            .Distinct()
            .OrderBy(error => error.Line)
            .ToList();
        if (problems.Count == 0)
        {
            problems.Add(new ContentError(document.File, 1, "the file does not match its schema"));
        }

        foreach (var problem in problems)
        {
            errors.Add(problem);
        }

        return false;
    }

    /// <summary>The failed results, without descending into parts that passed (such as the branches a oneOf did not need).</summary>
    private static IEnumerable<EvaluationResults> Failed(EvaluationResults results)
    {
        if (results.IsValid)
        {
            yield break;
        }

        yield return results;
        foreach (var detail in results.Details ?? [])
        {
            foreach (var nested in Failed(detail))
            {
                yield return nested;
            }
        }
    }

    private static ContentError Describe(YamlDocument document, string pointer, string keyword, string message)
    {
        var (within, remainder) = NamedPart(document, pointer);
        var where = remainder.Length == 0 ? (within is null ? "the file" : "it") : $"'{remainder}'";
        var text = keyword == "false" || message.Contains("false schema", StringComparison.Ordinal)
            ? $"{where} is not a known field here (a typo?)"
            : keyword == "pattern" && message.Contains("regular expression", StringComparison.Ordinal)
                ? $"{where} is not written as expected: ids are lower_snake_case (a-z, 0-9 and _), locales two letters (nl, en)"
                : keyword == "required" && Quoted(message) is { Count: > 0 } missing
                    ? $"{where} needs {string.Join(" and ", missing.Select(name => $"'{name}'"))}, which is missing"
                    : keyword is "enum" or "const"
                        ? $"{where} is '{ValueAt(document, pointer)}', which is not one of the allowed values"
                        : $"{where}: {message}";
        return new ContentError(document.File, document.LineOf(pointer), text) { Within = within };
    }

    /// <summary>
    /// The named items a pointer passes through, the way editors call them ("/dialogs/main/steps/3/choice" is
    /// "dialog 'main', step 'ask_who'" and "choice"): a key of a top-level map, or a list item with an id.
    /// </summary>
    private static (string? Within, string Remainder) NamedPart(YamlDocument document, string pointer)
    {
        var segments = pointer.Split('/', StringSplitOptions.RemoveEmptyEntries);
        var names = new List<string>();
        var restStart = 0;
        var node = document.Root;
        for (var i = 0; i < segments.Length && node is not null; i++)
        {
            var segment = segments[i].Replace("~1", "/", StringComparison.Ordinal).Replace("~0", "~", StringComparison.Ordinal);
            var container = i == 0 ? null : segments[i - 1];
            node = node is JsonArray array && int.TryParse(segment, out var index) && index < array.Count ? array[index]
                : node is JsonObject obj ? obj[segment]
                : null;
            if (container is null)
            {
                continue;
            }

            var name = i == 1 && node is JsonObject && document.Root?[container] is JsonObject ? segment
                : node is JsonObject item && item["id"] is JsonValue id && id.TryGetValue<string>(out var text) ? text
                : null;
            if (name is not null)
            {
                names.Add($"{Singular(container)} '{name}'");
                restStart = i + 1;
            }
        }

        return (names.Count == 0 ? null : string.Join(", ", names), string.Join('/', segments.Skip(names.Count == 0 ? 0 : restStart)));
    }

    private static string? ValueAt(YamlDocument document, string pointer) =>
        pointer.Split('/', StringSplitOptions.RemoveEmptyEntries)
            .Select(segment => segment.Replace("~1", "/", StringComparison.Ordinal).Replace("~0", "~", StringComparison.Ordinal))
            .Aggregate(document.Root, (node, segment) => node switch
            {
                JsonArray array when int.TryParse(segment, out var index) && index < array.Count => array[index],
                JsonObject obj => obj[segment],
                _ => null,
            })?.ToString();

    /// <summary>The names in a message such as <c>Required properties ["into"] are not present</c>.</summary>
    private static List<string> Quoted(string message) =>
        System.Text.RegularExpressions.Regex.Matches(message, "\"([^\"]+)\"").Select(match => match.Groups[1].Value).ToList();

    private static string Singular(string plural) => plural.EndsWith('s') ? plural[..^1] : plural;
}
