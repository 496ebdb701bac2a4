using TakeABreak.Signalering.Safety;
using TakeABreak.Signalering.Safety.SecondReading;
using TakeABreak.Signalering.Tests.Safety.Labelled;

namespace TakeABreak.Signalering.Tests.Safety.SecondReading;

/// <summary>
/// A learned reading weighs a text without naming its features, but its probability is the one of the named features
/// (<see cref="ReadingFeatures.Of(IReadOnlyList{string})"/>, <see cref="ReadingFeatures.OfFound"/>) summed in their order, to
/// the last bit: what the trainer learned from is what the guard reads.
/// </summary>
public sealed class SecondReadingModelSumTests(SafetyContentFixture fixture) : IClassFixture<SafetyContentFixture>
{
    [Fact]
    public void Both_committed_readings_give_every_labelled_message_the_probability_of_its_named_features()
    {
        var texts = LabelledSafetyMessages.EveryFile().Select(message => message.Text).ToList();
        texts.AddRange([.. texts.Chunk(25).Select(story => string.Join(' ', story))]);
        var models = new[] { fixture.Content.SecondReader.Model, fixture.Content.DisclosureReader.Model };

        var differences = texts
            .Select(text => (Text: text, fixture.Detector.Read(text).Found))
            .SelectMany(message => models.Select(model => (message.Text, Read: model.Probability(message.Text, message.Found), Named: ByNamedFeatures(model, message.Text, message.Found))))
            .Where(reading => BitConverter.DoubleToInt64Bits(reading.Read) != BitConverter.DoubleToInt64Bits(reading.Named))
            .ToList();

        Assert.True(texts.Count > 7_000);
        Assert.True(differences.Count == 0, $"{differences.Count} readings differ, the first: '{differences.FirstOrDefault().Text}' {differences.FirstOrDefault().Read:R} against {differences.FirstOrDefault().Named:R}");
    }

    [Theory]
    [InlineData("")]
    [InlineData("?!")]
    [InlineData("a")]
    [InlineData("Hij slaat me, hij slaat me NU! hahaha")]
    [InlineData("he hits me he hits me now abc x")]
    public void Features_no_text_can_have_count_for_nothing_and_each_feature_counts_once(string text)
    {
        var model = new SecondReadingModel(-0.3, new Dictionary<string, double>
        {
            ["w:hij"] = 0.7, ["w:slaat"] = 0.11, ["b:hij slaat"] = 0.5, ["b:slaat me"] = -0.2, ["c:<sla"] = 0.25, ["c:aat>"] = 0.125,
            ["c:haha"] = 0.3, ["w:he"] = 0.1, ["b:hits me"] = 0.9, ["c:its>"] = 0.01, ["c:<a>"] = 5, ["w:a"] = 0.05,
            ["b:he hits me"] = 9, ["c:abc"] = 9, ["w:hij slaat"] = 9, ["k:violence_act@now"] = 2, ["k:subject"] = 0.3,
        });
        var found = fixture.Detector.Read(text).Found;

        Assert.Equal(BitConverter.DoubleToInt64Bits(ByNamedFeatures(model, text, found)), BitConverter.DoubleToInt64Bits(model.Probability(text, found)));
    }

    [Fact]
    public void A_long_story_is_weighed_window_by_window_as_its_named_features()
    {
        var model = fixture.Content.SecondReader.Model;
        var story = string.Join(' ', Enumerable.Repeat("we woonden daar jaren en het was rustig", 60)) + " en nu slaat hij haar met een mes";

        Assert.True(ReadingFeatures.Words(story).Length > 4 * ReadingFeatures.WindowWords);
        Assert.Equal(BitConverter.DoubleToInt64Bits(ByNamedFeatures(model, story, [])), BitConverter.DoubleToInt64Bits(model.Probability(story)));
    }

    /// <summary>The probability as the trainer sees a text: the most dangerous window of its named features, with what was found.</summary>
    private static double ByNamedFeatures(SecondReadingModel model, string text, IReadOnlyList<FoundConcept> found)
    {
        var foundSum = model.ReadsParts ? Sum(model, ReadingFeatures.OfFound(found)) : 0;
        return ReadingFeatures.Windows(ReadingFeatures.Words(text)).Max(window => Logistic(model.Bias + foundSum + Sum(model, ReadingFeatures.Of(window))));
    }

    private static double Sum(SecondReadingModel model, IReadOnlyList<string> features)
    {
        var sum = 0.0;
        foreach (var feature in features)
        {
            sum += model.Weights.GetValueOrDefault(feature);
        }

        return sum;
    }

    private static double Logistic(double sum) => 1 / (1 + Math.Exp(-Math.Clamp(sum, -30, 30)));
}
