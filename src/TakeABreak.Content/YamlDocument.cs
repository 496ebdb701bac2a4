using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace TakeABreak.Content;

/// <summary>
/// A YAML content file read as JSON nodes (so a JSON Schema can check it) that remembers the line of every
/// node by JSON Pointer, so each problem can name its line.
/// </summary>
public sealed class YamlDocument
{
    private const string DuplicateKey = "Duplicate key ";

    private readonly Dictionary<string, int> _lines;

    private YamlDocument(string file, JsonNode? root, Dictionary<string, int> lines)
    {
        File = file;
        Root = root;
        _lines = lines;
    }

    /// <summary>The file as errors name it (relative to the dialogs folder).</summary>
    public string File { get; }

    public JsonNode? Root { get; }

    /// <summary>The line of the node at a JSON Pointer ("/dialogs/main/steps/0"), or of its nearest known parent.</summary>
    public int LineOf(string pointer)
    {
        var current = pointer;
        while (true)
        {
            if (_lines.TryGetValue(current, out var line))
            {
                return line;
            }

            var slash = current.LastIndexOf('/');
            if (slash < 0)
            {
                return 1;
            }

            current = current[..slash];
        }
    }

    public static string Child(string pointer, string name) =>
        pointer + "/" + name.Replace("~", "~0", StringComparison.Ordinal).Replace("/", "~1", StringComparison.Ordinal);

    public static string Child(string pointer, int index) => pointer + "/" + index.ToString(CultureInfo.InvariantCulture);

    /// <summary>Parses one YAML document; problems go to <paramref name="errors"/> and the result is then null.</summary>
    public static YamlDocument? Parse(string file, string text, ICollection<ContentError> errors)
    {
        ArgumentNullException.ThrowIfNull(file);
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(errors);

        var stream = new YamlStream();
        var parser = new LineTrackingParser(new Parser(new StringReader(text)));
        try
        {
            stream.Load(parser);
        }
        catch (YamlException exception)
        {
            var message = (exception.InnerException as YamlException ?? exception).Message;
            var colon = message.IndexOf("): ", StringComparison.Ordinal);
            var reason = colon >= 0 ? message[(colon + 3)..] : message;
            errors.Add(new ContentError(file, Math.Max((int)exception.Start.Line, 1), reason.StartsWith(DuplicateKey, StringComparison.Ordinal)
                ? $"'{reason[DuplicateKey.Length..]}' appears twice here; keep one"
                : "this is not valid YAML: " + reason));
            return null;
        }
        catch (InvalidOperationException)
        {
            // YamlDotNet's scanner can fail this way, without a position (e.g. on an unclosed "[").
            errors.Add(new ContentError(file, parser.LastLine, "this is not valid YAML after this line; look for an unclosed bracket or quote"));
            return null;
        }

        if (stream.Documents.Count != 1)
        {
            errors.Add(stream.Documents.Count == 0
                ? new ContentError(file, 0, "the file is empty")
                : new ContentError(file, (int)stream.Documents[1].RootNode.Start.Line, "the file holds more than one YAML document (---); keep one"));
            return null;
        }

        var lines = new Dictionary<string, int>(StringComparer.Ordinal);
        var before = errors.Count;
        var root = Convert(file, stream.Documents[0].RootNode, string.Empty, lines, errors);
        return errors.Count == before ? new YamlDocument(file, root, lines) : null;
    }

    private static JsonNode? Convert(string file, YamlNode node, string pointer, Dictionary<string, int> lines, ICollection<ContentError> errors)
    {
        lines.TryAdd(pointer, (int)node.Start.Line);
        switch (node)
        {
            case YamlMappingNode mapping:
                var obj = new JsonObject();
                foreach (var (keyNode, valueNode) in mapping.Children)
                {
                    if (keyNode is not YamlScalarNode { Value: { } key })
                    {
                        errors.Add(new ContentError(file, (int)keyNode.Start.Line, "a key must be plain text"));
                        continue;
                    }

                    lines[Child(pointer, key)] = (int)keyNode.Start.Line;
                    obj[key] = Convert(file, valueNode, Child(pointer, key), lines, errors);
                }

                return obj;
            case YamlSequenceNode sequence:
                var array = new JsonArray();
                for (var i = 0; i < sequence.Children.Count; i++)
                {
                    array.Add(Convert(file, sequence.Children[i], Child(pointer, i), lines, errors));
                }

                return array;
            case YamlScalarNode scalar:
                return Scalar(scalar);
            default:
                errors.Add(new ContentError(file, (int)node.Start.Line, "aliases (*name) are not supported; write the value out"));
                return null;
        }
    }

    /// <summary>A plain scalar is null, true/false, a number or text; a quoted one is always text.</summary>
    private static JsonNode? Scalar(YamlScalarNode scalar)
    {
        var value = scalar.Value ?? string.Empty;
        if (scalar.Style is not ScalarStyle.Plain)
        {
            return JsonValue.Create(value);
        }

        return value switch
        {
            "" or "~" or "null" => null,
            "true" => JsonValue.Create(true),
            "false" => JsonValue.Create(false),
            // Numbers as JSON elements, so readers may take them as int or long alike.
            _ when long.TryParse(value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var integer) => JsonValue.Create(JsonSerializer.SerializeToElement(integer)),
            _ when double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var number) && double.IsFinite(number) => JsonValue.Create(JsonSerializer.SerializeToElement(number)),
            _ => JsonValue.Create(value),
        };
    }

    /// <summary>Remembers the last line the parser reached, for scanner failures that carry no position.</summary>
    private sealed class LineTrackingParser(IParser inner) : IParser
    {
        public int LastLine { get; private set; } = 1;

        public YamlDotNet.Core.Events.ParsingEvent? Current => inner.Current;

        public bool MoveNext()
        {
            var moved = inner.MoveNext();
            if (inner.Current is { } current)
            {
                LastLine = Math.Max(1, (int)current.Start.Line);
            }

            return moved;
        }
    }
}
