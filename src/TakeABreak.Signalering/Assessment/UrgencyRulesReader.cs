using TakeABreak.Signalering.Content;
using TakeABreak.Signalering.Signals;
using static TakeABreak.Signalering.Content.ContentNodes;

namespace TakeABreak.Signalering.Assessment;

/// <summary>Turns a schema-checked urgency.yaml into <see cref="UrgencyRules"/>, checking every id it refers to.</summary>
internal static class UrgencyRulesReader
{
    public const string RelativePath = "assessment/urgency.yaml";
    public const string SchemaFileName = "assessment-urgency.schema.json";

    private static readonly UrgencyLevel[] RaisableLevels = [UrgencyLevel.Concern, UrgencyLevel.Urgent, UrgencyLevel.Acute];

    public static UrgencyRules? Read(YamlDocument document, SignalsCatalogue catalogue, ContextQuestions context, ICollection<ContentError> errors)
    {
        var root = document.Root!;
        var before = errors.Count;
        var reasonIds = new UniqueIds(document, errors);
        void Error(string pointer, string message) => errors.Add(new ContentError(document.File, document.LineOf(pointer), message));

        void CheckReferences(string ownerId, IReadOnlyList<string> ids, string pointer)
        {
            foreach (var (id, index) in ids.Select((id, index) => (id, index)))
            {
                if (!catalogue.Contains(id) && !context.ContainsAnswer(id))
                {
                    Error($"{pointer}/{index}", $"'{ownerId}' refers to '{id}', which is neither a signal in {SignalsCatalogueReader.RelativePath} nor an answer in {ContextQuestionsReader.RelativePath}.");
                }
            }
        }

        var levels = Items(root, "levels", string.Empty)
            .Select(entry => (Entry: entry, Level: new UrgencyLevelDescription(UrgencyLevelIds.Parse(String(entry.Item, "id")), Text(entry.Item, "label"), Text(entry.Item, "description"))))
            .ToList();
        foreach (var duplicate in levels.GroupBy(level => level.Level.Level).Where(group => group.Count() > 1))
        {
            Error(duplicate.Last().Entry.Pointer + "/id", $"Level '{duplicate.Key.ToId()}' is described more than once.");
        }

        foreach (var missing in Enum.GetValues<UrgencyLevel>().Where(level => levels.All(described => described.Level.Level != level)))
        {
            Error("/levels", $"Level '{missing.ToId()}' has no description.");
        }

        var rules = new List<UrgencyRule>();
        foreach (var (item, pointer) in Items(root, "rules", string.Empty))
        {
            var id = reasonIds.Claim(item, pointer, "rule");
            var when = item["when"]!;
            var condition = new UrgencyCondition(Strings(when, "all_of"), Strings(when, "any_of"), OptionalInteger(when, "min_signals"), OptionalInteger(when, "max_signals"));
            CheckReferences(id, condition.AllOf, pointer + "/when/all_of");
            CheckReferences(id, condition.AnyOf, pointer + "/when/any_of");
            if (condition.MinSignals > condition.MaxSignals)
            {
                Error(pointer + "/when", $"Rule '{id}' can never hold: min_signals is more than max_signals.");
            }

            rules.Add(new UrgencyRule(id, UrgencyLevelIds.Parse(String(item, "level")), condition, Text(item, "reason")));
        }

        var factors = new List<UrgencyFactor>();
        foreach (var (item, pointer) in Items(root, "factors", string.Empty))
        {
            var id = reasonIds.Claim(item, pointer, "factor");
            var anyOf = Strings(item, "any_of");
            CheckReferences(id, anyOf, pointer + "/any_of");
            factors.Add(new UrgencyFactor(id, anyOf, Integer(item, "weight"), Text(item, "reason")));
        }

        var thresholds = Items(root, "thresholds", string.Empty)
            .Select(entry => (entry.Pointer, Threshold: new UrgencyThreshold(UrgencyLevelIds.Parse(String(entry.Item, "level")), Integer(entry.Item, "at_least"))))
            .ToList();
        foreach (var (pointer, threshold) in thresholds)
        {
            if (thresholds.Any(other => other.Threshold.Level < threshold.Level && other.Threshold.AtLeast >= threshold.AtLeast))
            {
                Error(pointer + "/at_least", $"The threshold for '{threshold.Level.ToId()}' must be higher than the thresholds of lower levels.");
            }
        }

        var raised = new List<RaisedLevelReason>();
        foreach (var (item, pointer) in Items(root, "raised_by_other_check", string.Empty))
        {
            var reason = new RaisedLevelReason(reasonIds.Claim(item, pointer, "raised level reason"), UrgencyLevelIds.Parse(String(item, "level")), Text(item, "reason"));
            if (raised.Any(other => other.Level == reason.Level))
            {
                Error(pointer + "/level", $"Level '{reason.Level.ToId()}' has more than one reason in raised_by_other_check.");
            }

            raised.Add(reason);
        }

        foreach (var missing in RaisableLevels.Where(level => raised.All(reason => reason.Level != level)))
        {
            Error("/raised_by_other_check", $"raised_by_other_check has no reason for level '{missing.ToId()}'.");
        }

        return errors.Count == before
            ? new UrgencyRules(Integer(root, "version"), Text(root, "heading"), levels.Select(level => level.Level).ToList(), rules, factors, thresholds.Select(entry => entry.Threshold).ToList(), raised)
            : null;
    }
}
