namespace TakeABreak.Signalering.Signals;

/// <summary>The signals catalogue from dialogs/signals/catalogue.yaml, in file order.</summary>
public sealed class SignalsCatalogue
{
    private readonly Dictionary<string, PersonType> personTypes;
    private readonly Dictionary<string, SignalGroup> groups;
    private readonly Dictionary<string, Signal> signals;
    private readonly Dictionary<string, SpecialTopic> specialTopics;

    public SignalsCatalogue(
        int version,
        IReadOnlyList<PersonType> personTypes,
        IReadOnlyList<SignalGroup> groups,
        IReadOnlyList<Signal> signals,
        IReadOnlyList<SpecialTopic> specialTopics)
    {
        Version = version;
        PersonTypes = personTypes;
        Groups = groups;
        Signals = signals;
        SpecialTopics = specialTopics;
        this.personTypes = personTypes.ToDictionary(type => type.Id, StringComparer.Ordinal);
        this.groups = groups.ToDictionary(group => group.Id, StringComparer.Ordinal);
        this.signals = signals.ToDictionary(signal => signal.Id, StringComparer.Ordinal);
        this.specialTopics = specialTopics.ToDictionary(topic => topic.Id, StringComparer.Ordinal);
        var onlyOnceNamed = personTypes.Where(type => type.SignsOnlyOnceNamed).Select(type => type.Id).ToHashSet(StringComparer.Ordinal);
        BeforeAPersonType = signals.Where(signal => !signal.PersonTypeIds.All(onlyOnceNamed.Contains)).ToList();
    }

    public int Version { get; }

    public IReadOnlyList<PersonType> PersonTypes { get; }

    public IReadOnlyList<SignalGroup> Groups { get; }

    public IReadOnlyList<Signal> Signals { get; }

    public IReadOnlyList<SpecialTopic> SpecialTopics { get; }

    /// <summary>
    /// The signals a story can name while no person type is known: all of them except those that fit only person types
    /// whose signs are read once they are named (<see cref="PersonType.SignsOnlyOnceNamed"/>).
    /// </summary>
    public IReadOnlyList<Signal> BeforeAPersonType { get; }

    /// <summary>The checklist for a conversation: every signal that fits at least one of the person types, in file order.</summary>
    /// <exception cref="ArgumentException">No person type given, or an unknown one.</exception>
    public IReadOnlyList<Signal> For(IEnumerable<string> personTypeIds)
    {
        var wanted = personTypeIds.ToHashSet(StringComparer.Ordinal);
        if (wanted.Count == 0)
        {
            throw new ArgumentException("Give at least one person type.", nameof(personTypeIds));
        }

        foreach (var id in wanted)
        {
            GetPersonType(id);
        }

        return Signals.Where(signal => signal.PersonTypeIds.Any(wanted.Contains)).ToList();
    }

    /// <exception cref="ArgumentException">No signal has this id.</exception>
    public Signal Get(string signalId) =>
        signals.TryGetValue(signalId, out var signal)
            ? signal
            : throw new ArgumentException($"Unknown signal '{signalId}': it is not in the signals catalogue.", nameof(signalId));

    public bool Contains(string signalId) => signals.ContainsKey(signalId);

    /// <exception cref="ArgumentException">No group has this id.</exception>
    public SignalGroup GetGroup(string groupId) =>
        groups.TryGetValue(groupId, out var group)
            ? group
            : throw new ArgumentException($"Unknown signal group '{groupId}'.", nameof(groupId));

    /// <exception cref="ArgumentException">No person type has this id.</exception>
    public PersonType GetPersonType(string personTypeId) =>
        personTypes.TryGetValue(personTypeId, out var type)
            ? type
            : throw new ArgumentException(
                $"Unknown person type '{personTypeId}': use one of {string.Join(", ", personTypes.Keys)}.",
                nameof(personTypeId));

    /// <summary>The special topic with this id, or null when the id is not a special topic.</summary>
    public SpecialTopic? FindSpecialTopic(string id) => specialTopics.GetValueOrDefault(id);
}
