namespace TakeABreak.Dialogs.Runtime;

/// <summary>
/// The values a conversation collected, by name; every value is a list of ids (one for a single answer). It remembers
/// which values an action set last (<paramref name="setByActions"/>): those are proposals, not what the user told.
/// </summary>
public sealed class DialogValues(Dictionary<string, List<string>> values, List<string>? setByActions = null, bool writesForAnAction = false)
{
    /// <summary>The ids of the interruptions answered alongside a question ("topic_young_person"); flows branch on it.</summary>
    public const string SaidAlongsideAnswers = "said_alongside_answers";

    /// <summary>
    /// The ids of the topics said at a question, in their own turn or alongside answers ("help_called"): a topic may ask for one
    /// with <c>only_when</c>, as "wat nu?" right after "ik heb 112 gebeld" does.
    /// </summary>
    public const string SaidTopics = "said_topics";

    private readonly List<string> _setByActions = setByActions ?? [];

    /// <summary>A copy to try answers on, which remembers the same values as set by actions.</summary>
    public DialogValues Copy() =>
        new(values.ToDictionary(pair => pair.Key, pair => pair.Value.ToList(), StringComparer.Ordinal), [.. _setByActions]);

    public IReadOnlyList<string> Get(string name) => values.TryGetValue(name, out var list) ? list : [];

    public string? GetSingle(string name) => values.TryGetValue(name, out var list) && list.Count > 0 ? list[0] : null;

    public bool Has(string name) => values.TryGetValue(name, out var list) && list.Count > 0;

    /// <summary>True when the value holds what the user told (typed or chosen), not what an action set.</summary>
    public bool Told(string name) => Has(name) && !_setByActions.Contains(name);

    /// <summary>True when the question was answered, also with nothing ticked.</summary>
    public bool Answered(string name) => values.ContainsKey(name);

    public void Set(string name, IEnumerable<string> items)
    {
        values[name] = [.. items];
        NoteWriter(name);
    }

    public void Set(string name, string item) => Set(name, [item]);

    public void Remove(string name)
    {
        values.Remove(name);
        _setByActions.Remove(name);
    }

    /// <summary>Adds items to a list value, keeping each once.</summary>
    public void Add(string name, IEnumerable<string> items) => Set(name, Get(name).Concat(items).Distinct(StringComparer.Ordinal).ToList());

    /// <summary>The same values, for an action to write: what it sets is remembered as set by an action.</summary>
    public DialogValues ForAnAction() => new(values, _setByActions, writesForAnAction: true);

    private void NoteWriter(string name)
    {
        _setByActions.Remove(name);
        if (writesForAnAction)
        {
            _setByActions.Add(name);
        }
    }
}
