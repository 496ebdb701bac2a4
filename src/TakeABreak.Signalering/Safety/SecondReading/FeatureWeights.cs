using System.Buffers;

namespace TakeABreak.Signalering.Safety.SecondReading;

/// <summary>
/// A model's weights indexed by what a text holds, so a window of words is weighed without building the name of each of
/// its features (<see cref="ReadingFeatures"/>): words by their letters, pairs of words by the ids of both, four-letter
/// pieces by their letters packed in a number, parts the detector found by their name. It adds the weights in the order
/// <see cref="ReadingFeatures.Of(IReadOnlyList{string})"/> lists the features (words, then pairs, then pieces, each
/// counted once), so the sum is the one of the named features to the last bit. Features that no text can have (a pair
/// without one space, a piece not of four letters) are left out. Thread-safe.
/// </summary>
internal sealed class FeatureWeights
{
    /// <summary>No feature: a word of the vocabulary that is only part of a pair has no weight of its own.</summary>
    private const int NoFeature = -1;

    /// <summary>At most this many slots of the set of features counted are kept on the stack; more are rented.</summary>
    private const int StackSlots = 1024;

    private const int PieceLength = 4;

    private readonly Dictionary<string, int> _vocabulary = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _vocabularyBySpan;
    private readonly List<Weight> _wordWeights = [];
    private readonly WeightTable _pairs;
    private readonly WeightTable _pieces;
    private readonly Dictionary<string, Weight> _parts = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Weight>.AlternateLookup<ReadOnlySpan<char>> _partsBySpan;
    private readonly Weight[][] _piecesOfWords;
    private int _featureCount;

    public FeatureWeights(IReadOnlyDictionary<string, double> weights)
    {
        ArgumentNullException.ThrowIfNull(weights);
        _vocabularyBySpan = _vocabulary.GetAlternateLookup<ReadOnlySpan<char>>();
        _partsBySpan = _parts.GetAlternateLookup<ReadOnlySpan<char>>();
        var pairs = new Dictionary<ulong, Weight>();
        var pieces = new Dictionary<ulong, Weight>();
        foreach (var (feature, weight) in weights)
        {
            Add(feature, weight, pairs, pieces);
        }

        _pairs = new WeightTable(pairs);
        _pieces = new WeightTable(pieces);
        _piecesOfWords = new Weight[_wordWeights.Count][];
        foreach (var (word, id) in _vocabulary)
        {
            _piecesOfWords[id] = [.. WeighedPieces(word)];
        }
    }

    /// <summary>The weight of a feature and the number that tells it from every other feature of the model.</summary>
    private readonly record struct Weight(int Feature, double Value);

    /// <summary>
    /// The sum of the weights of the distinct features of the words <paramref name="start"/> up to
    /// <paramref name="start"/> + <paramref name="count"/> of <paramref name="text"/>; <paramref name="wordIds"/> holds
    /// each word's id in the vocabulary (<see cref="WordIds"/>).
    /// </summary>
    public double SumOfWindow(NormalizedText text, ReadOnlySpan<int> wordIds, int start, int count)
    {
        var occurrences = 2 * count;
        for (var i = start; i < start + count; i++)
        {
            occurrences += text.Tokens[i].Length;
        }

        var slots = SlotsNeeded(Math.Min(occurrences, _featureCount));
        var rented = slots > StackSlots ? ArrayPool<int>.Shared.Rent(slots) : null;
        var counted = new CountedFeatures(rented is null ? stackalloc int[slots] : rented.AsSpan(0, slots));
        try
        {
            var sum = 0.0;
            for (var i = start; i < start + count; i++)
            {
                if (wordIds[i] != NoFeature && _wordWeights[wordIds[i]] is { Feature: not NoFeature } word && counted.Add(word.Feature))
                {
                    sum += word.Value;
                }
            }

            for (var i = start + 1; i < start + count; i++)
            {
                if (wordIds[i - 1] != NoFeature && wordIds[i] != NoFeature
                    && _pairs.TryGetValue(PairKey(wordIds[i - 1], wordIds[i]), out var pair) && counted.Add(pair.Feature))
                {
                    sum += pair.Value;
                }
            }

            for (var i = start; i < start + count; i++)
            {
                if (wordIds[i] != NoFeature)
                {
                    foreach (var piece in _piecesOfWords[wordIds[i]])
                    {
                        if (counted.Add(piece.Feature))
                        {
                            sum += piece.Value;
                        }
                    }

                    continue;
                }

                var word = text.Word(i);
                for (var at = 0; at + PieceLength <= word.Length + 2; at++)
                {
                    if (_pieces.TryGetValue(PieceKey(word, at), out var piece) && counted.Add(piece.Feature))
                    {
                        sum += piece.Value;
                    }
                }
            }

            return sum;
        }
        finally
        {
            if (rented is not null)
            {
                ArrayPool<int>.Shared.Return(rented);
            }
        }
    }

    /// <summary>The id of each word of the text in the vocabulary, or <see cref="NoFeature"/> where the model knows no feature of it.</summary>
    public void WordIds(NormalizedText text, Span<int> ids)
    {
        for (var i = 0; i < ids.Length; i++)
        {
            ids[i] = _vocabularyBySpan.TryGetValue(text.Word(i), out var id) ? id : NoFeature;
        }
    }

