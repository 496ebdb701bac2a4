using TakeABreak.Linguistics.Stemming;

namespace TakeABreak.Dialogs.Recognition;

/// <summary>
/// A list of phrases by their first word, so that a message is read only against the phrases that could start in it.
/// <see cref="PhraseFinder"/> finds a phrase only where its first word is: the same word, the same stem in the phrase's
/// language, or a close spelling of a longer word; a one-word message may also be a typo of a one-word phrase. Built once
/// when the content is loaded; the phrases keep their positions, so the caller reads them in content order.
/// </summary>
public sealed class FirstWordIndex
{
    private readonly int _count;
    private readonly Dictionary<string, int[]> _byWord = new(StringComparer.Ordinal);
    private readonly Dictionary<(TextLanguage Language, string Stem), int[]> _byStem = [];
    private readonly TextLanguage[] _languages;
    private readonly (string Word, int[] Phrases)[] _spellable;
    private readonly int[] _oneWord;

    public FirstWordIndex(IReadOnlyList<(AnalyzedText Phrase, TextLanguage Language)> phrases)
    {
        _count = phrases.Count;
        var byWord = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        var byStem = new Dictionary<(TextLanguage, string), List<int>>();
        for (var position = 0; position < phrases.Count; position++)
        {
            var (phrase, language) = phrases[position];
            if (phrase.Words.Length == 0)
            {
                continue;
            }

            Add(byWord, phrase.Words[0], position);
            var stem = phrase.StemsIn(language)[0];
            if (stem.Length >= PhraseFinder.MinStemmedLength)
            {
                Add(byStem, (language, stem), position);
            }
        }

        foreach (var (word, positions) in byWord)
        {
            _byWord[word] = [.. positions];
        }

        foreach (var (key, positions) in byStem)
        {
            _byStem[key] = [.. positions];
        }

        _languages = [.. byStem.Keys.Select(key => key.Item1).Distinct()];
        _spellable = [.. _byWord.Where(pair => pair.Key.Length >= PhraseFinder.MinTypoLength).Select(pair => (pair.Key, pair.Value))];
        _oneWord = [.. Enumerable.Range(0, phrases.Count).Where(position => phrases[position].Phrase.Words.Length == 1)];
    }

    /// <summary>The positions, in ascending order, of the phrases that may be found in <paramref name="text"/>; the others cannot be.</summary>
    public IReadOnlyList<int> Candidates(AnalyzedText text)
    {
        var marked = new bool[_count];
        for (var index = 0; index < text.Words.Length; index++)
        {
            var word = text.Words[index];
            Mark(_byWord.GetValueOrDefault(word), marked);
            if (word.Length >= PhraseFinder.MinStemmedLength)
            {
                foreach (var language in _languages)
                {
                    Mark(_byStem.GetValueOrDefault((language, text.StemsIn(language)[index])), marked);
                }
            }

            foreach (var (wanted, positions) in _spellable)
            {
                if (PhraseFinder.IsTypoOf(word, wanted))
                {
                    Mark(positions, marked);
                }
            }
        }

        if (text.Words.Length == 1)
        {
            Mark(_oneWord, marked);
        }

        var candidates = new List<int>();
        for (var position = 0; position < marked.Length; position++)
        {
            if (marked[position])
            {
                candidates.Add(position);
            }
        }

        return candidates;
    }

    private static void Add<TKey>(Dictionary<TKey, List<int>> index, TKey key, int position)
        where TKey : notnull
    {
        if (!index.TryGetValue(key, out var positions))
        {
            index[key] = positions = [];
        }

        positions.Add(position);
    }

    private static void Mark(int[]? positions, bool[] marked)
    {
        foreach (var position in positions ?? [])
        {
            marked[position] = true;
        }
    }
}
