namespace TakeABreak.Signalering.Safety.SecondReading;

/// <summary>
/// Learns a <see cref="SecondReadingModel"/> from labelled messages: logistic regression by stochastic gradient descent,
/// in a fixed order drawn from a fixed seed, so the same messages always give the same model. Weights too small to matter
/// are left out and the rest rounded, to keep the model file short and its changes readable.
/// </summary>
public static class SecondReadingTrainer
{
    public sealed record Settings
    {
        public int Epochs { get; init; } = 12;

        public double LearningRate { get; init; } = 0.2;

        public double L2 { get; init; } = 1e-5;

        public double SmallestWeight { get; init; } = 0.02;

        public ulong Seed { get; init; } = 1;

        /// <summary>
        /// Whether it learns from the parts the detector found too (<see cref="ReadingFeatures.OfFound"/>), not only the words.
        /// Off: measured in session 18, it found one acute message more and raised three others fewer over all the sets left
        /// out, but did a little worse on the sets the rules were least tuned on (see SecondReadingMeasurementTests).
        /// </summary>
        public bool ReadsParts { get; init; }
    }

    /// <summary>Learns from texts, what the detector found in each (<see cref="DangerDetector.Read"/>) and whether it tells of danger now.</summary>
    public static SecondReadingModel Train(IEnumerable<(string Text, IReadOnlyList<FoundConcept> Found, bool DangerNow)> examples, Settings? settings = null)
    {
        ArgumentNullException.ThrowIfNull(examples);
        settings ??= new Settings();
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        var names = new List<string>();
        var rows = new List<(int[] Features, double Label)>();
        foreach (var (text, found, dangerNow) in examples)
        {
            var features = (settings.ReadsParts ? ReadingFeatures.Of(text, found) : ReadingFeatures.Of(ReadingFeatures.Words(text))).Select(feature =>
            {
                if (!index.TryGetValue(feature, out var i))
                {
                    i = index[feature] = names.Count;
                    names.Add(feature);
                }

                return i;
            }).ToArray();
            rows.Add((features, dangerNow ? 1 : 0));
        }

        var weights = new double[names.Count];
        var bias = 0.0;
        var order = Enumerable.Range(0, rows.Count).ToArray();
        var random = new SplitMix(settings.Seed);
        for (var epoch = 0; epoch < settings.Epochs; epoch++)
        {
            random.Shuffle(order);
            foreach (var r in order)
            {
                var (features, label) = rows[r];
                var sum = bias;
                foreach (var f in features)
                {
                    sum += weights[f];
                }

                var step = (label - SecondReadingModel.Logistic(sum)) * settings.LearningRate;
                bias += step;
                foreach (var f in features)
                {
                    weights[f] += step - (settings.L2 * weights[f]);
                }
            }
        }

        var kept = new Dictionary<string, double>(StringComparer.Ordinal);
        for (var f = 0; f < weights.Length; f++)
        {
            var weight = Math.Round(weights[f], 4);
            if (Math.Abs(weight) >= settings.SmallestWeight)
            {
                kept[names[f]] = weight;
            }
        }

        return new SecondReadingModel(Math.Round(bias, 4), kept);
    }

    /// <summary>A small random generator whose sequence is fixed by its seed on every platform and runtime.</summary>
    private sealed class SplitMix(ulong seed)
    {
        private ulong _state = seed;

        public void Shuffle(int[] items)
        {
            for (var i = items.Length - 1; i > 0; i--)
            {
                var j = (int)(Next() % (ulong)(i + 1));
                (items[i], items[j]) = (items[j], items[i]);
            }
        }

        private ulong Next()
        {
            var z = _state += 0x9E3779B97F4A7C15UL;
            z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
            z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
            return z ^ (z >> 31);
        }
    }
}
