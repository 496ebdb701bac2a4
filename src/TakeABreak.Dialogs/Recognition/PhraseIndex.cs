using System.Collections.Concurrent;
using System.Collections.ObjectModel;
using System.Globalization;
using System.Runtime.CompilerServices;
using TakeABreak.Linguistics.Caching;
using TakeABreak.Linguistics.Spelling;
using TakeABreak.Linguistics.Stemming;

namespace TakeABreak.Dialogs.Recognition;

/// <summary>
/// The phrases of one set of options, indexed by word, by stem (in one language), by the tail of a Dutch compound and by
/// length for typos, so that reading a sentence costs a few look-ups per word instead of a comparison with every phrase.
/// Built once per set of options and language and kept (bounded); what one word matches is kept per index too.
/// </summary>
internal sealed class PhraseIndex
{
    /// <summary>
    /// Written between the words of an "unless" phrase ("also ... once"): up to <see cref="WideGap"/> words may stand there
    /// ("she also threw a glass at me once"), where other phrases allow two.
    /// </summary>
    public const string AnyWordsBetween = "...";
    public const int WideGap = 8;
    public const int MinStemmedLength = 3;
    public const int MinCompoundPart = 6;
    public const int MinTypoLength = 5;
    private const int MaxCachedIndexes = 512;
    private const int MaxCachedWords = 20_000;
    private const int MaxLengthDifference = 2;

    private static readonly BoundedCache<(ulong Key, TextLanguage Language), PhraseIndex> Indexes = new(MaxCachedIndexes);
    private static readonly ConditionalWeakTable<ReadOnlyCollection<RecognizableOption>, ConcurrentDictionary<TextLanguage, Lazy<PhraseIndex>>> ByKeptSet = new();

    private readonly Dictionary<string, List<WordHit>> _exact = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<WordHit>> _stems = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<(WordHit Hit, int WantedLength)>> _compoundTails = new(StringComparer.Ordinal);
    private readonly Dictionary<int, List<(string Word, WordHit Hit)>> _typoTargets = [];
    private readonly BoundedCache<(string Word, string Stem, bool Typos), WordHits> _hits = new(MaxCachedWords);

    private PhraseIndex(IReadOnlyList<RecognizableOption> options, TextLanguage language)
    {
        var phrases = new List<Phrase>();
        for (var option = 0; option < options.Count; option++)
        {
            // A phrase naming vocabulary classes is indexed once, by its slots, instead of by the combinations its option's texts list.
            var slottedTexts = options[option].SlottedTexts.Select(slotted => (slotted, Stemmed: true))
                .Concat(options[option].SlottedOtherLanguageTexts.Select(slotted => (slotted, Stemmed: false)))
                .Select(slotted => (slotted.slotted.Listed, Layout: new SlotLayout(slotted.slotted), slotted.Stemmed))
                .Where(slotted => !slotted.Layout.HasEmptyText)
                .ToList();
            var listed = ListedCounts(slottedTexts.Where(slotted => slotted.Stemmed).Select(slotted => slotted.Listed));
            var listedInOtherLanguages = ListedCounts(slottedTexts.Where(slotted => !slotted.Stemmed).Select(slotted => slotted.Listed));
            var texts = options[option].Texts.Where(text => !TakeListed(listed, text)).Select(t => (t, true, PhraseKind.Means))
                .Concat(options[option].OtherLanguageTexts.Where(text => !TakeListed(listedInOtherLanguages, text)).Select(t => (t, false, PhraseKind.Means)))
                .Concat(options[option].RequiredTexts.Select(t => (t, true, PhraseKind.Requires)));
            foreach (var (text, stemmed, kind) in texts)
            {
                var phrase = AnalyzedText.Phrase(text);
                if (phrase.Words.Length == 0)
                {
                    continue;
                }

                var id = phrases.Count;
                phrases.Add(new Phrase(option, phrase.Words.Length, kind));
                AddWords(phrase, id, 0, stemmed, language);
            }

            foreach (var (_, layout, stemmed) in slottedTexts)
            {
                var id = phrases.Count;
                phrases.Add(new Phrase(option, 0, PhraseKind.Means) { Slots = layout });
                for (var slot = 0; slot < layout.Words.Length; slot++)
                {
                    for (var text = 0; text < layout.Words[slot].Length; text++)
                    {
                        AddWords(layout.Words[slot][text], id, layout.Offsets[slot][text], stemmed, language);
                    }
                }
            }
        }

        // Phrases that say an option is not meant are looked up word for word only: no stems, compounds or typos.
        for (var option = 0; option < options.Count; option++)
        {
            foreach (var (text, kind) in options[option].UnlessTexts.Select(text => (text, PhraseKind.Cancels)).Concat(options[option].DeniedTexts.Select(text => (text, PhraseKind.Denies))))
            {
                var phrase = AnalyzedText.Phrase(text.Replace(AnyWordsBetween, " ", StringComparison.Ordinal));
                var id = phrases.Count;
                phrases.Add(new Phrase(option, phrase.Words.Length, kind) { WideGaps = text.Contains(AnyWordsBetween, StringComparison.Ordinal) });
                for (var position = 0; position < phrase.Words.Length; position++)
                {
                    Add(_exact, phrase.Words[position], new WordHit(id, position));
                }
            }
        }

        Phrases = phrases;
        foreach (var list in _exact.Values.Concat(_stems.Values))
        {
            list.Sort();
        }

        NeedingSupport = options.Where(option => option.RequiredTexts.Count > 0).Select(option => option.Id).ToHashSet(StringComparer.Ordinal);
    }

