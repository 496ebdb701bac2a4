namespace TakeABreak.Dialogs.Runtime;

/// <summary>The values a conversation collected, by name; every value is a list of ids (one for a single answer).</summary>
public sealed class DialogValues(Dictionary<string, List<string>> values)
{
    public IReadOnlyList<string> Get(string name) => values.TryGetValue(name, out var list) ? list : [];

    public string? GetSingle(string name) => values.TryGetValue(name, out var list) && list.Count > 0 ? list[0] : null;

    public bool Has(string name) => values.TryGetValue(name, out var list) && list.Count > 0;

    /// <summary>True when the question was answered, also with nothing ticked.</summary>
    public bool Answered(string name) => values.ContainsKey(name);

    public void Set(string name, IEnumerable<string> items) => values[name] = [.. items];

    public void Set(string name, string item) => values[name] = [item];

    public void Remove(string name) => values.Remove(name);

    /// <summary>Adds items to a list value, keeping each once.</summary>
    public void Add(string name, IEnumerable<string> items) => Set(name, Get(name).Concat(items).Distinct(StringComparer.Ordinal).ToList());
}
