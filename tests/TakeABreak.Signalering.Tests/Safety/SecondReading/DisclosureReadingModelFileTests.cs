using System.Text;
using TakeABreak.Signalering.Safety;
using TakeABreak.Signalering.Safety.SecondReading;
using TakeABreak.Signalering.Tests.Safety.Labelled;

namespace TakeABreak.Signalering.Tests.Safety.SecondReading;

/// <summary>
/// dialogs/safety/disclosure-reading.tsv is not written by hand: it is what <see cref="SecondReadingTrainer"/> learns from
/// every labelled set in Labelled/, serious (acute or urgent) against nothing serious, reading the parts the rules found
/// too. Learned again with the second reading:
/// <c>TAKEABREAK_WRITE_SECOND_READING=1 dotnet test tests/TakeABreak.Signalering.Tests --filter "SecondReadingModelFile|DisclosureReadingModelFile"</c>.
/// </summary>
public sealed class DisclosureReadingModelFileTests(SafetyContentFixture fixture) : IClassFixture<SafetyContentFixture>
{
    /// <summary>
    /// Chosen in session 19 by leaving each blind set, the openers and the conversation turns out of the learning in turn
    /// (<see cref="DisclosureReadingMeasurementTests"/>), keeping the messages of nothing serious it raises to about 3 % of them.
    /// </summary>
    public const double Threshold = 0.95;

    public const string Answer = "disclosure_if_serious";

    /// <summary>How it learns: with the parts the rules found (they tell a blow that was negated or told as news from one that was not), 20 passes.</summary>
    public static SecondReadingTrainer.Settings Settings { get; } = new() { ReadsParts = true, Epochs = 20 };

    [Fact]
    public void The_committed_disclosure_reading_is_what_the_labelled_sets_teach()
    {
        var messages = LabelledSafetyMessages.EveryFile().Concat(LabelledSafetyMessages.AnswersToTheAssistant()).ToList();
        var model = SecondReadingTrainer.Train(messages.Select(message => (message.Text, fixture.Detector.Read(message.Text).Found, message.Expected != SafetyLevel.None)), Settings);
        var comment = new[]
        {
            "The safety guard's disclosure reading: a model learned by SecondReadingTrainer from every labelled set in",
            $"tests/TakeABreak.Signalering.Tests/Safety/Labelled and the answers to the assistant in SecondReading/{LabelledSafetyMessages.AnswersToTheAssistantFileName}",
            $"({messages.Count} messages, {messages.Count(message => message.Expected != SafetyLevel.None)} serious: acute or urgent).",
            "Do not edit: when a labelled set changes, learn it again with",
            "TAKEABREAK_WRITE_SECOND_READING=1 dotnet test tests/TakeABreak.Signalering.Tests --filter \"SecondReadingModelFile|DisclosureReadingModelFile\"",
            "Where neither the rules nor the second reading find anything and a window of the text scores at least the threshold,",
            "the guard answers urgent with the answer below (it says what is serious and gives Veilig Thuis).",
            "See safety/README.md, 'The disclosure reading'.",
        };
        var expected = DisclosureReadingFile.Format(comment, new DisclosureReader(model, Threshold, Answer));
        var path = Path.Combine(RepositoryFolders.Dialogs, DisclosureReadingFile.RelativePath);
        if (Environment.GetEnvironmentVariable("TAKEABREAK_WRITE_SECOND_READING") == "1")
        {
            File.WriteAllText(path, expected, new UTF8Encoding(false));
        }

        var committed = File.Exists(path) ? File.ReadAllText(path) : "";
        var expectedLines = expected.Split('\n');
        var committedLines = committed.Split('\n');
        var firstDifference = Enumerable.Range(0, Math.Max(expectedLines.Length, committedLines.Length))
            .FirstOrDefault(i => i >= expectedLines.Length || i >= committedLines.Length || expectedLines[i] != committedLines[i], -1);
        Assert.True(
            firstDifference < 0,
            $"{DisclosureReadingFile.RelativePath} is not what the labelled sets teach (line {firstDifference + 1}); learn it again: " +
            "TAKEABREAK_WRITE_SECOND_READING=1 dotnet test tests/TakeABreak.Signalering.Tests --filter \"SecondReadingModelFile|DisclosureReadingModelFile\"");
    }
}
