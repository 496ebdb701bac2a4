using TakeABreak.Content;
using TakeABreak.Signalering.Safety;
using TakeABreak.Signalering.Safety.SecondReading;

namespace TakeABreak.Signalering.Tests.Safety.SecondReading;

public sealed class SecondReaderTests(SafetyContentFixture fixture) : IClassFixture<SafetyContentFixture>
{
    /// <summary>A model that finds "now" likely danger (0.95 when it is in the text), and nothing else.</summary>
    private static readonly SecondReadingModel NowModel = new(-10, new Dictionary<string, double> { ["w:now"] = 10 + Math.Log(0.95 / 0.05) });

    private static readonly SecondReader Reader = new(NowModel, threshold: 0.99, disclosureThreshold: 0.9, answerId: "acute_danger_if_now");

    [Fact]
    public void A_verdict_of_the_rules_that_is_acute_stays_as_the_rules_gave_it()
    {
        var acute = new SafetyVerdict(SafetyLevel.Acute, ["knife_now"], null, "en");

        Assert.Same(acute, Reader.Raise(new DetectorReading(acute, []), "he has a knife now"));
    }

    [Fact]
    public void A_serious_disclosure_found_likely_to_happen_now_is_raised_with_the_rules_reasons_after_its_own()
    {
        var urgent = new SafetyVerdict(SafetyLevel.Urgent, ["strangulation"], null, "en");

        var raised = Reader.Raise(new DetectorReading(urgent, []), "he grabbed her throat and now he is back");

        Assert.Equal(SafetyLevel.Acute, raised.Level);
        Assert.Equal([SecondReader.ReasonId, "strangulation"], raised.ReasonIds);
        Assert.Equal("acute_danger_if_now", raised.AnswerId);
        Assert.Equal("en", raised.Locale);
    }

    [Fact]
    public void Danger_now_the_model_finds_all_but_impossible_is_answered_as_a_serious_disclosure()
    {
        var doubting = new SecondReader(NowModel, threshold: 0.99, disclosureThreshold: 0.9, answerId: "acute_danger_if_now", doubtThreshold: 0.002);
        var acute = new SafetyVerdict(SafetyLevel.Acute, ["threat_to_kill"], null, "en");

        var doubted = doubting.Doubts(new DetectorReading(acute, []), new ReadText("we are gonna slaughter them in the final lol"), "disclosure_if_serious");

        Assert.Equal(SafetyLevel.Urgent, doubted.Level);
        Assert.Equal([SecondReader.DoubtReasonId, "threat_to_kill"], doubted.ReasonIds);
        Assert.Equal("disclosure_if_serious", doubted.AnswerId);
        Assert.Equal("en", doubted.Locale);
        Assert.Same(acute, doubting.Doubts(new DetectorReading(acute, []), new ReadText("he says he will kill me now"), "disclosure_if_serious"));
    }

    [Fact]
    public void Danger_now_with_an_answer_of_its_own_or_without_a_doubt_threshold_is_never_doubted()
    {
        var doubting = new SecondReader(NowModel, threshold: 0.99, disclosureThreshold: 0.9, answerId: "acute_danger_if_now", doubtThreshold: 0.002);
        var ownLife = new SafetyVerdict(SafetyLevel.Acute, ["suicide_means_at_hand"], "suicide_danger", "en");
        var acute = new SafetyVerdict(SafetyLevel.Acute, ["threat_to_kill"], null, "en");
        var urgent = new SafetyVerdict(SafetyLevel.Urgent, ["threat"], null, "en");

        Assert.Same(ownLife, doubting.Doubts(new DetectorReading(ownLife, []), new ReadText("the pills are on the table"), "disclosure_if_serious"));
        Assert.Same(acute, Reader.Doubts(new DetectorReading(acute, []), new ReadText("we are gonna slaughter them in the final"), "disclosure_if_serious"));
        Assert.Same(urgent, doubting.Doubts(new DetectorReading(urgent, []), new ReadText("he said it last week"), "disclosure_if_serious"));
    }

    [Fact]
    public void Where_the_rules_found_nothing_the_second_reading_needs_to_be_surer()
    {
        Assert.Equal(SafetyLevel.None, Reader.Raise(DetectorReading.Empty, "it is raining now").Level);
        Assert.Equal(SafetyLevel.Urgent, Reader.Raise(new DetectorReading(new SafetyVerdict(SafetyLevel.Urgent, ["threat"]), []), "he said it last week").Level);
    }

