using System.Globalization;
using TakeABreak.Signalering.Safety;
using TakeABreak.Signalering.Safety.SecondReading;
using TakeABreak.Signalering.Tests.Safety.Labelled;
using Xunit.Abstractions;

namespace TakeABreak.Signalering.Tests.Safety.SecondReading;

/// <summary>
/// What the second reading adds on messages it did not learn from: each blind set and the conversation turns (each written by
/// another author) are left out of
/// the learning in turn, and the guard with the model learned from all the other sets reads it. The rules have been tuned on
/// the earlier blind sets' misses, so their part is no blind result; the model's part is. Session 15, after the
/// twenty-second round: the rules found 1,484 of 1,537 acute messages and raised 24 of 1,580 others to acute; with the
/// second reading 1,511 and 36. On the sixteenth set, the only blind set measured before any round was given its misses:
/// 89 → 96 of 100, raised 6 → 6 of 60. On the conversation turns: 45 → 45 of 50, raised 6 → 11 of 270 (five habits or past
/// acts told mid-conversation are asked whether they happen now). Session 16, the model reading the rules' words (accents
/// folded, long letters shortened): 1,510 and 36; sixteenth set 95 of 100. With the seventeenth blind set and the openers set
/// (first messages, mostly disclosures; session 16, before any tuning on them) left out in turn too: 1,620 → 1,661 of 1,697
/// acute, raised 55 → 72 of 1,900; seventeenth 83 → 94 of 100 (raised 7 → 8 of 60), openers 53 → 58 of 60 (raised 24 → 32
/// of 260). After round 23 (rules changed, model file unchanged): 1,620 → 1,661 of 1,697 acute, raised 43 → 60 of 1,900 (the
/// rules raise 12 fewer, the second reading still adds 17); openers 53 → 58 of 60 (raised 14 → 22 of 260), turns raised 4 → 5
/// of 270; the floors stay at 1,661 and 17. Then (someone who hurt the writer at the door now; 0.985 after a disclosure):
/// 1,621 → 1,662 acute, raised 43 → 59 (openers 14 → 21 of 260). After round 24 (the time reading of patterns, reported speech
/// and abuse; model learned again): 1,621 → 1,662 acute, raised 40 → 55 (openers 11 → 15 of 260). Session 18: a model
/// that reads the parts the rules found too, measured by the second test (<see cref="PartsThreshold"/>). Session 20, with
/// the eighteenth and nineteenth blind sets in (20 sets; 1,897 acute, 2,240 not): the rules 1,780 and 61; the words alone
/// 1,846 and 72, the parts 1,854 and 70 — but on the unseen sets the parts found fewer (see SecondReadingModelFileTests).
/// After the negations of another verb ("kan niet bellen") and "beating me at" were mended: the rules 1,783, the words
/// 1,846 and 72, the parts 1,853 and 69; after "vannacht heeft hij" was read as the past: the rules 1,784 and 60, the words
/// 1,847 and 71, the parts 1,854 and 70; after "banging" was no longer the Dutch "bang": the parts 1,854 and 71.
/// Session 21, with the twentieth blind set in (21 sets; 1,997 acute, 2,420 not): the rules 1,856 and 70; the words 1,939
/// and 84 (14 raised by the reading), the parts 1,938 and 79 (9). The twentieth left out: the rules 72, the words 88 of 100.
/// After a threat for when he gets home became danger now and a threat for when the writer leaves another time: the rules
/// 1,859 and 66, the words 1,942 and 80 (14), the parts 1,941 and 76 (10); after a story that got worse ("eerst alleen
/// schelden, nu slaat hij ook") was read as these days, the parts 1,940.
/// Session 23, with the twenty-sixth round (what neighbours and children hear, the same verbs in all three labels) learned
/// from: the words 1,944 → 1,938 and 14 → 12 raised, the parts 1,940 → 1,939 and 11 → 9; most of the acute messages lost
/// are neighbours hearing it happen (blind-18: 95 → 92). On the five unseen sets the same learning found 5 acute messages
/// more and raised 4 fewer, so it was kept. Then with shouting told with nothing else ("he is yelling at her really loud",
/// which was "Bel nu 112") added to round 25 as nothing serious: the words 1,942 and 12, the parts 1,938 and 11.
/// Session 24, a clause of habit after what is told ("i hide in my room … when they fight"; a new part the rules find): the
/// rules 1,863 and 48, the words still at their floors, the parts 1,937 and at most 12. With the twenty-first blind set in
/// (22 sets; 2,097 acute, 2,600 not) and a cry to be let go read as danger now: the rules 1,931 and 59, the words 2,031 and
/// 68 (9 raised by the reading), the parts 2,029 and 69 (10). The twenty-first left out: the rules 68, the words 87 of 100.
/// Session 25, with the twenty-second blind set in (23 sets; 2,197 acute, 2,780 not): the rules 2,004 and 70, the words 2,116 and
/// 83 (13 raised by the reading), the parts 2,112 and 82 (12). The twenty-second left out: the rules 71, the words 85 of 100, and
/// 2 of its 180 not acute raised by the reading. Then another time told with "terug" or "years of" and the one who did it away
/// ("nu is hij op school"): the rules 2,004 and 67, the words 2,116 and 80, the parts 2,114 and 80 (13 raised by the reading: the
/// rules now leave three it raised before).
/// Then someone elsewhere now ("zit nu bij mn vriendin"): the rules 2,004 and 65, the words 2,116 and 78, the parts 2,114 and 78;
/// then someone who hurt the writer on the way now: the rules 2,005, the words 2,117.
/// Session 26, with the twenty-third blind set in (24 sets; 2,297 acute, 2,960 not): the rules 2,075 and 74, the words 2,201 and
/// 89 (15 raised by the reading), the parts 2,202 and 87 (13). The twenty-third left out: the rules 70, the words 85 and the parts
/// 86 of 100; 3 of its 180 not acute raised by the words, none by the parts.
/// Session 27, with the twenty-fourth blind set in (25 sets; 2,397 acute, 3,140 not) and that session's rule changes: the rules
/// 2,142 and 72, the words 2,287 and 87 (15 raised by the reading), the parts 2,293 and 85 (13). The twenty-fourth left out: the
/// rules 66, the words and the parts 85 of 100; 2 of its 180 not acute raised by the words, none by the parts. Then a gun made
/// ready with talk of the end, "nobody leaves" and "or else": the rules 2,146, the words 2,290 (15 raised), the parts 2,294 (13).
/// Then with the twenty-fifth blind set in (26 sets; 2,497 acute, 3,320 not; its not acute are the hardest yet): the rules 2,217 and
/// 82, the words 2,389 and 100 (18 raised), the parts 2,387 and 103 (21). The twenty-fifth left out: the rules 71, the words 91 and
/// the parts 90 of 100; 4 and 2 of its 180 not acute raised. Then sounds of violence heard now and family at the door over the
/// family's honour: the rules 2,243 and 81, the words 2,399 and 99 (18 raised), the parts 2,398 and 103 (22).
/// Session 28, with the twenty-seventh blind set in (27 sets; 2,597 acute, 3,500 not) and that session's rule changes: the rules
/// 2,348 and 68, the words 2,499 and 90 (22 raised by the reading), the parts 2,494 and 83 (15). Then rule changes on the labelled
/// sets' misses and false alarms: the rules 2,387 and 58, the words 2,517 and 80 (22), the parts 2,514 and 72 (14).
/// Session 29, with the twenty-eighth blind set in (28 sets; 2,697 acute, 3,680 not) and that session's rule changes: the rules
/// 2,484 and 57, the words 2,618 and 79 (22 raised), the parts 2,616 and 71 (14). The twenty-eighth left out: the rules 95, the
/// words 99 and the parts 98 of 100; 1 and none of its 180 not acute raised by the reading. Then that session's later rule
/// changes: the rules 2,486 and 57, the words 2,620 and 79 (22 raised), the parts 2,619 and 71 (14). Session 30 moved the
/// twenty-ninth in (29 sets: 2,797 acute, 3,860 not) and changed rules: the rules 2,596 and 64, the words 2,721 and 87 (23
/// raised), the parts 2,720 and 82 (18); after more rules and the readings learned again: the rules 2,611 and 62, the words
/// 2,726 and 86 (24 raised), the parts 2,724 and 81 (19).
/// Session 31 moved the thirtieth in (30 sets: 2,897 acute, 4,040 not): the rules 2,692 and 65, the words 2,823 and 84 (19 raised).
/// The committed reading became the parts with a larger weight decay at 0.9 / 0.9 (see SecondReadingModelFileTests): 2,841 and
/// 88 (23 raised). After rules on the thirtieth's misses (threats sent for the arrival, searched for while hiding, a rampage with
/// children in the house, "he said" after what was going on): the rules 2,711 and 65, the parts 2,841 and 89 (24 raised), the
/// words 2,826 and 84 (19). Then rules on the misses left out by the reading (followed to the door, blood typed "bloet", head injury
/// signs, on the floor and silent): the rules 2,716, the parts 2,847 and 89 (24), the words 2,831 and 84 (19).
/// Session 32 moved the thirty-first in and learned the thirty-second round (the turn of the year) too (31 sets: 2,997 acute,
/// 4,220 not): the rules 2,803 and 77, the parts 2,940 and 100 (23 raised by the reading), the words 2,926 and 98 (21). After the
/// rules on the thirty-first's and the round's misses (fireworks, feast days gone by, means ready with "niemand mist me", "mum here"):
/// the rules 2,809 and 72, the parts 2,939 and 97 (25), the words 2,927 and 93 (21).
/// Session 33 moved the thirty-second in (32 sets: 3,097 acute, 4,400 not) after rules on its misses and on older misses (a question
/// about what to do after the act, someone on the way "om mij te pakken", a door battered with a hammer, "we all go together"): the
/// rules 2,912 and 70, the parts 3,040 and 92 (22 raised by the reading), the words 3,025 and 93 (23). Then the thirty-third
/// and thirty-fourth rounds (distance and hiding; disability, LGBTQ+, pregnancy) learned too, after the rules on them (hiding as a
/// part of its own): the rules 2,913 and 69, the parts 3,044 and 93 (24), the words 3,030 and 89 (20).
/// Session 34 moved the thirty-third in (33 sets: 3,197 acute, 4,580 not) and learned the thirty-fifth round (sexual and
/// honour-related violence going on, trackers, sextortion), after rules on both: the rules 3,005 and 74, the parts 3,144 and 103
/// (29 raised by the reading), the words 3,134 and 99 (25). With the thirty-sixth and thirty-seventh rounds learned too (quoted
/// words and things named indirectly; other household members and men as victims): the parts 3,141 and 93 (19), the words 3,137
/// and 99 (25); after the last rules of the session (weapons named by where they are kept) the parts 3,141 and 95 (21).
/// </summary>
public sealed class SecondReadingMeasurementTests(SafetyContentFixture fixture, ITestOutputHelper output) : IClassFixture<SafetyContentFixture>
{
    /// <summary>
    /// The model that reads the parts the rules found too (<see cref="SecondReadingTrainer.Settings.ReadsParts"/>), not committed:
    /// session 18, 20 passes, 0.98 both where the rules found nothing and after a disclosure. First with every signal placed
    /// (and the parts read only where a signal was found): 0.99 / 0.985 found 1,661 and raised 49, 0.985 / 0.98 1,661 and 52,
    /// 0.98 / 0.98 1,663 and 52, 0.97 / 0.97 1,665 and 54 (at about 50 raised the words alone found 1,657); but on the sets the
    /// rules were least tuned on (sixteenth, seventeenth, openers, turns) 291 acute and 36 raised against 294 and 36 by the
    /// words, and "k:actor@now" lifted "hij is nu weg" to 0.995. Then with only acts placed (signals the lexicon places by
    /// their verb) and the parts read only where an act was found, 0.98 / 0.98: 1,666 and 53; on the least-tuned four 293
    /// and 35 (sixteenth 96 of 100, raised 6 of 60; seventeenth 92, 9; openers 59 of 60, 15 of 260; turns 46 of 50, 5 of
    /// 270). Learned from every set it does not raise "nu slaapt hij", "hij slaapt nu" or "hij is nu weg" (0.94-0.95; the
    /// committed model 0.99 and more), still raises "hij ligt nu te slapen" (0.996), and no longer raises the guard's
    /// example "he hit me last night and now he is screaming again" (0.90). Session 22: jokes told with a laughing emoji no
    /// longer raised by the rules (59 instead of 62), one of them still by this reading: raised in all 72 → 70, beyond the rules 10 → 11.
    /// Session 31 committed it, with a larger weight decay (see SecondReadingModelFileTests.Threshold); the words alone are
    /// measured beside it with their thresholds.
    /// </summary>
    public const double WordsThreshold = 0.99;

