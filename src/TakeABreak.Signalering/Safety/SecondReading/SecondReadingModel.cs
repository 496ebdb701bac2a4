using System.Buffers;
using System.Globalization;
using System.Text;

namespace TakeABreak.Signalering.Safety.SecondReading;

/// <summary>
/// A logistic model over <see cref="ReadingFeatures"/>: how likely a text tells of danger now. It is learned from the
/// labelled messages of the safety guard (see <see cref="SecondReadingTrainer"/>) and kept as text in
/// dialogs/safety/second-reading.tsv, so every change to it is seen in review. Thread-safe; linear in the text's length.
/// </summary>
public sealed class SecondReadingModel
{
    private readonly Dictionary<string, double> _weights;
    private readonly FeatureWeights _features;

    public SecondReadingModel(double bias, IReadOnlyDictionary<string, double> weights)
    {
        ArgumentNullException.ThrowIfNull(weights);
        Bias = bias;
        _weights = new Dictionary<string, double>(weights, StringComparer.Ordinal);
        _features = new FeatureWeights(_weights);
        ReadsParts = _weights.Keys.Any(feature => feature.StartsWith(ReadingFeatures.PartPrefix, StringComparison.Ordinal));
    }

    public double Bias { get; }

    /// <summary>Whether any weight is of a part the detector found; if not, those parts are not turned into features.</summary>
    public bool ReadsParts { get; }

    public IReadOnlyDictionary<string, double> Weights => _weights;

    /// <summary>
    /// The probability of danger now of the most dangerous window of the text's words, each read with what the detector
    /// found in the whole text (<paramref name="found"/>).
    /// </summary>
    public double Probability(string text, IReadOnlyList<FoundConcept> found) => Probability(new ReadText(text), found);

    /// <inheritdoc cref="Probability(string, IReadOnlyList{FoundConcept})"/>
    public double Probability(ReadText text, IReadOnlyList<FoundConcept> found)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(found);
        var words = text.Words;
        var wordCount = words.Tokens.Count;
        var rented = wordCount > StackWords ? ArrayPool<int>.Shared.Rent(wordCount) : null;
        var wordIds = rented is null ? stackalloc int[wordCount] : rented.AsSpan(0, wordCount);
        try
        {
            _features.WordIds(words, wordIds);
            var foundSum = ReadsParts ? _features.SumOfFound(found) : 0;
            var most = double.MinValue;
            for (var index = 0; index < ReadingFeatures.WindowCount(wordCount); index++)
            {
                var (start, count) = ReadingFeatures.Window(index, wordCount);
                most = Math.Max(most, Logistic(Bias + foundSum + _features.SumOfWindow(words, wordIds, start, count)));
            }

            return most;
        }
        finally
        {
            if (rented is not null)
            {
                ArrayPool<int>.Shared.Return(rented);
            }
        }
    }

    /// <summary>The probability of danger now of the words alone, as when the detector found nothing.</summary>
    public double Probability(string text) => Probability(text, []);

    /// <summary>At most this many word ids are kept on the stack; more are rented.</summary>
    private const int StackWords = 512;

    internal static double Logistic(double sum) => 1 / (1 + Math.Exp(-Math.Clamp(sum, -30, 30)));

    /// <summary>The weights as lines of the model file ("bias", then one feature a line, strongest first).</summary>
    public IEnumerable<string> Lines()
    {
        yield return "bias\t" + Format(Bias);
        foreach (var (feature, weight) in _weights
            .OrderByDescending(pair => Math.Abs(pair.Value))
            .ThenBy(pair => pair.Key, StringComparer.Ordinal))
        {
            yield return feature + "\t" + Format(weight);
        }
    }

    public static string Format(double value) => value.ToString("0.####", CultureInfo.InvariantCulture);
}
