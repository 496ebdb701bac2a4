using TakeABreak.Linguistics.Stemming;

namespace TakeABreak.Signalering.Safety.Matching;

/// <summary>
/// Gives every part of a lexicon term a pattern id: a word of a signal gets the id of its stem in the term's language,
/// any other word the id of the word as written, a prefix its own id, and "..." <see cref="PhrasePattern.Gap"/>.
/// </summary>
internal sealed class PatternCompiler
{
    private readonly Dictionary<string, List<int>> _words = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _exact = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _prefixes = new(StringComparer.Ordinal);
    private readonly Dictionary<(TextLanguage, string), int> _stems = [];

    public int Count { get; private set; }

    /// <summary>Each word as written, with every pattern id it gives.</summary>
    public IReadOnlyDictionary<string, int[]> Words => _words.ToDictionary(pair => pair.Key, pair => pair.Value.ToArray(), StringComparer.Ordinal);

    public IReadOnlyDictionary<string, int> Prefixes => _prefixes;

    public IReadOnlyDictionary<(TextLanguage Language, string Stem), int> Stems => _stems;

    public int Compile(TermPart part, TextLanguage language, bool stemmed)
    {
        switch (part.Kind)
        {
            case TermPartKind.Gap:
                return PhrasePattern.Gap;
            case TermPartKind.Prefix:
                return IdOf(_prefixes, part.Text);
        }

        var id = stemmed && part.Text.Length >= TermVocabulary.MinimumStemmedLength
            ? IdOf(_stems, (language, Stemmer.Stem(part.Text, language)))
            : IdOf(_exact, part.Text);
        if (!_words.TryGetValue(part.Text, out var ids))
        {
            _words[part.Text] = ids = [];
        }

        if (!ids.Contains(id))
        {
            ids.Add(id);
        }

        return id;
    }

    private int IdOf<TKey>(Dictionary<TKey, int> table, TKey key)
        where TKey : notnull
    {
        if (!table.TryGetValue(key, out var id))
        {
            table[key] = id = Count++;
        }

        return id;
    }
}