    /// <inheritdoc cref="WordsThreshold"/>
    public const double WordsDisclosureThreshold = 0.985;

    [Fact]
    public void Each_blind_set_left_out_of_the_learning_is_read_better_with_the_second_reading()
    {
        var total = Measure(SecondReadingModelFileTests.Settings, SecondReadingModelFileTests.Threshold, SecondReadingModelFileTests.DisclosureThreshold);

        Assert.True(total.AcuteWith >= 3340, $"with the second reading {total.AcuteWith} acute messages are found, fewer than the 3340 measured");
        Assert.True(total.RaisedWith - total.RaisedByRules <= 30, $"the second reading raised {total.RaisedWith - total.RaisedByRules} messages not of danger now, more than the 30 measured");
    }

    /// <summary>The words alone, as committed until session 31 (12 passes, 0.99 / 0.985), kept as the measure the parts beat.</summary>
    [Fact]
    public void Each_blind_set_left_out_of_the_learning_is_read_with_the_words_alone()
    {
        var total = Measure(new SecondReadingTrainer.Settings(), WordsThreshold, WordsDisclosureThreshold);

        Assert.True(total.AcuteWith >= 3328, $"reading the words alone, {total.AcuteWith} acute messages are found, fewer than the 3328 measured");
        Assert.True(total.RaisedWith - total.RaisedByRules <= 21, $"reading the words alone, the second reading raised {total.RaisedWith - total.RaisedByRules} messages not of danger now, more than the 21 measured");
    }