    /// <summary>The ids of options that count only when one of their required phrases is in the message too.</summary>
    public IReadOnlySet<string> NeedingSupport { get; }

    /// <summary>Each phrase: the option it belongs to, how many words it has and what it says about the option; a phrase's id is its place in this list.</summary>
    public IReadOnlyList<Phrase> Phrases { get; }

    public static PhraseIndex For(IReadOnlyList<RecognizableOption> options, TextLanguage language)
    {
        // A kept (read-only) set of options remembers its index per language, without hashing its phrases again; the
        // first turns to need it while it is being built wait for that one build instead of each building their own.
        if (options is ReadOnlyCollection<RecognizableOption> kept)
        {
            var perLanguage = ByKeptSet.GetValue(kept, _ => new ConcurrentDictionary<TextLanguage, Lazy<PhraseIndex>>());
            return perLanguage.GetOrAdd(language, static (language, options) => new Lazy<PhraseIndex>(() => Lookup(options, language)), options).Value;
        }

        return Lookup(options, language);
    }

    private static PhraseIndex Lookup(IReadOnlyList<RecognizableOption> options, TextLanguage language)
    {
        var key = (Fingerprint(options), language);
        if (Indexes.TryGetValue(key, out var index))
        {
            return index;
        }

        index = new PhraseIndex(options, language);
        if (Indexes.Count >= Indexes.Capacity)
        {
            Indexes.Clear();
        }

        Indexes.TryAdd(key, index);
        return index;
    }

    /// <summary>
    /// Every phrase word the text's word stands for: the same word, the same stem, the tail of a compound
    /// ("wijkverpleegkundige" holds "verpleegkundige"), or, for a word the content does not know, a close spelling.
    /// Worked out once per word and remembered: a class in content ("{mother}s boyfriend {harm_verb} {mother}") makes
    /// thousands of phrases, and a common word is then part of thousands of them.
    /// </summary>
    public WordHits Hits(string word, string stem, SentenceWords words)
    {
        var typos = word.Length >= MinTypoLength && !char.IsDigit(word[0]) && !words.IsKnown(word);
        return _hits.GetOrAdd((word, stem, typos), key => new WordHits(Found(key.Word, key.Stem, key.Typos), Begins));
    }

    /// <summary>Whether a hit is a phrase's first word: of a slotted phrase, the first word of a text of its first slot.</summary>
    private bool Begins(WordHit hit) => Phrases[hit.Phrase].Slots is { } slots ? slots.Begins(hit.Position) : hit.Position == 0;

