using TakeABreak.Signalering.Content;
using static TakeABreak.Signalering.Content.ContentNodes;

namespace TakeABreak.Signalering.Signals;

/// <summary>Turns a schema-checked catalogue.yaml into a <see cref="SignalsCatalogue"/>, checking every id it refers to.</summary>
internal static class SignalsCatalogueReader
{
    public const string RelativePath = "signals/catalogue.yaml";
    public const string SchemaFileName = "signals.schema.json";

    public static SignalsCatalogue? Read(YamlDocument document, ICollection<ContentError> errors)
    {
        var root = document.Root!;
        var before = errors.Count;
        var ids = new UniqueIds(document, errors);

        var personTypes = Items(root, "person_types", string.Empty)
            .Select(entry => new PersonType(ids.Claim(entry.Item, entry.Pointer, "person type"), Text(entry.Item, "label")) { LabelSelf = entry.Item["label_self"] is null ? null : Text(entry.Item, "label_self"), UnderstoodSelf = entry.Item["understood_self"] is null ? null : Text(entry.Item, "understood_self"), Also = Phrases(entry.Item, "also"), AlsoSelf = Phrases(entry.Item, "also_self"), Unless = Phrases(entry.Item, "unless"), UnlessSelf = Phrases(entry.Item, "unless_self"), YieldsTo = Strings(entry.Item, "yields_to"), YieldsToSelf = Strings(entry.Item, "yields_to_self"), SignsOnlyOnceNamed = entry.Item["signs_only_once_named"]?.GetValue<bool>() ?? false })
            .ToList();
        var groups = Items(root, "groups", string.Empty)
            .Select(entry => new SignalGroup(ids.Claim(entry.Item, entry.Pointer, "group"), Text(entry.Item, "label")))
            .ToList();

        var personTypeIds = personTypes.Select(type => type.Id).ToHashSet(StringComparer.Ordinal);
        var groupIds = groups.Select(group => group.Id).ToHashSet(StringComparer.Ordinal);
        foreach (var (type, index) in personTypes.Select((type, index) => (type, index)))
        {
            foreach (var unknown in type.YieldsTo.Where(id => !personTypeIds.Contains(id)))
            {
                errors.Add(new ContentError(document.File, document.LineOf($"/person_types/{index}/yields_to"), $"Person type '{type.Id}' yields to '{unknown}', which is not in person_types."));
            }

            foreach (var unknown in type.YieldsToSelf.Where(id => !personTypeIds.Contains(id)))
            {
                errors.Add(new ContentError(document.File, document.LineOf($"/person_types/{index}/yields_to_self"), $"Person type '{type.Id}' yields (for someone it happens to) to '{unknown}', which is not in person_types."));
            }
        }

        var signals = new List<Signal>();
        foreach (var (item, pointer) in Items(root, "signals", string.Empty))
        {
            var signal = new Signal(
                ids.Claim(item, pointer, "signal"),
                String(item, "group"),
                Strings(item, "person_types"),
                Text(item, "label"),
                Text(item, "explanation"))
            {
                LabelSelf = item["label_self"] is null ? null : Text(item, "label_self"),
                Also = Phrases(item, "also"),
                Unless = Phrases(item, "unless"),
                OnlyWith = Phrases(item, "only_with"),
            };
            if (!groupIds.Contains(signal.GroupId))
            {
                errors.Add(new ContentError(document.File, document.LineOf(pointer + "/group"), $"Signal '{signal.Id}' names group '{signal.GroupId}', which is not in groups."));
            }

            foreach (var (personTypeId, index) in signal.PersonTypeIds.Select((id, index) => (id, index)))
            {
                if (!personTypeIds.Contains(personTypeId))
                {
                    errors.Add(new ContentError(document.File, document.LineOf($"{pointer}/person_types/{index}"), $"Signal '{signal.Id}' names person type '{personTypeId}', which is not in person_types."));
                }
            }

            signals.Add(signal);
        }

        var specialTopics = Items(root, "special_topics", string.Empty)
            .Select(entry => new SpecialTopic(ids.Claim(entry.Item, entry.Pointer, "special topic"), String(entry.Item, "handover"), Text(entry.Item, "label"), Text(entry.Item, "explanation")) { Also = Phrases(entry.Item, "also") })
            .ToList();

        ReportUnused(document, errors, groups.Select(group => group.Id), signals.Select(signal => signal.GroupId), "/groups", "Group '{0}' has no signals.");
        ReportUnused(document, errors, personTypes.Select(type => type.Id), signals.SelectMany(signal => signal.PersonTypeIds), "/person_types", "Person type '{0}' has no signals.");

        return errors.Count == before
            ? new SignalsCatalogue(Integer(root, "version"), personTypes, groups, signals, specialTopics)
            : null;
    }

    private static void ReportUnused(YamlDocument document, ICollection<ContentError> errors, IEnumerable<string> declared, IEnumerable<string> used, string listPointer, string message)
    {
        var usedIds = used.ToHashSet(StringComparer.Ordinal);
        foreach (var (id, index) in declared.Select((id, index) => (id, index)))
        {
            if (!usedIds.Contains(id))
            {
                errors.Add(new ContentError(document.File, document.LineOf($"{listPointer}/{index}"), string.Format(System.Globalization.CultureInfo.InvariantCulture, message, id)));
            }
        }
    }
}