    /// <summary>The sum of the weights of the distinct features of what the detector found (<see cref="ReadingFeatures.OfFound"/>).</summary>
    public double SumOfFound(IReadOnlyList<FoundConcept> found)
    {
        if (_parts.Count == 0 || !ReadingFeatures.AnyPlacedAct(found))
        {
            return 0;
        }

        var counted = new CountedFeatures(stackalloc int[SlotsNeeded(found.Count)]);
        Span<char> buffer = stackalloc char[128];
        var sum = 0.0;
        foreach (var concept in found)
        {
            var length = ReadingFeatures.PartFeatureLength(concept);
            var name = length <= buffer.Length ? buffer[..length] : new char[length];
            ReadingFeatures.WritePartFeature(name, concept);
            if (_partsBySpan.TryGetValue(name, out var part) && counted.Add(part.Feature))
            {
                sum += part.Value;
            }
        }

        return sum;
    }

    private void Add(string feature, double weight, Dictionary<ulong, Weight> pairs, Dictionary<ulong, Weight> pieces)
    {
        var name = feature.AsSpan(2);
        if (feature.StartsWith("w:", StringComparison.Ordinal))
        {
            var id = WordId(name.ToString());
            _wordWeights[id] = new Weight(_featureCount++, weight);
        }
        else if (feature.StartsWith("b:", StringComparison.Ordinal))
        {
            var space = name.IndexOf(' ');
            if (space > 0 && space < name.Length - 1 && name[(space + 1)..].IndexOf(' ') < 0)
            {
                pairs[PairKey(WordId(name[..space].ToString()), WordId(name[(space + 1)..].ToString()))] = new Weight(_featureCount++, weight);
            }
        }
        else if (feature.StartsWith("c:", StringComparison.Ordinal))
        {
            if (name.Length == PieceLength)
            {
                pieces[Pack(name[0], name[1], name[2], name[3])] = new Weight(_featureCount++, weight);
            }
        }
        else if (feature.StartsWith(ReadingFeatures.PartPrefix, StringComparison.Ordinal))
        {
            _parts[feature] = new Weight(_featureCount++, weight);
        }
    }

    /// <summary>The weighed pieces of a word in the order they occur in it: looked up once at load for the words the model knows.</summary>
    private IEnumerable<Weight> WeighedPieces(string word)
    {
        for (var at = 0; at + PieceLength <= word.Length + 2; at++)
        {
            if (_pieces.TryGetValue(PieceKey(word, at), out var piece))
            {
                yield return piece;
            }
        }
    }

    private int WordId(string word)
    {
        if (!_vocabulary.TryGetValue(word, out var id))
        {
            id = _vocabulary[word] = _wordWeights.Count;
            _wordWeights.Add(new Weight(NoFeature, 0));
        }

        return id;
    }

    private static ulong PairKey(int first, int second) => ((ulong)(uint)first << 32) | (uint)second;

    /// <summary>The piece of the word marked "&lt;word&gt;" that begins at <paramref name="at"/> in the marked word.</summary>
    private static ulong PieceKey(ReadOnlySpan<char> word, int at) =>
        Pack(Marked(word, at), Marked(word, at + 1), Marked(word, at + 2), Marked(word, at + 3));

    private static char Marked(ReadOnlySpan<char> word, int at) => at == 0 ? '<' : at == word.Length + 1 ? '>' : word[at - 1];

    private static ulong Pack(char a, char b, char c, char d) => a | ((ulong)b << 16) | ((ulong)c << 32) | ((ulong)d << 48);

    /// <summary>Slots for a set of up to <paramref name="features"/> features: at most half full, a power of two.</summary>
    private static int SlotsNeeded(int features) => (int)Math.Max(16, System.Numerics.BitOperations.RoundUpToPowerOf2((uint)(2 * features)));

    /// <summary>Weights by a number (a pair of word ids, a packed piece): open addressing, at most half full.</summary>
    private sealed class WeightTable
    {
        private readonly ulong[] _keys;
        private readonly Weight[] _weights;
        private readonly int _shift;

        public WeightTable(IReadOnlyDictionary<ulong, Weight> weights)
        {
            var slots = SlotsNeeded(weights.Count);
            _shift = 64 - System.Numerics.BitOperations.Log2((uint)slots);
            _keys = new ulong[slots];
            _weights = new Weight[slots];
            _weights.AsSpan().Fill(new Weight(NoFeature, 0));
            foreach (var (key, weight) in weights)
            {
                var slot = SlotOf(key);
                while (_weights[slot].Feature != NoFeature)
                {
                    slot = (slot + 1) & (slots - 1);
                }

                _keys[slot] = key;
                _weights[slot] = weight;
            }
        }

        public bool TryGetValue(ulong key, out Weight weight)
        {
            for (var slot = SlotOf(key); ; slot = (slot + 1) & (_keys.Length - 1))
            {
                weight = _weights[slot];
                if (weight.Feature == NoFeature)
                {
                    return false;
                }

                if (_keys[slot] == key)
                {
                    return true;
                }
            }
        }

        private int SlotOf(ulong key) => (int)((key * 0x9E3779B97F4A7C15UL) >> _shift);
    }

    /// <summary>The features counted in a sum so far: a set of feature numbers in slots (open addressing, linear probing).</summary>
    private ref struct CountedFeatures
    {
        private readonly Span<int> _slots;

        public CountedFeatures(Span<int> slots)
        {
            _slots = slots;
            _slots.Fill(NoFeature);
        }

        /// <summary>Whether the feature was not counted yet; it is counted from now on.</summary>
        public bool Add(int feature)
        {
            var mask = _slots.Length - 1;
            for (var slot = (int)((uint)feature * 0x9E3779B1u) & mask; ; slot = (slot + 1) & mask)
            {
                if (_slots[slot] == feature)
                {
                    return false;
                }

                if (_slots[slot] == NoFeature)
                {
                    _slots[slot] = feature;
                    return true;
                }
            }
        }
    }
}