    private IReadOnlyList<WordHit> Found(string word, string stem, bool typos)
    {
        // Most words of a sentence match nothing or one kind of hit: those answers are kept lists, not new ones.
        List<WordHit>? hits = null;
        IReadOnlyList<WordHit> only = [];
        void Take(IReadOnlyList<WordHit> found)
        {
            if (found.Count == 0)
            {
                return;
            }

            if (only.Count == 0 && hits is null)
            {
                only = found;
                return;
            }

            hits = [.. (hits ?? only).Concat(found).Distinct().Order()];
        }

        if (_exact.TryGetValue(word, out var exact))
        {
            Take(exact);
        }

        if (word.Length >= MinStemmedLength && stem.Length >= MinStemmedLength && _stems.TryGetValue(stem, out var stemmed))
        {
            Take(stemmed);
        }

        if (word.Length >= MinCompoundPart + 3)
        {
            Take(CompoundTails(word));
        }

        if (typos)
        {
            Take(SpelledLike(word));
        }

        return hits ?? only;
    }

    /// <summary>Indexes the words of a phrase (or of one text of a slot, its first word at <paramref name="offset"/>) as, by stem, as a compound's tail and for typos.</summary>
    private void AddWords(AnalyzedText phrase, int id, int offset, bool stemmed, TextLanguage language)
    {
        for (var position = 0; position < phrase.Words.Length; position++)
        {
            var hit = new WordHit(id, offset + position);
            var word = phrase.Words[position];
            Add(_exact, word, hit);
            if (word.Length >= MinTypoLength)
            {
                Add(_typoTargets, word.Length, (word, hit));
            }

            if (!stemmed)
            {
                continue;
            }

            var stem = phrase.StemsIn(language)[position];
            if (stem.Length >= MinStemmedLength)
            {
                Add(_stems, stem, hit);
            }

            if (word.Length >= MinCompoundPart)
            {
                Add(_compoundTails, word, (hit, word.Length));
                var dutchStem = phrase.DutchStems[position];
                if (dutchStem.Length >= MinCompoundPart && dutchStem != word)
                {
                    Add(_compoundTails, dutchStem, (hit, word.Length));
                }
            }
        }
    }

    private WordHit[] CompoundTails(string word)
    {
        var hits = new List<WordHit>();
        for (var start = 3; start <= word.Length - MinCompoundPart; start++)
        {
            if (_compoundTails.TryGetValue(word[start..], out var tails))
            {
                hits.AddRange(tails.Where(tail => word.Length >= tail.WantedLength + 3).Select(tail => tail.Hit));
            }
        }

        return [.. hits.Distinct().Order()];
    }

    private WordHit[] SpelledLike(string word)
    {
        var hits = new List<WordHit>();
        for (var length = word.Length - MaxLengthDifference; length <= word.Length + MaxLengthDifference; length++)
        {
            if (!_typoTargets.TryGetValue(length, out var targets))
            {
                continue;
            }

            foreach (var (wanted, hit) in targets)
            {
                var tolerance = EditDistance.WordTolerance(wanted.Length);
                if (wanted != word && (tolerance == 0
                    ? EditDistance.SlipOfAShortWord(word, wanted)
                    : Math.Abs(wanted.Length - word.Length) <= tolerance && !EditDistance.DifferOnlyByABeginning(word, wanted) && EditDistance.Bounded(word, wanted, tolerance) <= tolerance))
                {
                    hits.Add(hit);
                }
            }
        }

        return [.. hits.Distinct().Order()];
    }

