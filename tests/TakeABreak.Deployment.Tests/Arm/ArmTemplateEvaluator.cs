using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace TakeABreak.Deployment.Tests.Arm;

/// <summary>A value only Azure knows at deployment time (a reference(), a uniqueString(), ...), kept as its expression.</summary>
public sealed record ArmUnknown(string Expression)
{
    public override string ToString() => $"[{Expression}]";
}

/// <summary>A resource the template would deploy, with every expression evaluated that can be evaluated offline.</summary>
public sealed record ArmResource(string Type, string Name, string Module, JsonObject Body)
{
    public JsonObject Properties => Body["properties"]?.AsObject() ?? throw new InvalidOperationException($"{Type} '{Name}' has no properties.");
}

/// <summary>
/// Evaluates a compiled ARM template for given parameters, as far as possible without Azure: parameters, variables,
/// conditions, nested module deployments and the common functions. What only Azure knows stays an <see cref="ArmUnknown"/>.
/// </summary>
public static class ArmTemplateEvaluator
{
    private const string DeploymentType = "Microsoft.Resources/deployments";

    public static IReadOnlyList<ArmResource> Evaluate(JsonObject template, IReadOnlyDictionary<string, object?> parameters)
    {
        var resources = new List<ArmResource>();
        Walk(template, parameters, "main", resources);
        return resources;
    }

    private static void Walk(JsonObject template, IReadOnlyDictionary<string, object?> given, string module, List<ArmResource> into)
    {
        var scope = new Scope(template, given);
        var declared = template["resources"] switch
        {
            JsonObject symbolic => symbolic.Select(pair => pair.Value!.AsObject()),
            JsonArray list => list.Select(node => node!.AsObject()),
            _ => [],
        };
        foreach (var resource in declared)
        {
            if (resource["existing"]?.GetValue<bool>() == true)
            {
                continue;
            }

            if (resource["condition"] is { } condition && scope.Evaluate(condition) is false)
            {
                continue;
            }

            var type = resource["type"]!.GetValue<string>();
            var name = Render(scope.Evaluate(resource["name"]));
            if (type == DeploymentType)
            {
                var properties = resource["properties"]!.AsObject();
                var moduleParameters = properties["parameters"]?.AsObject()
                    .ToDictionary(pair => pair.Key, pair => scope.Evaluate(pair.Value) switch
                    {
                        Dictionary<string, object?> parameter => parameter["value"],
                        var unknown => unknown,
                    })
                    ?? [];
                Walk(properties["template"]!.AsObject(), moduleParameters, name, into);
                continue;
            }

            into.Add(new ArmResource(type, name, module, ToJson(scope.Evaluate(resource))!.AsObject()));
        }
    }

    private sealed class Scope(JsonObject template, IReadOnlyDictionary<string, object?> given)
    {
        private readonly Dictionary<string, object?> _variables = new(StringComparer.OrdinalIgnoreCase);

        public object? Evaluate(JsonNode? node) => node switch
        {
            null => null,
            JsonObject obj => obj.ToDictionary(pair => Render(EvaluateString(pair.Key)), pair => Evaluate(pair.Value), StringComparer.OrdinalIgnoreCase),
            JsonArray array => array.Select(Evaluate).ToList(),
            JsonValue value when value.GetValueKind() == JsonValueKind.String => EvaluateString(value.GetValue<string>()),
            JsonValue value when value.GetValueKind() is JsonValueKind.True or JsonValueKind.False => value.GetValue<bool>(),
            JsonValue value when value.GetValueKind() == JsonValueKind.Number => value.GetValue<long>(),
            _ => null,
        };

        private object? EvaluateString(string text)
        {
            if (text.StartsWith("[[", StringComparison.Ordinal))
            {
                return text[1..];
            }

            return text.StartsWith('[') && text.EndsWith(']') ? Evaluate(ArmExpression.Parse(text[1..^1])) : text;
        }

        private object? Evaluate(ArmExpression expression) => expression switch
        {
            ArmLiteral literal => literal.Value,
            ArmMember member => Member(Evaluate(member.Target), member.Name, member),
            ArmIndex index => Member(Evaluate(index.Target), Render(Evaluate(index.Index)), index),
            ArmCall call => Call(call),
            _ => throw new NotSupportedException(expression.GetType().Name),
        };

        private static object? Member(object? target, string name, ArmExpression expression) => target switch
        {
            Dictionary<string, object?> obj when obj.TryGetValue(name, out var value) => value,
            List<object?> list when int.TryParse(name, out var i) && i >= 0 && i < list.Count => list[i],
            ArmUnknown unknown => new ArmUnknown(expression is ArmMember ? $"{unknown.Expression}.{name}" : $"{unknown.Expression}[{Quote(name)}]"),
            _ => throw new InvalidOperationException($"'{expression.Text}': no member '{name}'."),
        };

