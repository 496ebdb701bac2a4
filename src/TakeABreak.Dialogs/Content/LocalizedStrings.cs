namespace TakeABreak.Dialogs.Content;

/// <summary>Every string id with its text (or list of phrases) per locale.</summary>
public sealed class LocalizedStrings(IReadOnlyDictionary<string, IReadOnlyDictionary<string, IReadOnlyList<string>>> strings, string defaultLocale)
{
    public bool Contains(string id) => strings.ContainsKey(id);

    public IEnumerable<string> Ids => strings.Keys;

    /// <summary>The text of a string in a locale (the default locale when it has no translation).</summary>
    public string Text(string id, string locale) => string.Join(Environment.NewLine, Phrases(id, locale));

    /// <summary>All phrases of a string in a locale; a plain text is one phrase.</summary>
    public IReadOnlyList<string> Phrases(string id, string locale)
    {
        if (!strings.TryGetValue(id, out var perLocale))
        {
            throw new KeyNotFoundException($"There is no string '{id}'.");
        }

        return perLocale.TryGetValue(locale, out var value) ? value
            : perLocale.TryGetValue(defaultLocale, out var fallback) ? fallback
            : [];
    }
}
