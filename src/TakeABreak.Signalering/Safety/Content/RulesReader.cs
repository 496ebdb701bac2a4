using System.Globalization;
using System.Text.Json.Nodes;
using TakeABreak.Signalering.Content;

namespace TakeABreak.Signalering.Safety.Content;

/// <summary>Reads dialogs/safety/rules.yaml and checks that every concept a rule names exists and is a signal.</summary>
internal static class RulesReader
{
    public static IReadOnlyList<RuleDefinition>? Read(
        YamlDocument document,
        IReadOnlyList<ConceptDefinition>? concepts,
        ICollection<ContentError> errors)
    {
        var errorCount = errors.Count;
        var roles = concepts?.ToDictionary(concept => concept.Id, concept => concept.Role, StringComparer.Ordinal);
        var rules = new List<RuleDefinition>();
        var ruleIds = new HashSet<string>(StringComparer.Ordinal);
        var ruleNodes = document.Root!["rules"]!.AsArray();
        for (var r = 0; r < ruleNodes.Count; r++)
        {
            var pointer = "/rules/" + r.ToString(CultureInfo.InvariantCulture);
            var node = ruleNodes[r]!.AsObject();
            var id = node["id"]!.GetValue<string>();
            if (!ruleIds.Add(id))
            {
                errors.Add(new ContentError(document.File, document.LineOf(pointer + "/id"), "this rule is defined twice") { Within = $"rule '{id}'" });
            }

            var anchors = node["anchor"] is JsonArray anchorList
                ? anchorList.Select(item => item!.GetValue<string>()).ToList()
                : [node["anchor"]!.GetValue<string>()];
            for (var a = 0; a < anchors.Count; a++)
            {
                var anchorPointer = node["anchor"] is JsonArray ? $"{pointer}/anchor/{a.ToString(CultureInfo.InvariantCulture)}" : pointer + "/anchor";
                CheckConcept(document, id, anchors[a], anchorPointer, roles, errors);
            }

            var with = ReadConceptGroups(document, node, "with", id, pointer, roles, errors);
            var inMessage = ReadConceptGroups(document, node, "in_message", id, pointer, roles, errors);

            var unless = ReadConcepts(document, node, "unless", id, pointer, roles, errors);
            var unlessInMessage = ReadConcepts(document, node, "unless_in_message", id, pointer, roles, errors);

            rules.Add(new RuleDefinition(
                id,
                node["level"]!.GetValue<string>() == "acute" ? SafetyLevel.Acute : SafetyLevel.Urgent,
                anchors,
                with,
                node["when"]!.GetValue<string>() switch
                {
                    "now" => RuleTiming.Now,
                    "unless_other_time" => RuleTiming.UnlessOtherTime,
                    "not_distant" => RuleTiming.NotDistant,
                    "no_time_word" => RuleTiming.NoTimeWord,
                    "other_time" => RuleTiming.OtherTime,
                    _ => RuleTiming.Any,
                },
                node["answer"]?.GetValue<string>(),
                unless,
                inMessage,
                node["max_words"]?.GetValue<int>(),
                node["shouted"]?.GetValue<bool>() ?? false,
                unlessInMessage));
        }

        return errors.Count == errorCount ? rules : null;
    }

    /// <summary>A plain list of signals ("unless", "unless_in_message").</summary>
    private static List<string> ReadConcepts(
        YamlDocument document,
        JsonObject node,
        string field,
        string id,
        string pointer,
        Dictionary<string, ConceptRole>? roles,
        ICollection<ContentError> errors)
    {
        var concepts = new List<string>();
        if (node[field] is JsonArray list)
        {
            for (var index = 0; index < list.Count; index++)
            {
                var conceptId = list[index]!.GetValue<string>();
                CheckConcept(document, id, conceptId, $"{pointer}/{field}/{index.ToString(CultureInfo.InvariantCulture)}", roles, errors);
                concepts.Add(conceptId);
            }
        }

        return concepts;
    }

    /// <summary>A list of signals of which every item must be found; an item that is a list: any one of them.</summary>
    private static List<IReadOnlyList<string>> ReadConceptGroups(
        YamlDocument document,
        JsonObject node,
        string field,
        string ruleId,
        string pointer,
        Dictionary<string, ConceptRole>? roles,
        ICollection<ContentError> errors)
    {
        var groups = new List<IReadOnlyList<string>>();
        if (node[field] is JsonArray list)
        {
            for (var i = 0; i < list.Count; i++)
            {
                var itemPointer = $"{pointer}/{field}/{i.ToString(CultureInfo.InvariantCulture)}";
                var anyOf = list[i] is JsonArray alternatives
                    ? alternatives.Select(item => item!.GetValue<string>()).ToList()
                    : [list[i]!.GetValue<string>()];
                foreach (var conceptId in anyOf)
                {
                    CheckConcept(document, ruleId, conceptId, itemPointer, roles, errors);
                }

                groups.Add(anyOf);
            }
        }

        return groups;
    }

    private static void CheckConcept(
        YamlDocument document,
        string ruleId,
        string conceptId,
        string pointer,
        Dictionary<string, ConceptRole>? roles,
        ICollection<ContentError> errors)
    {
        if (roles is null)
        {
            return;
        }

        if (!roles.TryGetValue(conceptId, out var role))
        {
            errors.Add(new ContentError(document.File, document.LineOf(pointer), $"it refers to unknown concept '{conceptId}'") { Within = $"rule '{ruleId}'" });
        }
        else if (role != ConceptRole.Signal)
        {
            errors.Add(new ContentError(document.File, document.LineOf(pointer), $"it refers to concept '{conceptId}', which is not a signal") { Within = $"rule '{ruleId}'" });
        }
    }
}
