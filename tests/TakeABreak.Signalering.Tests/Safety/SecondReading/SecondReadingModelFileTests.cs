using System.Text;
using TakeABreak.Signalering.Safety;
using TakeABreak.Signalering.Safety.SecondReading;
using TakeABreak.Signalering.Tests.Safety.Labelled;

namespace TakeABreak.Signalering.Tests.Safety.SecondReading;

/// <summary>
/// dialogs/safety/second-reading.tsv is not written by hand: it is what <see cref="SecondReadingTrainer"/> learns from every
/// labelled set in Labelled/. When a labelled set changes, learn it again with
/// <c>TAKEABREAK_WRITE_SECOND_READING=1 dotnet test tests/TakeABreak.Signalering.Tests --filter SecondReadingModelFile</c>.
/// </summary>
public sealed class SecondReadingModelFileTests
{
    /// <summary>
    /// Chosen in session 15 (before the sixteenth blind set was added to the learning), with a prototype of this learner, by
    /// leaving each blind set out of the learning in turn (15 sets: 1,487 acute, 1,310 not acute; the rules alone found 1,433 and raised 18), and by reading
    /// 1,224 conversation turns from the tests that the rules do not call acute. One threshold for every text: at 0.95, 1,473
    /// found, 28 raised, 20 turns raised; at 0.9, 1,475, 33 and 45. Only where the rules saw a serious disclosure, at 0.9:
    /// 1,451, 25 and 8. At 0.9 after a disclosure and 0.99 where the rules saw nothing: 1,470, 28 and 15 — kept. This learner
    /// measures 1,468 and 26 with them (SecondReadingMeasurementTests).
    /// </summary>
    public const double Threshold = 0.99;

    /// <inheritdoc cref="Threshold"/>
    public const double DisclosureThreshold = 0.9;

    public const string Answer = "acute_danger_if_now";

    [Fact]
    public void The_committed_second_reading_is_what_the_labelled_sets_teach()
    {
        var messages = LabelledSafetyMessages.EveryFile().ToList();
        var model = SecondReadingTrainer.Train(messages.Select(message => (message.Text, message.Expected == SafetyLevel.Acute)));
        var comment = new[]
        {
            "The safety guard's second reading: a model learned by SecondReadingTrainer from every labelled set in",
            $"tests/TakeABreak.Signalering.Tests/Safety/Labelled ({messages.Count} messages, {messages.Count(message => message.Expected == SafetyLevel.Acute)} of danger now).",
            "Do not edit: when a labelled set changes, learn it again with",
            "TAKEABREAK_WRITE_SECOND_READING=1 dotnet test tests/TakeABreak.Signalering.Tests --filter SecondReadingModelFile",
            "Where the rules do not see danger now and a window of the text scores at least the threshold (threshold_disclosure when",
            "the rules found a serious disclosure), the guard answers acute with the answer below (it asks whether it happens now).",
            "See safety/README.md, 'The second reading'.",
        };
        var expected = SecondReadingFile.Format(comment, new SecondReader(model, Threshold, DisclosureThreshold, Answer));
        var path = Path.Combine(RepositoryFolders.Dialogs, SecondReadingFile.RelativePath);
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
            $"{SecondReadingFile.RelativePath} is not what the labelled sets teach (line {firstDifference + 1}); learn it again: " +
            "TAKEABREAK_WRITE_SECOND_READING=1 dotnet test tests/TakeABreak.Signalering.Tests --filter SecondReadingModelFile");
    }
}