    /// <summary>
    /// Doubting the rules' danger now (<see cref="SecondReader.Doubts"/>) where the model learned without the set finds it all
    /// but impossible: measured in session 36 (35 sets; the rules called 3,262 acute, 81 of them not of danger now) at
    /// <see cref="SecondReadingModelFileTests.DoubtThreshold"/>: 2 of danger now lowered and 40 not (39 after the session's
    /// last lexicon change).
    /// </summary>
    [Fact]
    public void Each_blind_set_left_out_of_the_learning_loses_false_alarms_and_almost_no_danger_to_the_doubt()
    {
        var every = LabelledSafetyMessages.EveryFile().Select(message => (message.FileName, message.Text, message.Expected, Reading: fixture.Detector.Read(message.Text))).ToList();
        var blindFiles = every.Select(message => message.FileName).Distinct().Where(file => file.Contains("blind", StringComparison.Ordinal) || file.Contains("turns", StringComparison.Ordinal) || file.Contains("openers", StringComparison.Ordinal)).ToList();
        var (dangerLowered, falseAlarmsLowered, acuteByRules) = (0, 0, 0);
        foreach (var blindFile in blindFiles)
        {
            var model = SecondReadingTrainer.Train(
                every.Where(message => message.FileName != blindFile).Select(message => (message.Text, message.Reading.Found, message.Expected == SafetyLevel.Acute)),
                SecondReadingModelFileTests.Settings);
            var reader = new SecondReader(model, SecondReadingModelFileTests.Threshold, SecondReadingModelFileTests.DisclosureThreshold, SecondReadingModelFileTests.Answer, SecondReadingModelFileTests.DoubtThreshold);
            foreach (var message in every.Where(message => message.FileName == blindFile && message.Reading.Verdict.IsAcute))
            {
                acuteByRules++;
                if (!reader.Doubts(message.Reading, new ReadText(message.Text), "disclosure_if_serious").IsAcute)
                {
                    dangerLowered += message.Expected == SafetyLevel.Acute ? 1 : 0;
                    falseAlarmsLowered += message.Expected == SafetyLevel.Acute ? 0 : 1;
                }
            }
        }

        output.WriteLine($"the rules called {acuteByRules} acute; doubted: {dangerLowered} of danger now, {falseAlarmsLowered} not");
        Assert.True(dangerLowered <= 2, $"the doubt lowered {dangerLowered} messages of danger now, more than the 2 measured");
        Assert.True(falseAlarmsLowered >= 39, $"the doubt lowered {falseAlarmsLowered} false alarms, fewer than the 39 measured");
    }

