using System.Globalization;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;
using YamlDotNet.RepresentationModel;

namespace TakeABreak.Signalering.Content;

/// <summary>
/// A YAML content file read as JSON nodes (so a JSON Schema can check it) that remembers the line of
/// every node, addressed by JSON Pointer, so each problem can name its line.
/// </summary>
public sealed partial class YamlContentDocument
{
    private readonly Dictionary<string, int> lines;

    private YamlContentDocument(string file, JsonNode? root, Dictionary<string, int> lines)
    {
        File = file;
        Root = root;
        this.lines = lines;
    }

    public string File { get; }

    public JsonNode? Root { get; }

    /// <summary>The line of the node at a JSON Pointer ("/signals/3/id"), or of its nearest known parent.</summary>
    public int LineOf(string pointer)
    {
        var current = pointer;
        while (true)
        {
            if (lines.TryGetValue(current, out var line))
            {
                return line;
            }

            if (current.Length == 0)
            {
                return 1;
            }

            current = current[..current.LastIndexOf('/')];
        }
    }

    /// <summary>The JSON Pointer of a child: a property name or an array index.</summary>
    public static string Child(string pointer, string name) =>
        pointer + "/" + name.Replace("~", "~0", StringComparison.Ordinal).Replace("/", "~1", StringComparison.Ordinal);

    public static string Child(string pointer, int index) => pointer + "/" + index.ToString(CultureInfo.InvariantCulture);

    /// <exception cref="ContentValidationException">The text is not one well-formed YAML document.</exception>
    public static YamlContentDocument Parse(string file, string text)
    {
        var stream = new YamlStream();
        var parser = new LineTrackingParser(new Parser(new StringReader(text)));
        try
        {
            stream.Load(parser);
        }
        catch (YamlException exception)
        {
            throw Fail(file, (int)exception.Start.Line, "This is not valid YAML: " + Explain(exception));
        }
        catch (InvalidOperationException)
        {
            // YamlDotNet's scanner can fail this way, without a position (e.g. on an unclosed "[").
            throw Fail(file, parser.LastLine, "This is not valid YAML after this line; look for an unclosed bracket or quote.");
        }

        if (stream.Documents.Count == 0)
        {
            throw Fail(file, 1, "The file is empty.");
        }

        if (stream.Documents.Count > 1)
        {
            throw Fail(file, (int)stream.Documents[1].RootNode.Start.Line, "The file holds more than one YAML document (---); keep one.");
        }

        var converter = new Converter(file);
        var root = converter.Convert(stream.Documents[0].RootNode, string.Empty);
        if (converter.Errors.Count > 0)
        {
            throw new ContentValidationException(converter.Errors);
        }

        return new YamlContentDocument(file, root, converter.Lines);
    }

    private static ContentValidationException Fail(string file, int line, string message) =>
        new([new ContentError(file, Math.Max(line, 1), message)]);

    private static string Explain(YamlException exception)
    {
        var message = (exception.InnerException as YamlException ?? exception).Message;
        return PositionPrefix().Replace(message, string.Empty);
    }

    [GeneratedRegex(@"^\(Line: \d+, Col: \d+, Idx: \d+\) - \(Line: \d+, Col: \d+, Idx: \d+\): ")]
    private static partial Regex PositionPrefix();

    [GeneratedRegex(@"^[-+]?(\d+\.\d*|\.\d+|\d+)([eE][-+]?\d+)?$")]
    private static partial Regex DecimalNumber();

    private sealed class LineTrackingParser(IParser inner) : IParser
    {
        public int LastLine { get; private set; } = 1;

        public ParsingEvent? Current => inner.Current;

        public bool MoveNext()
        {
            var moved = inner.MoveNext();
            if (inner.Current is { } current)
            {
                LastLine = (int)current.Start.Line;
            }

            return moved;
        }
    }

    private sealed class Converter(string file)
    {
        public Dictionary<string, int> Lines { get; } = new(StringComparer.Ordinal);

        public List<ContentError> Errors { get; } = [];

        public JsonNode? Convert(YamlNode node, string pointer)
        {
            Lines.TryAdd(pointer, (int)node.Start.Line);
            return node switch
            {
                YamlMappingNode mapping => ConvertMapping(mapping, pointer),
                YamlSequenceNode sequence => ConvertSequence(sequence, pointer),
                YamlScalarNode scalar => ConvertScalar(scalar),
                _ => null,
            };
        }

        private JsonObject ConvertMapping(YamlMappingNode mapping, string pointer)
        {
            var result = new JsonObject();
            foreach (var (keyNode, valueNode) in mapping.Children)
            {
                if (keyNode is not YamlScalarNode { Value: { } key })
                {
                    Errors.Add(new ContentError(file, (int)keyNode.Start.Line, "A key must be plain text."));
                    continue;
                }

                if (result.ContainsKey(key))
                {
                    Errors.Add(new ContentError(file, (int)keyNode.Start.Line, $"The key '{key}' appears twice here."));
                    continue;
                }

                var child = Child(pointer, key);
                Lines[child] = (int)keyNode.Start.Line;
                result[key] = Convert(valueNode, child);
            }

            return result;
        }

        private JsonArray ConvertSequence(YamlSequenceNode sequence, string pointer)
        {
            var result = new JsonArray();
            var index = 0;
            foreach (var item in sequence.Children)
            {
                result.Add(Convert(item, Child(pointer, index)));
                index++;
            }

            return result;
        }

        private static JsonNode? ConvertScalar(YamlScalarNode scalar)
        {
            var value = scalar.Value ?? string.Empty;
            if (scalar.Style != ScalarStyle.Plain)
            {
                return JsonValue.Create(value);
            }

            switch (value)
            {
                case "" or "~" or "null" or "Null" or "NULL":
                    return null;
                case "true" or "True" or "TRUE":
                    return JsonValue.Create(true);
                case "false" or "False" or "FALSE":
                    return JsonValue.Create(false);
            }

            if (long.TryParse(value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var whole))
            {
                return JsonValue.Create(whole);
            }

            if (DecimalNumber().IsMatch(value))
            {
                return JsonValue.Create(double.Parse(value, NumberStyles.Float, CultureInfo.InvariantCulture));
            }

            return JsonValue.Create(value);
        }
    }
}