    [Fact]
    public void Danger_at_the_end_of_a_long_story_is_read_as_in_a_short_message()
    {
        var story = string.Join(' ', Enumerable.Repeat("we lived there for years and it was quiet", 40)) + " and he is here now";

        Assert.Equal(NowModel.Probability("he is here now"), NowModel.Probability(story), 6);
        Assert.True(NowModel.Probability(string.Join(' ', Enumerable.Repeat("we lived there for years", 40))) < 0.001);
    }

    [Fact]
    public void Words_are_read_in_lower_case_without_apostrophes_and_with_their_pieces()
    {
        var features = ReadingFeatures.Of(ReadingFeatures.Words("He's got a MES!"));

        Assert.Contains("w:hes", features);
        Assert.Contains("b:a mes", features);
        Assert.Contains("c:<mes", features);
        Assert.Contains("c:mes>", features);
        Assert.DoesNotContain(features, feature => feature.Contains('\'') || feature.Contains('!'));
    }

    [Fact]
    public void Words_are_the_words_the_rules_read_without_accents_and_with_long_letters_shortened()
    {
        Assert.Equal(["hij", "slaat", "me", "een", "keer", "hellp"], ReadingFeatures.Words("Hij slaaaat me, één keer... HELLLLP"));
    }

    [Fact]
    public void The_same_messages_always_teach_the_same_model()
    {
        (string, IReadOnlyList<FoundConcept>, bool)[] examples = [.. new[] { ("hij slaat haar nu", true), ("vorig jaar sloeg hij haar", false), ("he is hitting her now", true), ("he hit her last year", false) }
            .Select(example => (example.Item1, fixture.Detector.Read(example.Item1).Found, example.Item2))];

        Assert.Equal(SecondReadingTrainer.Train(examples).Lines(), SecondReadingTrainer.Train(examples).Lines());
    }

    [Fact]
    public void The_committed_model_file_loads_with_its_thresholds_and_an_answer_that_says_112_first()
    {
        var reader = fixture.Content.SecondReader;

        Assert.InRange(reader.DisclosureThreshold, 0.5, reader.Threshold);
        foreach (var locale in new[] { "nl", "en" })
        {
            Assert.Contains("112", fixture.Content.Messages.Get(reader.AnswerId, locale).Split('\n')[0], StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData("threshold\t2", 1, "the threshold must be between 0 and 1")]
    [InlineData("w:mes 1.5", 1, "a line must be a name and a value separated by one tab")]
    [InlineData("w:mes\tveel", 1, "'veel' is not a number")]
    [InlineData("x:mes\t1", 1, "'x:mes' is no feature")]
    [InlineData("w:mes\t1\nw:mes\t2", 2, "the feature 'w:mes' is given twice")]
    [InlineData("answer\tacute_nowhere", 1, "it answers with 'acute_nowhere', which is not in safety/messages.yaml")]
    [InlineData("answer\turgent_disclosure", 1, "must say to call 112 in its first line")]
    public void A_broken_model_file_names_the_line_and_what_is_wrong(string line, int lineNumber, string problem)
    {
        var errors = new List<ContentError>();
        var lines = new List<string> { "# comment", "threshold\t0.99", "threshold_disclosure\t0.9", "threshold_doubt\t0.002", "answer\tacute_danger_if_now", "bias\t-1" };
        lines.AddRange(line.Split('\n'));

        Assert.Null(SecondReadingFile.Parse(lines, fixture.Content.Messages, errors));

        Assert.NotEmpty(errors);
        Assert.All(errors, error =>
        {
            Assert.Equal(SecondReadingFile.RelativePath, error.File);
            Assert.Equal(6 + lineNumber, error.Line);
            Assert.Contains(problem, error.Message, StringComparison.Ordinal);
        });
    }

    [Fact]
    public void A_model_file_without_its_thresholds_answer_or_bias_says_what_is_missing()
    {
        var errors = new List<ContentError>();

        Assert.Null(SecondReadingFile.Parse(["# only a comment", "w:mes\t1"], fixture.Content.Messages, errors));

        Assert.Equal(5, errors.Count);
        Assert.All(errors, error => Assert.Contains("missing", error.Message, StringComparison.Ordinal));
    }
}
