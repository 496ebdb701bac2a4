using TakeABreak.Content;
using TakeABreak.Signalering.Safety;
using TakeABreak.Signalering.Safety.SecondReading;

namespace TakeABreak.Signalering.Tests.Safety.SecondReading;

public sealed class DisclosureReaderTests(SafetyContentFixture fixture) : IClassFixture<SafetyContentFixture>
{
    /// <summary>A model that finds "bonnetje" a likely serious disclosure (0.97 when it is in the text), and nothing else.</summary>
    private static readonly SecondReadingModel ReceiptModel = new(-10, new Dictionary<string, double> { ["w:bonnetje"] = 10 + Math.Log(0.97 / 0.03) });

    private static readonly DisclosureReader Reader = new(ReceiptModel, threshold: 0.95, answerId: "disclosure_if_serious");

    [Fact]
    public void A_message_nothing_found_anything_in_is_raised_to_a_serious_disclosure_with_its_own_reason_and_answer()
    {
        var raised = Reader.Raise(SafetyVerdict.None, [], "ik moet van hem elk bonnetje laten zien");

        Assert.Equal(SafetyLevel.Urgent, raised.Level);
        Assert.Equal([DisclosureReader.ReasonId], raised.ReasonIds);
        Assert.Equal("disclosure_if_serious", raised.AnswerId);
    }

    [Fact]
    public void A_verdict_that_found_something_is_never_changed_not_even_lowered()
    {
        var acute = new SafetyVerdict(SafetyLevel.Acute, ["knife_now"]);
        var urgent = new SafetyVerdict(SafetyLevel.Urgent, ["threat"]);

        Assert.Same(acute, Reader.Raise(acute, [], "hij heeft een mes en een bonnetje"));
        Assert.Same(urgent, Reader.Raise(urgent, [], "hij dreigde om een bonnetje"));
    }

    [Fact]
    public void Below_its_threshold_nothing_is_raised()
    {
        Assert.Same(SafetyVerdict.None, Reader.Raise(SafetyVerdict.None, [], "ik zoek een bon van de supermarkt"));
    }

    [Fact]
    public void The_committed_disclosure_reading_loads_and_its_answer_gives_Veilig_Thuis_and_112_in_both_languages()
    {
        var reader = fixture.Content.DisclosureReader;

        Assert.InRange(reader.Threshold, 0.5, 0.999);
        foreach (var locale in new[] { "nl", "en" })
        {
            var answer = fixture.Content.Messages.Get(reader.AnswerId, locale);
            Assert.Contains("0800-2000", answer, StringComparison.Ordinal);
            Assert.Contains("112", answer, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void After_a_serious_disclosure_in_the_conversation_the_disclosure_reading_is_not_asked_again()
    {
        const string Control = "my husband decides what i wear and who i see";
        Assert.Equal(SafetyLevel.Urgent, fixture.Content.Assess(Control).Level);
        Assert.Contains(DisclosureReader.ReasonId, fixture.Content.Assess(Control).ReasonIds);

        Assert.Equal(SafetyLevel.None, fixture.Content.Assess(Control, afterDisclosure: true).Level);
    }

    [Theory]
    [InlineData("answer\turgent_nowhere", 1, "it answers with 'urgent_nowhere', which is not in safety/messages.yaml")]
    [InlineData("threshold_disclosure\t0.9", 1, "'threshold_disclosure' is no feature")]
    [InlineData("threshold\t1.5", 1, "the threshold must be between 0 and 1")]
    public void A_broken_disclosure_model_file_names_the_line_and_what_is_wrong(string line, int lineNumber, string problem)
    {
        var errors = new List<ContentError>();
        var lines = new List<string> { "# comment", "threshold\t0.95", "answer\tdisclosure_if_serious", "bias\t-1" };
        lines.AddRange(line.Split('\n'));

        Assert.Null(DisclosureReadingFile.Parse(lines, fixture.Content.Messages, errors));

        Assert.NotEmpty(errors);
        Assert.All(errors, error =>
        {
            Assert.Equal(DisclosureReadingFile.RelativePath, error.File);
            Assert.Equal(4 + lineNumber, error.Line);
            Assert.Contains(problem, error.Message, StringComparison.Ordinal);
        });
    }
}