    private Counts Measure(SecondReadingTrainer.Settings settings, double threshold, double disclosureThreshold)
    {
        var every = LabelledSafetyMessages.EveryFile().Select(message => (message.FileName, message.Text, message.Expected, Reading: fixture.Detector.Read(message.Text))).ToList();
        var blindFiles = every.Select(message => message.FileName).Distinct().Where(file => file.Contains("blind", StringComparison.Ordinal) || file.Contains("turns", StringComparison.Ordinal) || file.Contains("openers", StringComparison.Ordinal)).ToList();
        var total = new Counts();
        foreach (var blindFile in blindFiles)
        {
            var model = SecondReadingTrainer.Train(
                every
                    .Where(message => message.FileName != blindFile)
                    .Select(message => (message.Text, message.Reading.Found, message.Expected == SafetyLevel.Acute)),
                settings);
            var reader = new SecondReader(model, threshold, disclosureThreshold, SecondReadingModelFileTests.Answer);
            var counts = new Counts();
            foreach (var message in every.Where(message => message.FileName == blindFile))
            {
                counts.Add(message.Expected, message.Reading.Verdict.IsAcute, reader.Raise(message.Reading, message.Text).IsAcute);
            }

            output.WriteLine($"{blindFile,-32} {counts}");
            total.Add(counts);
        }

        output.WriteLine($"{"all blind sets",-32} {total}");
        return total;
    }

