using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Json.Schema;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace TakeABreak.Signalering.Content;

/// <summary>
/// A YAML content file read as a JSON tree, remembering the line of every node
/// so that schema and reference errors can point at the line a content editor must fix.
/// </summary>
public sealed class YamlContentDocument
{
    private readonly Dictionary<string, int> _lineByPointer;

    private YamlContentDocument(string file, JsonNode? root, Dictionary<string, int> lineByPointer)
    {
        File = file;
        Root = root;
        _lineByPointer = lineByPointer;
    }

    public string File { get; }

    public JsonNode? Root { get; }

    /// <summary>Parses YAML text; on failure adds the error (with line) and returns null.</summary>
    public static YamlContentDocument? Parse(string file, string yamlText, ICollection<ContentError> errors)
    {
        ArgumentNullException.ThrowIfNull(file);
        ArgumentNullException.ThrowIfNull(yamlText);
        ArgumentNullException.ThrowIfNull(errors);

        var stream = new YamlStream();
        var parser = new Parser(new StringReader(yamlText));
        try
        {
            stream.Load(parser);
        }
        catch (YamlException exception)
        {
            errors.Add(new ContentError(file, (int)exception.Start.Line, "YAML syntax: " + WithoutPosition(exception)));
            return null;
        }
        catch (InvalidOperationException)
        {
            var line = (int)(parser.Current?.End.Line ?? 0);
            errors.Add(new ContentError(file, line, "YAML syntax: the text after this line cannot be read (check brackets and quotes)"));
            return null;
        }

        if (stream.Documents.Count == 0)
        {
            errors.Add(new ContentError(file, 0, "the file is empty"));
            return null;
        }

        if (stream.Documents.Count > 1)
        {
            errors.Add(new ContentError(file, (int)stream.Documents[1].RootNode.Start.Line, "only one YAML document per file is allowed"));
            return null;
        }

        var lines = new Dictionary<string, int>(StringComparer.Ordinal);
        var conversionErrors = new List<ContentError>();
        var root = ToJson(stream.Documents[0].RootNode, "", lines, file, conversionErrors);
        if (conversionErrors.Count > 0)
        {
            foreach (var error in conversionErrors)
            {
                errors.Add(error);
            }

            return null;
        }

        return new YamlContentDocument(file, root, lines);
    }

    /// <summary>The line of the node at a JSON pointer (or of its nearest known parent).</summary>
    public int LineOf(string jsonPointer)
    {
        var pointer = jsonPointer;
        while (true)
        {
            if (_lineByPointer.TryGetValue(pointer, out var line))
            {
                return line;
            }

            var slash = pointer.LastIndexOf('/');
            if (slash < 0)
            {
                return 1;
            }

            pointer = pointer[..slash];
        }
    }

    public IReadOnlyList<ContentError> ValidateAgainst(JsonSchema schema)
    {
        ArgumentNullException.ThrowIfNull(schema);
        using var json = JsonDocument.Parse(Root?.ToJsonString() ?? "null");
        var results = schema.Evaluate(json.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.Hierarchical });
        var errors = new List<ContentError>();
        CollectErrors(results, errors);
        return errors
            .Distinct()
            .OrderBy(error => error.Line)
            .ToList();
    }

    /// <summary>Errors of failing nodes only: a branch that failed inside a passing "oneOf" is no error.</summary>
    private void CollectErrors(EvaluationResults result, List<ContentError> errors)
    {
        if (result.IsValid)
        {
            return;
        }

        var location = result.InstanceLocation.ToString();
        foreach (var message in result.Errors?.Values ?? Enumerable.Empty<string>())
        {
            var where = location.Length == 0 ? "the file" : location;
            errors.Add(new ContentError(File, LineOf(location), $"{where}: {message}"));
        }

        foreach (var detail in result.Details ?? [])
        {
            CollectErrors(detail, errors);
        }
    }

    public static string Pointer(string parent, string segment) =>
        parent + "/" + segment.Replace("~", "~0", StringComparison.Ordinal).Replace("/", "~1", StringComparison.Ordinal);

    private static JsonNode? ToJson(YamlNode node, string pointer, Dictionary<string, int> lines, string file, List<ContentError> errors)
    {
        lines[pointer] = (int)node.Start.Line;
        switch (node)
        {
            case YamlMappingNode mapping:
                var obj = new JsonObject();
                foreach (var (keyNode, valueNode) in mapping.Children)
                {
                    if (keyNode is not YamlScalarNode { Value: { } key })
                    {
                        errors.Add(new ContentError(file, (int)keyNode.Start.Line, "keys must be plain text"));
                        continue;
                    }

                    obj[key] = ToJson(valueNode, Pointer(pointer, key), lines, file, errors);
                }

                return obj;
            case YamlSequenceNode sequence:
                var array = new JsonArray();
                for (var i = 0; i < sequence.Children.Count; i++)
                {
                    array.Add(ToJson(sequence.Children[i], Pointer(pointer, i.ToString(CultureInfo.InvariantCulture)), lines, file, errors));
                }

                return array;
            case YamlScalarNode scalar:
                return ScalarToJson(scalar);
            default:
                errors.Add(new ContentError(file, (int)node.Start.Line, "unsupported YAML node"));
                return null;
        }
    }

    private static JsonNode? ScalarToJson(YamlScalarNode scalar)
    {
        var value = scalar.Value ?? "";
        if (scalar.Style != ScalarStyle.Plain)
        {
            return JsonValue.Create(value);
        }

        if (value is "" or "~" or "null")
        {
            return null;
        }

        if (value is "true" or "false")
        {
            return JsonValue.Create(value == "true");
        }

        if (long.TryParse(value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var integer))
        {
            return integer is >= int.MinValue and <= int.MaxValue ? JsonValue.Create((int)integer) : JsonValue.Create(integer);
        }

        if (double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var number))
        {
            return JsonValue.Create(number);
        }

        return JsonValue.Create(value);
    }

    private static string WithoutPosition(YamlException exception)
    {
        var message = exception.Message;
        var end = message.IndexOf("): ", StringComparison.Ordinal);
        return end >= 0 && message.StartsWith('(') ? message[(end + 3)..] : message;
    }
}
