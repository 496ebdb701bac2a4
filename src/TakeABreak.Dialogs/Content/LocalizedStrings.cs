namespace TakeABreak.Dialogs.Content;

/// <summary>Every string id of strings/ with its text (or list of phrases) per locale.</summary>
public sealed class LocalizedStrings(IReadOnlyDictionary<string, LocalizedText> strings)
{
    public bool Contains(string id) => strings.ContainsKey(id);

    public IEnumerable<string> Ids => strings.Keys;

    /// <summary>The text of a string in a locale (the default locale when it has no translation).</summary>
    public string Text(string id, string locale) => Get(id).Text(locale);

    /// <summary>All phrases of a string in a locale; a plain text is one phrase.</summary>
    public IReadOnlyList<string> Phrases(string id, string locale) => Get(id).Phrases(locale);

    private LocalizedText Get(string id) =>
        strings.TryGetValue(id, out var text) ? text : throw new KeyNotFoundException($"There is no string '{id}'.");
}