    private sealed class Counts
    {
        public int Acute { get; private set; }

        public int NotAcute { get; private set; }

        public int AcuteByRules { get; private set; }

        public int AcuteWith { get; private set; }

        public int RaisedByRules { get; private set; }

        public int RaisedWith { get; private set; }

        public void Add(SafetyLevel expected, bool rulesAcute, bool withReadingAcute)
        {
            var acute = expected == SafetyLevel.Acute;
            Acute += acute ? 1 : 0;
            NotAcute += acute ? 0 : 1;
            AcuteByRules += acute && rulesAcute ? 1 : 0;
            AcuteWith += acute && withReadingAcute ? 1 : 0;
            RaisedByRules += !acute && rulesAcute ? 1 : 0;
            RaisedWith += !acute && withReadingAcute ? 1 : 0;
        }

        public void Add(Counts other)
        {
            Acute += other.Acute;
            NotAcute += other.NotAcute;
            AcuteByRules += other.AcuteByRules;
            AcuteWith += other.AcuteWith;
            RaisedByRules += other.RaisedByRules;
            RaisedWith += other.RaisedWith;
        }

        public override string ToString() => string.Create(CultureInfo.InvariantCulture,
            $"acute {AcuteByRules}/{Acute} by the rules, {AcuteWith}/{Acute} with the second reading; not acute raised {RaisedByRules}/{NotAcute}, {RaisedWith}/{NotAcute}");
    }
}
