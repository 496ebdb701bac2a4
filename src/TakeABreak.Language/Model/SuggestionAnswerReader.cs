using System.Text.Json;
using Microsoft.Extensions.Logging;
using TakeABreak.Signalering.Safety;
using TakeABreak.Signalering.Understanding;

namespace TakeABreak.Language.Model;

/// <summary>
/// Reads the model's JSON answer. Ids that are not in the catalogue are dropped and logged by id (an id is content, not
/// user text); an answer that is not the schema's shape is null, so the caller falls back.
/// </summary>
public sealed partial class SuggestionAnswerReader(SuggestionSchema schema, ILogger<SuggestionAnswerReader> logger)
{
    private readonly HashSet<string> _signals = [.. schema.SignalIds];
    private readonly HashSet<string> _context = [.. schema.ContextFactorIds];

    public SignalSuggestions? Read(string json)
    {
        try
        {
            using var document = JsonDocument.Parse(json);
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object
                || !root.TryGetProperty(SuggestionSchema.Level, out var levelElement)
                || Level(levelElement.GetString()) is not { } level)
            {
                return null;
            }

            return new SignalSuggestions(Ids(root, SuggestionSchema.Signals, _signals), Ids(root, SuggestionSchema.ContextFactors, _context), level, SuggestionSource.LanguageModel);
        }
        catch (Exception exception) when (exception is JsonException or InvalidOperationException)
        {
            return null;
        }
    }

    private List<string> Ids(JsonElement root, string property, HashSet<string> known)
    {
        if (!root.TryGetProperty(property, out var array) || array.ValueKind != JsonValueKind.Array)
        {
            return [];
        }

        var ids = new List<string>();
        foreach (var id in array.EnumerateArray().Where(item => item.ValueKind == JsonValueKind.String).Select(item => item.GetString()!))
        {
            if (known.Contains(id))
            {
                if (!ids.Contains(id))
                {
                    ids.Add(id);
                }
            }
            else
            {
                LogUnknownId(logger, property, Printable(id));
            }
        }

        return ids;
    }

    private static SafetyLevel? Level(string? level) => level switch
    {
        "none" => SafetyLevel.None,
        "urgent" => SafetyLevel.Urgent,
        "acute" => SafetyLevel.Acute,
        _ => null,
    };

    /// <summary>An unknown id is logged when it looks like an id (snake_case, short); anything else could be text.</summary>
    private static string Printable(string id) =>
        id.Length is > 0 and <= 40 && char.IsAsciiLetterLower(id[0]) && id.All(c => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c == '_')
            ? id
            : "(not an id)";

    [LoggerMessage(EventId = 6004, Level = LogLevel.Warning, Message = "Language model suggested an id that is not in the catalogue ({Property}: {Id}); dropped")]
    private static partial void LogUnknownId(ILogger logger, string property, string id);
}