        private object? Call(ArmCall call)
        {
            var name = call.Name.ToLowerInvariant();
            switch (name)
            {
                case "parameters":
                    return Parameter(Render(Evaluate(call.Arguments[0])));
                case "variables":
                    return Variable(Render(Evaluate(call.Arguments[0])));
                case "if":
                    return Evaluate(call.Arguments[0]) switch
                    {
                        true => Evaluate(call.Arguments[1]),
                        false => Evaluate(call.Arguments[2]),
                        var condition => Residual(call, [condition, Evaluate(call.Arguments[1]), Evaluate(call.Arguments[2])]),
                    };
                case "true":
                    return true;
                case "false":
                    return false;
                case "null":
                    return null;
            }

            var arguments = call.Arguments.Select(Evaluate).ToList();
            switch (name)
            {
                case "createarray":
                    return arguments;
                case "createobject":
                    return arguments.Chunk(2).ToDictionary(pair => Render(pair[0]), pair => pair[1], StringComparer.OrdinalIgnoreCase);
                case "format":
                    return string.Format(CultureInfo.InvariantCulture, Render(arguments[0]), arguments.Skip(1).Select(argument => (object)Render(argument)).ToArray());
                case "concat" when arguments.All(argument => argument is not List<object?>):
                    return string.Concat(arguments.Select(Render));
            }

            if (arguments.Any(argument => argument is ArmUnknown))
            {
                return Residual(call, arguments);
            }

            return name switch
            {
                "concat" => arguments.SelectMany(argument => (List<object?>)argument!).ToList(),
                "flatten" => ((List<object?>)arguments[0]!).SelectMany(inner => (List<object?>)inner!).ToList(),
                "equals" => Equals(arguments[0], arguments[1]) || Render(arguments[0]) == Render(arguments[1]),
                "not" => !(bool)arguments[0]!,
                "and" => arguments.All(argument => (bool)argument!),
                "or" => arguments.Any(argument => (bool)argument!),
                "empty" => arguments[0] switch
                {
                    null => true,
                    string s => s.Length == 0,
                    List<object?> list => list.Count == 0,
                    Dictionary<string, object?> obj => obj.Count == 0,
                    _ => false,
                },
                "string" => Render(arguments[0]),
                "tolower" => Render(arguments[0]).ToLowerInvariant(),
                "join" => string.Join(Render(arguments[1]), ((List<object?>)arguments[0]!).Select(Render)),
                "replace" => Render(arguments[0]).Replace(Render(arguments[1]), Render(arguments[2]), StringComparison.Ordinal),
                "take" => arguments[0] is List<object?> list
                    ? list.Take((int)(long)arguments[1]!).ToList()
                    : new string(Render(arguments[0]).Take((int)(long)arguments[1]!).ToArray()),
                _ => Residual(call, arguments),
            };
        }

        /// <summary>A call Azure must finish, with every argument already evaluated as far as it goes.</summary>
        private static ArmUnknown Residual(ArmCall call, IEnumerable<object?> arguments) =>
            new($"{call.Name}({string.Join(", ", arguments.Select(Quote))})");

        private static string Quote(object? value) => value switch
        {
            string s => $"'{s.Replace("'", "''", StringComparison.Ordinal)}'",
            ArmUnknown unknown => unknown.Expression,
            null => "null()",
            bool b => b ? "true()" : "false()",
            _ => Render(value),
        };

        private object? Parameter(string name)
        {
            if (given.TryGetValue(name, out var value))
            {
                return value;
            }

            var declaration = template["parameters"]?[name]
                ?? throw new InvalidOperationException($"The template declares no parameter '{name}'.");
            return declaration["defaultValue"] is { } defaultValue ? Evaluate(defaultValue) : new ArmUnknown($"parameters('{name}')");
        }

        private object? Variable(string name)
        {
            if (!_variables.TryGetValue(name, out var value))
            {
                var declaration = template["variables"]?[name]
                    ?? throw new InvalidOperationException($"The template declares no variable '{name}'.");
                value = Evaluate(declaration);
                _variables[name] = value;
            }

            return value;
        }
    }

    /// <summary>A value as text, the way ARM's string() and format() show it; unknown values show their expression.</summary>
    public static string Render(object? value) => value switch
    {
        null => "",
        string s => s,
        bool b => b ? "True" : "False",
        long n => n.ToString(CultureInfo.InvariantCulture),
        ArmUnknown unknown => unknown.ToString(),
        _ => ToJson(value)!.ToJsonString(),
    };

    private static JsonNode? ToJson(object? value) => value switch
    {
        null => null,
        string s => JsonValue.Create(s),
        bool b => JsonValue.Create(b),
        long n => JsonValue.Create(n),
        ArmUnknown unknown => JsonValue.Create(unknown.ToString()),
        List<object?> list => new JsonArray(list.Select(ToJson).ToArray()),
        Dictionary<string, object?> obj => new JsonObject(obj.Select(pair => KeyValuePair.Create(pair.Key, ToJson(pair.Value)))),
        _ => throw new NotSupportedException(value.GetType().Name),
    };
}
