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
public sealed class SecondReadingModelFileTests(SafetyContentFixture fixture) : IClassFixture<SafetyContentFixture>
{
    /// <summary>
    /// Chosen in session 15 with a prototype of this learner, by leaving each blind set out of the learning in turn and by
    /// reading 1,224 conversation turns from the tests that the rules do not call acute. First (15 blind sets, before the
    /// sixteenth was learned from: 1,487 acute, 1,310 not acute; rules alone 1,433 found, 18 raised): one threshold for
    /// every text at 0.95 found 1,473, raised 28 and 20 turns; at 0.9, 1,475, 33 and 45; only after a disclosure (urgent) at
    /// 0.9, 1,451, 25 and 8; 0.9 after a disclosure and 0.99 elsewhere, 1,470, 28 and 15. Then, with the conversation turns
    /// learned from and left out too (1,537 acute, 1,580 not), "hij kijkt in mijn telefoon en ik ben bang" was raised by 0.9
    /// after a disclosure: 0.9 found 1,512, raised 38 and 16 turns; 0.97 found 1,512, raised 33 and 9 turns — kept, with
    /// 0.99 where the rules saw nothing (0.995 there: 1,506, 32, 6). Session 16, with the seventeenth blind set and the
    /// openers learned from and left out too (1,697 acute, 1,900 not; rules after round 23 1,620 and 43): after a disclosure
    /// 0.97 found 1,661 and raised 60, 0.985 1,661 and 59, 0.99 1,660 and 58; 0.985 kept, because the model learned from the
    /// new sets raised "hij kijkt in mijn telefoon en ik ben bang" (an example conversation) at 0.982. For the model reading
    /// the parts the rules found too (not committed), see SecondReadingMeasurementTests. Session 20, with the eighteenth and
    /// nineteenth blind sets learned from and left out too (20 sets; 1,897 acute, 2,240 not; the rules 1,780 and 61): the
    /// words alone at 0.99 / 0.985 found 1,846 and raised 72; with the parts, 20 passes, 0.99 / 0.985 1,845 and 69, 0.98 / 0.98
    /// 1,854 and 70, 0.97 / 0.97 1,855 and 74, 0.95 / 0.95 1,857 and 78, 0.9 / 0.9 1,862 and 85; 30 passes no better. The
    /// parts at 0.98 / 0.98 were then measured once on the unseen sets against the words alone: acute 84 against 88 of 100
    /// (twentieth), 84 and 84 (twenty-first), 84 and 84 (twenty-second), false alarms 10, 15, 14 against 11, 14, 14 of 180. So
    /// the words alone stay: they find more danger now on text nobody tuned on, at the same false alarms.
    /// Session 31, with the thirtieth blind set in (30 sets; 2,897 acute, 4,040 not), leaving each set out in turn and learning
    /// with three seeds each: the words alone at 0.99 / 0.985 found 2,823, 2,821, 2,821 and raised 84, 90, 93 (the seed alone
    /// moved the false alarms by 9); the best the words found at most 88 raised was 2,826, 2,826, 2,823. The parts with 20
    /// passes found 2,835, 2,829, 2,832 at most 88 raised; with a weight decay ten times larger (<see cref="Settings"/>)
    /// 2,841, 2,834, 2,835, at 0.9 / 0.9 2,841 and 88, 2,834 and 87, 2,838 and 90 (twice the decay: 2,842, 2,838). Averaging
    /// the weights over every step did not help (2,826, 2,824, 2,825). So the parts with the larger decay at 0.9 / 0.9 are
    /// committed: chosen on the labelled sets only, before the unseen sets were measured.
    /// </summary>
    public const double Threshold = 0.9;

    /// <inheritdoc cref="Threshold"/>
    public const double DisclosureThreshold = 0.9;

    /// <summary>
    /// Chosen in session 36 on the labelled sets only, leaving each blind set out of the learning in turn (35 sets; the rules
    /// called 3,262 messages acute, 81 of them not of danger now): doubting where the model gave less than 0.002 lowered 2 of
    /// danger now and 40 not (35 of them serious disclosures); 0.003: 3 and 41; 0.005: 5 and 42; 0.01: 6 and 45; 0.05: 20 and
    /// 55; 0.2: 48 and 59. Beyond 0.002 each false alarm spared costs about one message of danger now, so 0.002.
    /// </summary>
    public const double DoubtThreshold = 0.002;

    /// <summary>How it learns (see <see cref="Threshold"/>): with the parts the rules found, 20 passes, weight decay 1e-4.</summary>
    public static SecondReadingTrainer.Settings Settings { get; } = new() { ReadsParts = true, Epochs = 20, L2 = 1e-4 };

    public const string Answer = "acute_danger_if_now";

    [Fact]
    public void The_committed_second_reading_is_what_the_labelled_sets_teach()
    {
        var messages = LabelledSafetyMessages.EveryFile().ToList();
        var model = SecondReadingTrainer.Train(messages.Select(message => (message.Text, fixture.Detector.Read(message.Text).Found, message.Expected == SafetyLevel.Acute)), Settings);
        var comment = new[]
        {
            "The safety guard's second reading: a model learned by SecondReadingTrainer from every labelled set in",
            $"tests/TakeABreak.Signalering.Tests/Safety/Labelled ({messages.Count} messages, {messages.Count(message => message.Expected == SafetyLevel.Acute)} of danger now).",
            "Do not edit: when a labelled set changes, learn it again with",
            "TAKEABREAK_WRITE_SECOND_READING=1 dotnet test tests/TakeABreak.Signalering.Tests --filter SecondReadingModelFile",
            "Where the rules do not see danger now and a window of the text scores at least the threshold (threshold_disclosure when",
            "the rules found a serious disclosure), the guard answers acute with the answer below (it asks whether it happens now).",
            "Where the rules see danger now with the general answer and the text scores below threshold_doubt, the guard answers as",
            "for a serious disclosure (the disclosure reading's answer, which says to call 112 if there is danger now).",
            "See safety/README.md, 'The second reading'.",
        };
        var expected = SecondReadingFile.Format(comment, new SecondReader(model, Threshold, DisclosureThreshold, Answer, DoubtThreshold));
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