    /// <summary>How often each text stands among the listed combinations of slotted phrases.</summary>
    private static Dictionary<string, int> ListedCounts(IEnumerable<IReadOnlyList<string>> listed)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var text in listed.SelectMany(texts => texts))
        {
            counts[text] = counts.GetValueOrDefault(text) + 1;
        }

        return counts;
    }

    /// <summary>Whether the text is one of the listed combinations (each counted once), which its slotted phrase stands for.</summary>
    private static bool TakeListed(Dictionary<string, int> listed, string text)
    {
        if (listed.GetValueOrDefault(text) == 0)
        {
            return false;
        }

        listed[text]--;
        return true;
    }

    private static void Add<TKey, TValue>(Dictionary<TKey, List<TValue>> map, TKey key, TValue value)
        where TKey : notnull
    {
        if (!map.TryGetValue(key, out var list))
        {
            map[key] = list = [];
        }

        list.Add(value);
    }

    /// <summary>A 64-bit FNV-1a hash of the options' ids and texts: the same options give the same index.</summary>
    private static ulong Fingerprint(IReadOnlyList<RecognizableOption> options)
    {
        var hash = 14695981039346656037UL;
        void Mix(string text, char separator)
        {
            foreach (var c in text)
            {
                hash = (hash ^ c) * 1099511628211UL;
            }

            hash = (hash ^ separator) * 1099511628211UL;
        }

        foreach (var option in options)
        {
            Mix(option.Id, '\u0001');
            foreach (var text in option.Texts)
            {
                Mix(text, '\u0002');
            }

            foreach (var text in option.OtherLanguageTexts)
            {
                Mix(text, '\u0003');
            }

            foreach (var text in option.UnlessTexts)
            {
                Mix(text, '\u0004');
            }

            foreach (var text in option.RequiredTexts)
            {
                Mix(text, '\u0005');
            }

            foreach (var text in option.DeniedTexts)
            {
                Mix(text, '\u0006');
            }

            foreach (var (slotted, separator) in option.SlottedTexts.Select(slotted => (slotted, '\u0007')).Concat(option.SlottedOtherLanguageTexts.Select(slotted => (slotted, '\u0008'))))
            {
                foreach (var slot in slotted.Slots)
                {
                    Mix(slot.Class.ToString(CultureInfo.InvariantCulture), separator);
                    foreach (var text in slot.Texts)
                    {
                        Mix(text, separator);
                    }
                }
            }
        }

        return hash;
    }

    public readonly record struct Phrase(int Option, int Words, PhraseKind Kind)
    {
        /// <summary>Written with <see cref="AnyWordsBetween"/>: its words may stand up to <see cref="WideGap"/> words apart.</summary>
        public bool WideGaps { get; init; }

        /// <summary>The slots of a <see cref="SlottedPhrase"/>; null for a phrase of its own words (then <see cref="Words"/> counts them).</summary>
        public SlotLayout? Slots { get; init; }

        /// <summary>Phrases that cancel or deny hold their own negation and are read word for word.</summary>
        public bool IsWordForWord => Kind is PhraseKind.Cancels or PhraseKind.Denies;
    }

    public readonly record struct WordHit(int Phrase, int Position) : IComparable<WordHit>
    {
        public int CompareTo(WordHit other) => Phrase != other.Phrase ? Phrase.CompareTo(other.Phrase) : Position.CompareTo(other.Position);
    }

    /// <summary>The phrase words one typed word stands for, sorted by phrase and position, each once; and those that begin a phrase.</summary>
    public sealed class WordHits
    {
        private readonly WordHit[] _all;

        public WordHits(IEnumerable<WordHit> sorted, Func<WordHit, bool> begins)
        {
            _all = [.. sorted];
            Starts = [.. _all.Where(begins)];
        }

        public IReadOnlyList<WordHit> Starts { get; }

        /// <summary>Whether the word stands for <paramref name="hit"/>: found by halving, as the hits are sorted.</summary>
        public bool Holds(WordHit hit) => Array.BinarySearch(_all, hit) >= 0;
    }
}

/// <summary>What a phrase found in a message says about its option.</summary>
internal enum PhraseKind
{
    /// <summary>The option is meant (a label or synonym).</summary>
    Means,

    /// <summary>The option is not meant anywhere in this message ("unless").</summary>
    Cancels,

    /// <summary>The option counts only when a phrase of this kind is in the message too ("only_with").</summary>
    Requires,

    /// <summary>The option is not meant in the words of this phrase ("geen pistool"); elsewhere in the message it may be ("maar wel een mes").</summary>
    Denies,
}
