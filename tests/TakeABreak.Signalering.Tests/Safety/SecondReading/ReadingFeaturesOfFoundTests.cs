using TakeABreak.Signalering.Safety;
using TakeABreak.Signalering.Safety.SecondReading;

namespace TakeABreak.Signalering.Tests.Safety.SecondReading;

/// <summary>The second reading's features of what the detector found: each concept, and how it placed each signal.</summary>
public sealed class ReadingFeaturesOfFoundTests(SafetyContentFixture fixture) : IClassFixture<SafetyContentFixture>
{
    private IReadOnlyList<string> FeaturesOf(string text) => ReadingFeatures.OfFound(fixture.Detector.Read(text).Found);

    [Theory]
    [InlineData("hij pakt nu de messen", "k:weapon@now")]
    [InlineData("he is grabbing the knives right now", "k:weapon@now")]
    [InlineData("vorige week sloeg hij me", "k:violence_act@other")]
    public void A_signal_found_by_its_stem_gives_its_concept_and_how_it_was_placed(string text, string feature)
    {
        Assert.Contains(feature, FeaturesOf(text));
    }

    [Theory]
    [InlineData("hij slaat me niet", "k:violence_act@negated")]
    [InlineData("he does not hit me", "k:violence_act@negated")]
    public void A_denied_signal_gives_its_concept_as_negated(string text, string feature)
    {
        var features = FeaturesOf(text);

        Assert.Contains(feature, features);
        Assert.Contains("k:negation", features);
        Assert.DoesNotContain(features, found => found.StartsWith("k:violence_act@", StringComparison.Ordinal) && found != feature);
    }

    [Theory]
    [InlineData("in de film slaat hij haar")]
    [InlineData("in the film he hits her")]
    public void A_signal_a_blocker_sets_aside_gives_its_concept_as_blocked(string text)
    {
        var features = FeaturesOf(text);

        Assert.Contains("k:fiction_or_news", features);
        Assert.Contains("k:violence_act@blocked", features);
    }

    [Fact]
    public void A_model_file_may_weigh_what_the_detector_found()
    {
        var errors = new List<TakeABreak.Content.ContentError>();
        string[] lines = ["threshold\t0.97", "threshold_disclosure\t0.985", "threshold_doubt\t0.002", "answer\tacute_danger_if_now", "bias\t-1", "k:weapon@now\t2.5"];

        var reader = SecondReadingFile.Parse(lines, fixture.Content.Messages, errors);

        Assert.Empty(errors);
        Assert.Equal(2.5, reader!.Model.Weights["k:weapon@now"]);
    }

    [Fact]
    public void Concepts_that_are_no_act_give_their_concept_without_a_placing_next_to_an_act()
    {
        var features = FeaturesOf("hij slaat me nu");

        Assert.Contains("k:violence_act@now", features);
        Assert.Contains("k:now", features);
        Assert.Contains("k:actor", features);
        Assert.DoesNotContain(features, feature => feature.StartsWith("k:actor@", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("het regent nu niet")]
    [InlineData("it's happening right now")]
    [InlineData("hij is nu weg")]
    [InlineData("nu slaapt hij")]
    public void Where_no_act_is_found_only_the_words_are_read(string text)
    {
        Assert.NotEmpty(fixture.Detector.Read(text).Found);
        Assert.Empty(FeaturesOf(text));
    }

    [Theory]
    [InlineData("hij pakt nu de messen")]
    [InlineData("vorige week sloeg hij me")]
    [InlineData("het regent nu niet")]
    [InlineData("")]
    public void Reading_a_text_gives_the_same_verdict_as_assessing_it(string text)
    {
        Assert.Equal(fixture.Detector.Assess(text), fixture.Detector.Read(text).Verdict);
    }

    [Fact]
    public void What_the_detector_found_counts_in_every_window_of_the_text()
    {
        var model = new SecondReadingModel(-5, new Dictionary<string, double> { ["k:weapon@now"] = 10 });
        FoundConcept[] found = [new("weapon", "signal", FoundPlacement.Now, IsPlacedByAVerb: true)];

        Assert.True(model.Probability("he has it", found) > 0.99);
        Assert.True(model.Probability("he has it") < 0.01);
        Assert.True(model.Probability(string.Join(' ', Enumerable.Repeat("we lived there for years", 40)), found) > 0.99);
    }

    [Fact]
    public void Only_a_model_that_weighs_parts_reads_them()
    {
        Assert.False(new SecondReadingModel(0, new Dictionary<string, double> { ["w:mes"] = 1 }).ReadsParts);
        Assert.True(new SecondReadingModel(0, new Dictionary<string, double> { ["w:mes"] = 1, ["k:weapon@now"] = 1 }).ReadsParts);
    }
}
