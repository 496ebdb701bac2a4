using System.Text.Json;
using System.Text.Json.Nodes;
using TakeABreak.Signalering.Assessment;

namespace TakeABreak.Language.Model;

/// <summary>
/// The JSON schema the model must answer in: signal ids and context answer ids only from the catalogue (as enums), and a
/// level of none, urgent or acute. Built from content once; user text never reaches it.
/// </summary>
public sealed class SuggestionSchema
{
    public const string Name = "signal_suggestions";
    public const string Signals = "signals";
    public const string ContextFactors = "context_factors";
    public const string Level = "level";
    public static readonly IReadOnlyList<string> Levels = ["none", "urgent", "acute"];

    public SuggestionSchema(AssessmentContent assessment)
    {
        ArgumentNullException.ThrowIfNull(assessment);
        SignalIds = [.. assessment.Signals.Signals.Select(signal => signal.Id)];
        ContextFactorIds = [.. assessment.Context.Questions.SelectMany(question => question.Answers).Select(answer => answer.Id)];
        var schema = new JsonObject
        {
            ["type"] = "object",
            ["properties"] = new JsonObject
            {
                [Signals] = IdList(SignalIds),
                [ContextFactors] = IdList(ContextFactorIds),
                [Level] = new JsonObject { ["type"] = "string", ["enum"] = Strings(Levels) },
            },
            ["required"] = Strings([Signals, ContextFactors, Level]),
            ["additionalProperties"] = false,
        };
        Json = JsonSerializer.SerializeToElement(schema);
    }

    public IReadOnlyList<string> SignalIds { get; }

    public IReadOnlyList<string> ContextFactorIds { get; }

    public JsonElement Json { get; }

    private static JsonObject IdList(IEnumerable<string> ids) => new()
    {
        ["type"] = "array",
        ["items"] = new JsonObject { ["type"] = "string", ["enum"] = Strings(ids) },
    };

    private static JsonArray Strings(IEnumerable<string> values) => [.. values.Select(value => (JsonNode)JsonValue.Create(value))];
}
