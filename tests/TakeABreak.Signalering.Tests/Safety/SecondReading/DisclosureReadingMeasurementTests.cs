using System.Globalization;
using TakeABreak.Signalering.Safety;
using TakeABreak.Signalering.Safety.SecondReading;
using TakeABreak.Signalering.Tests.Safety.Labelled;
using Xunit.Abstractions;

namespace TakeABreak.Signalering.Tests.Safety.SecondReading;

/// <summary>
/// What the disclosure reading adds on messages it did not learn from: each blind set, the openers and the conversation
/// turns are left out of the learning in turn, and the model learned from all the others reads the messages of that set
/// that the rules find nothing in. The rules were tuned on these sets' misses, so their part is no blind result; the
/// model's part is. Session 19 (18 sets; 831 urgent, 1,069 of nothing serious, 1,697 acute; the rules found 778 urgent as at
/// least urgent, raised 35 of nothing to any answer, and gave 1,650 acute at least an urgent answer), the words alone, 12
/// passes: at 0.9 urgent 810, nothing raised 86; at 0.95 808 and 78. With the parts the rules found, 20 passes: at 0.85 807
/// and 79, at 0.9 805 and 72, at 0.95 803 and 64 (acute 1,690) — kept (<see cref="DisclosureReadingModelFileTests.Threshold"/>).
/// Session 20 moved the eighteenth and nineteenth blind sets in (20 sets; 1,021 urgent, 1,219 of nothing serious): at 0.95 the
/// rules 922 urgent and 51 raised, with the reading 970 and 89 (the eighteenth 83 → 88 of 100 and 5 → 5 of 60, the nineteenth
/// 61 → 74 of 90 and 11 → 13 of 90, as they measured when unseen; the openers' first messages of worry 10 → 33 of 120).
/// With the answers to the assistant learned as well (never left out, never counted): 971 and 90.
/// Session 21 moved the twentieth blind set in (21 sets; 1,111 urgent, 1,309 of nothing serious): the rules 991 and 60, with
/// the reading 1,055 and 102; after a threat for when he gets home became danger now (a new part, `coming_home`), 1,054 and 102; after a threat for when the writer leaves was placed at another time, 1,056 and 103.
/// Session 26 moved the twenty-third blind set in (1,381 urgent, 1,579 of nothing serious with the answers to the assistant):
/// the rules 1,155 and 66, with the reading 1,294 and 113 (47 raised by the reading; the twenty-third left out: urgent 60 → 84
/// of 90, none more of its 90 of nothing serious raised).
/// Session 27 moved the twenty-fourth blind set in (1,471 urgent, 1,669 of nothing serious) with that session's rule changes: the
/// rules 1,226 and 64, with the reading 1,385 and 112 (48 raised by the reading; the twenty-fourth left out: urgent 67 → 84 of 90,
/// one more of its 90 of nothing serious raised). Then a gun made ready with talk of the end, "nobody leaves" and "or else": with
/// the reading 1,384 and 111 (47 raised by the reading). Then with the twenty-fifth in (1,561 urgent, 1,759 of nothing serious): the
/// rules 1,285 and 68, with the reading 1,465 and 121 (53 raised; the twenty-fifth left out: urgent 59 → 79 of 90, 3 more of its
/// 90 of nothing serious raised). Then sounds of violence heard now and family at the door over the family's honour: with the
/// reading 1,464 and 122 (54 raised).
/// Session 28, with the twenty-seventh blind set in (1,651 urgent, 1,849 of nothing serious) and that session's rule changes: the
/// rules 1,367 and 54, with the disclosure reading 1,559 and 107 (53 raised). Then rule changes on the labelled sets' misses and
/// false alarms: the rules 1,367 and 48, with the reading 1,555 and 100 (52 raised).
/// Session 29, with the twenty-eighth blind set in (1,741 urgent, 1,939 of nothing serious) and that session's rule changes: the
/// rules 1,441 and 49, with the reading 1,648 and 104 (55 raised; the twenty-eighth left out: urgent 73 → 89 of 90, 3 more of its
/// 90 of nothing serious raised). Then that session's later rule changes (neglect, a thing thrown or smashed against someone
/// with no time word, "if i move he's dead", "niet slaan niet slaan"): the reading 1,646 and 105 (56 raised) — two urgent fewer
/// and one more raised, learned from the same sets with new parts; kept, as the second reading found two acute more.
/// Then more signs of neglect (no food at home, left alone, dirty clothes): the reading 1,645 and 105 (56 raised). Session 30
/// moved the twenty-ninth in (1,831 urgent, 2,029 nothing serious) and changed rules: the rules 1,536, the reading 1,741 and
/// 109 (58 raised); after more rules and the readings learned again: the rules 1,575, the reading 1,751 and 106 (57 raised); then "als ik nee zeg" / "when i say no" stopped being sexual violence
/// on its own (it made "hij schreeuwt ook tegen mij als ik nee zeg" danger now): the rules 1,574, the reading 1,749 and 105 (56
/// raised). Session 31 moved the thirtieth in (1,921 urgent, 2,119 nothing serious): the rules 1,643, the reading 1,829 and 113
/// (58 raised); a weight decay ten times larger was measured (1,833 and 110 at 0.93, 1,838 and 114 at 0.9; with another seed
/// 1,834 and 109, 1,840 and 114) and left: about what the seed alone moves. After rules on the thirtieth's misses: the rules
/// 1,648, the reading 1,831 and 112 (57 raised). Session 32 moved the thirty-first in and learned the thirty-second round (the turn of
/// the year) too (2,011 urgent, 2,209 nothing serious): the rules 1,725, the reading 1,934 and 119 (54 raised); after its rules the rules 1,723, the reading 1,933 and 119 (55 raised).
/// Session 33 moved the thirty-second in (2,101 urgent, 2,299 nothing serious), after its rules: the rules 1,806, the reading 2,024
/// and 119 (52 raised). With the thirty-third and thirty-fourth rounds learned too (after their rules): the rules 1,807, the reading
/// 2,013 and 117 (51 raised): the two rounds, with many urgent messages told from hiding or by carers, move the left-out sets' reading.
/// Session 34 moved the thirty-third in (2,191 urgent, 2,389 nothing serious) and learned the thirty-fifth round, after rules on
/// both: the rules 1,881, the reading 2,111 and 125 (59 raised); with the thirty-sixth and thirty-seventh rounds learned too, the
/// reading 2,109 and 124 (58 raised); after the last rules of the session 2,108 and 123 (57).
/// </summary>
public sealed class DisclosureReadingMeasurementTests(SafetyContentFixture fixture, ITestOutputHelper output) : IClassFixture<SafetyContentFixture>
{
    [Fact]
    public void Each_blind_set_left_out_of_the_learning_gets_more_serious_disclosures_answered()
    {
        var every = LabelledSafetyMessages.EveryFile().Concat(LabelledSafetyMessages.AnswersToTheAssistant()).Select(message => (message.FileName, message.Text, message.Expected, Reading: fixture.Detector.Read(message.Text))).ToList();
        var blindFiles = every.Select(message => message.FileName).Distinct().Where(file => file.Contains("blind", StringComparison.Ordinal) || file.Contains("turns", StringComparison.Ordinal) || file.Contains("openers", StringComparison.Ordinal)).ToList();
        var total = new Counts();
        foreach (var blindFile in blindFiles)
        {
            var model = SecondReadingTrainer.Train(
                every.Where(message => message.FileName != blindFile).Select(message => (message.Text, message.Reading.Found, message.Expected != SafetyLevel.None)),
                DisclosureReadingModelFileTests.Settings);
            var reader = new DisclosureReader(model, DisclosureReadingModelFileTests.Threshold, DisclosureReadingModelFileTests.Answer);
            var counts = new Counts();
            foreach (var message in every.Where(message => message.FileName == blindFile))
            {
                counts.Add(message.Expected, message.Reading.Verdict.Level, reader.Raise(message.Reading.Verdict, message.Reading.Found, message.Text).Level);
            }

            output.WriteLine($"{blindFile,-32} {counts}");
            total.Add(counts);
        }

        output.WriteLine($"{"all",-32} {total}");
        Assert.True(total.UrgentWith >= 2288, $"with the disclosure reading {total.UrgentWith} urgent messages are answered, fewer than the 2288 measured");
        Assert.True(total.NothingRaisedWith - total.NothingRaisedByRules <= 57, $"the disclosure reading raised {total.NothingRaisedWith - total.NothingRaisedByRules} messages of nothing serious, more than the 57 measured");
    }

