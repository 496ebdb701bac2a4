namespace TakeABreak.Content;

/// <summary>
/// A text per locale, Dutch ("nl") first: one sentence, or a list of phrases that all mean the same (synonyms, other
/// spellings). A locale without a translation falls back to the default locale.
/// </summary>
public sealed class LocalizedText
{
    private readonly IReadOnlyDictionary<string, IReadOnlyList<string>> _phrases;
    private readonly string _defaultLocale;

    public LocalizedText(IReadOnlyDictionary<string, IReadOnlyList<string>> phrasesByLocale, string defaultLocale = "nl")
    {
        _phrases = phrasesByLocale;
        _defaultLocale = defaultLocale;
    }

    /// <summary>One sentence in Dutch and English.</summary>
    public LocalizedText(string nl, string en)
        : this(new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal) { ["nl"] = [nl], ["en"] = [en] })
    {
    }

    /// <summary>No text in any locale.</summary>
    public static LocalizedText None { get; } = new(new Dictionary<string, IReadOnlyList<string>>());

    public IEnumerable<string> Locales => _phrases.Keys;

    public string Nl => Text("nl");

    public string En => Text("en");

    /// <summary>All phrases of all locales.</summary>
    public IReadOnlyList<string> All => _phrases.Values.SelectMany(phrases => phrases).ToList();

    /// <summary>All phrases in a locale (the default locale's when it has none); a sentence is one phrase.</summary>
    public IReadOnlyList<string> Phrases(string locale) =>
        _phrases.TryGetValue(locale, out var phrases) ? phrases
        : _phrases.TryGetValue(_defaultLocale, out var fallback) ? fallback
        : [];

    /// <summary>These phrases and then <paramref name="more"/>'s, per locale (this one itself when there is nothing more).</summary>
    public LocalizedText With(LocalizedText more)
    {
        ArgumentNullException.ThrowIfNull(more);
        if (!more._phrases.Any(pair => pair.Value.Count > 0))
        {
            return this;
        }

        var locales = Locales.Concat(more.Locales).Distinct(StringComparer.Ordinal);
        return new LocalizedText(
            locales.ToDictionary(locale => locale, IReadOnlyList<string> (locale) => [.. OwnPhrases(locale), .. more.OwnPhrases(locale)], StringComparer.Ordinal),
            _defaultLocale);
    }

    /// <summary>The text in a locale (the default locale's when it has none); phrases on lines of their own.</summary>
    public string Text(string locale) => string.Join(Environment.NewLine, Phrases(locale));

    /// <summary>The text for a language code that must be one of <see cref="Locales"/> ("nl" or "en").</summary>
    /// <exception cref="ArgumentException">The text has no such language.</exception>
    public string In(string language)
    {
        var locale = language.ToLowerInvariant();
        return _phrases.ContainsKey(locale)
            ? Text(locale)
            : throw new ArgumentException($"Unknown language '{language}': use {string.Join(" or ", Locales.Select(known => $"\"{known}\""))}.", nameof(language));
    }

    private IReadOnlyList<string> OwnPhrases(string locale) => _phrases.TryGetValue(locale, out var phrases) ? phrases : [];
}