    private sealed class Counts
    {
        public int Urgent { get; private set; }

        public int UrgentByRules { get; private set; }

        public int UrgentWith { get; private set; }

        public int Nothing { get; private set; }

        public int NothingRaisedByRules { get; private set; }

        public int NothingRaisedWith { get; private set; }

        public void Add(SafetyLevel expected, SafetyLevel rules, SafetyLevel withReading)
        {
            if (expected == SafetyLevel.Urgent)
            {
                Urgent++;
                UrgentByRules += rules >= SafetyLevel.Urgent ? 1 : 0;
                UrgentWith += withReading >= SafetyLevel.Urgent ? 1 : 0;
            }
            else if (expected == SafetyLevel.None)
            {
                Nothing++;
                NothingRaisedByRules += rules != SafetyLevel.None ? 1 : 0;
                NothingRaisedWith += withReading != SafetyLevel.None ? 1 : 0;
            }
        }

        public void Add(Counts other)
        {
            Urgent += other.Urgent;
            UrgentByRules += other.UrgentByRules;
            UrgentWith += other.UrgentWith;
            Nothing += other.Nothing;
            NothingRaisedByRules += other.NothingRaisedByRules;
            NothingRaisedWith += other.NothingRaisedWith;
        }

        public override string ToString() => string.Create(CultureInfo.InvariantCulture,
            $"urgent at least urgent {UrgentByRules}/{Urgent} by the rules, {UrgentWith}/{Urgent} with the disclosure reading; nothing serious raised {NothingRaisedByRules}/{Nothing}, {NothingRaisedWith}/{Nothing}");
    }
}
