using System.Globalization;
using TakeABreak.Signalering.Safety;
using Xunit.Abstractions;

namespace TakeABreak.Signalering.Tests.Safety.Labelled;

/// <summary>
/// The detector against the labelled set in safety-messages.yaml. The held-out half is the result; it prints scores only,
/// never the messages, so that it cannot be tuned on. The tuning half prints its misses.
/// </summary>
public sealed class DangerDetectorLabelledSetTests(SafetyContentFixture fixture, ITestOutputHelper output) : IClassFixture<SafetyContentFixture>
{
    private const double MinimumAcuteRecall = 0.97;
    private const double MaximumFalseAlarmRate = 0.05;
    private const double MinimumUrgentRecall = 0.90;

    // Round 9 floors: the baseline before the round, raised to what the round measured at its end.
    private const double NinthTuningAcute = 68 / 71.0 - 1e-9;
    private const double NinthTuningUrgent = 34 / 35.0 - 1e-9;
    private const double NinthTuningFalseAlarms = 0 / 87.0 + 1e-9;
    private const double NinthHeldOutAcute = 61 / 75.0 - 1e-9;
    private const double NinthHeldOutUrgent = 36 / 43.0 - 1e-9;
    private const double NinthHeldOutFalseAlarms = 5 / 89.0 + 1e-9;

    // Round 11 floors: the baseline before the round (guard11, 1 December 2026), raised to what the round measured at its end.
    private const double EleventhTuningAcute = 57 / 58.0;
    private const double EleventhTuningUrgent = 27 / 27.0;
    private const double EleventhTuningFalseAlarms = 1 / 66.0;
    private const double EleventhHeldOutAcute = 64 / 72.0;
    private const double EleventhHeldOutUrgent = 34 / 37.0;
    private const double EleventhHeldOutFalseAlarms = 2 / 80.0;

    // Round 12 floors: the baseline before the round (guard12, 1 December 2026), raised to what the round measured at its end.
    private const double TwelfthTuningAcute = 55 / 56.0;
    private const double TwelfthTuningUrgent = 23 / 23.0;
    private const double TwelfthTuningFalseAlarms = 1 / 55.0;
    private const double TwelfthHeldOutAcute = 54 / 56.0;
    private const double TwelfthHeldOutUrgent = 24 / 25.0;
    private const double TwelfthHeldOutFalseAlarms = 2 / 65.0;

    // The thirteenth round's set: floors are what each half measured at the end of the round.
    private const double ThirteenthTuningAcute = 45 / 48.0;
    private const double ThirteenthTuningUrgent = 17 / 18.0;
    private const double ThirteenthTuningFalseAlarms = 0 / 60.0;
    private const double ThirteenthHeldOutAcute = 50 / 63.0;
    private const double ThirteenthHeldOutUrgent = 20 / 28.0;
    private const double ThirteenthHeldOutFalseAlarms = 0 / 62.0;

    // The fourteenth round's set: floors are what each half measured at the end of the round.
    private const double FourteenthTuningAcute = 30 / 30.0;
    private const double FourteenthTuningUrgent = 14 / 14.0;
    private const double FourteenthTuningFalseAlarms = 1 / 47.0;
    private const double FourteenthHeldOutAcute = 34 / 34.0;
    private const double FourteenthHeldOutUrgent = 13 / 14.0;
    private const double FourteenthHeldOutFalseAlarms = 2 / 43.0;

    // The fifteenth round's set: floors are what each half measured at the end of the round.
    private const double FifteenthTuningAcute = 49 / 50.0;
    private const double FifteenthTuningUrgent = 17 / 17.0;
    private const double FifteenthTuningFalseAlarms = 0 / 38.0;
    private const double FifteenthHeldOutAcute = 46 / 52.0;
    private const double FifteenthHeldOutUrgent = 17 / 17.0;
    private const double FifteenthHeldOutFalseAlarms = 2 / 41.0;

    // The seventeenth round's set: floors are what each half measured at the end of the round.
    private const double SeventeenthTuningAcute = 41 / 42.0;
    private const double SeventeenthTuningUrgent = 17 / 20.0;
    private const double SeventeenthTuningFalseAlarms = 1 / 37.0;
    private const double SeventeenthHeldOutAcute = 33 / 38.0;
    private const double SeventeenthHeldOutUrgent = 5 / 6.0;
    private const double SeventeenthHeldOutFalseAlarms = 1 / 23.0;

    // Round 19's set: floors at what the round reached (the tuning half) and what was measured once at its end (the held-out half).
    private const double NineteenthTuningAcute = 46 / 46.0;
    private const double NineteenthTuningUrgent = 25 / 25.0;
    private const double NineteenthTuningFalseAlarms = 0 / 36.0;
    private const double NineteenthHeldOutAcute = 37 / 42.0;
    private const double NineteenthHeldOutUrgent = 28 / 31.0;
    private const double NineteenthHeldOutFalseAlarms = 3 / 52.0;

    [Fact]
    public void The_labelled_set_has_at_least_300_messages_in_both_languages_and_all_levels_in_both_halves()
    {
        var all = LabelledSafetyMessages.All;
        Assert.True(all.Count >= 300, $"only {all.Count} messages");
        Assert.Equal(all.Count, all.Select(message => message.Text).Distinct(StringComparer.Ordinal).Count());
        foreach (var half in new[] { LabelledHalf.Tuning, LabelledHalf.HeldOut })
        {
            foreach (var language in new[] { "nl", "en" })
            {
                foreach (var level in Enum.GetValues<SafetyLevel>())
                {
                    Assert.Contains(all, message => message.Half == half && message.Language == language && message.Expected == level);
                }
            }
        }

        Assert.InRange(LabelledSafetyMessages.HeldOut.Count(), all.Count * 2 / 5, all.Count / 2);
    }

    [Fact]
    public void Held_out_half_meets_the_recall_and_false_alarm_thresholds()
    {
        var results = Judge(LabelledSafetyMessages.HeldOut);
        var score = SafetyScore.Of(results);
        Report("held-out", results);

        Assert.True(score.AcuteRecall >= MinimumAcuteRecall, $"held-out acute recall {score.AcuteRecall:P1} is below {MinimumAcuteRecall:P0}");
        Assert.True(score.FalseAlarmRate <= MaximumFalseAlarmRate, $"held-out false alarms {score.FalseAlarmRate:P1} are above {MaximumFalseAlarmRate:P0}");
        Assert.True(score.UrgentRecall >= MinimumUrgentRecall, $"held-out urgent-as-at-least-urgent {score.UrgentRecall:P1} is below {MinimumUrgentRecall:P0}");
    }

    /// <summary>
    /// The final set was written after the first round and measured once (acute recall 31/33, urgent 18/19, false alarms
    /// 2/41 on 30 November 2026). The second round tuned on it, so it now only guards against regressions, at the goal.
    /// </summary>
    [Fact]
    public void Final_set_tuned_on_in_the_second_round_meets_the_goal()
    {
        AssertMeetsTheGoal("final", LabelledSafetyMessages.Final);
    }

    /// <summary>
    /// The blind set was written by the lead while the detector was tuned by someone else, and measured once at the end of
    /// the first round (30 November 2026): acute recall 48/55 = 87.3 %, urgent as at least urgent 24/27 = 88.9 %, false
    /// alarms 3/72 = 4.2 %. The second round was allowed to tune on it, so it is no longer blind: it guards against
    /// regressions, at the goal. The honest figure of the second round is the second held-out set.
    /// </summary>
    [Fact]
    public void Blind_set_of_the_first_round_tuned_on_in_the_second_meets_the_goal()
    {
        AssertMeetsTheGoal("blind", LabelledSafetyMessages.Blind);
    }

    /// <summary>Wording written while tuning the second round; it is tuned on, so it only guards against regressions.</summary>
    [Fact]
    public void Second_round_tuning_set_meets_the_goal()
    {
        AssertMeetsTheGoal("round 2", LabelledSafetyMessages.RoundTwo);
    }

    /// <summary>
    /// The held-out set of the second tuning round, written from a list of situations and committed before that round
    /// changed anything (205 messages). Before the round: acute recall 65/75 = 86.7 %, urgent as at least urgent 49/56 = 87.5 %,
    /// false alarms 7/130 = 5.4 %. Measured once after it (30 November 2026): acute recall 70/75 = 93.3 %, urgent 50/56 = 89.3 %,
    /// false alarms 5/130 = 3.8 %. The third round was allowed to tune on it (after: 74/75 = 98.7 %, 56/56 = 100 %,
    /// 1/130 = 0.8 %), so it now guards against regressions, at the goal.
    /// </summary>
    [Fact]
    public void Second_held_out_set_tuned_on_in_the_third_round_meets_the_goal()
    {
        AssertMeetsTheGoal("second held-out", LabelledSafetyMessages.SecondHeldOut);
    }

    /// <summary>
    /// The second blind set (195 messages), written by the lead while the second round was tuned by someone else. Before
    /// that round: acute recall 70/85 = 82.4 %, urgent as at least urgent 42/51 = 82.4 %, false alarms 7/110 = 6.4 %. Measured
    /// once after it (30 November 2026): acute recall 74/85 = 87.1 %, urgent 43/51 = 84.3 %, false alarms 6/110 = 5.5 %.
    /// The third round was allowed to tune on it (after: 85/85, 51/51, 1/110 = 0.9 %), so it is no longer blind: it guards
    /// against regressions, at the goal. The honest figure of the third round is the lead's third blind set.
    /// </summary>
    [Fact]
    public void Second_blind_set_tuned_on_in_the_third_round_meets_the_goal()
    {
        AssertMeetsTheGoal("second blind", LabelledSafetyMessages.SecondBlind);
    }

    /// <summary>
    /// The third blind set (286 messages), written by the lead while the third round was tuned by someone else. Before that
    /// round: acute recall 89/114 = 78.1 %, urgent as at least urgent 64/75 = 85.3 %, false alarms 6/172 = 3.5 %. Measured once
    /// after it (30 November 2026): 92/114 = 80.7 %, 65/75 = 86.7 %, 4/172 = 2.3 %. The fourth round was allowed to tune on it,
    /// by rules that combine the parts of a situation, not by its sentences (after: 111/114 = 97.4 %, 73/75 = 97.3 %,
    /// 2/172 = 1.2 %), so it is no longer blind: it guards against regressions, at the goal. The honest figure of the fourth
    /// round is the held-out half of safety-messages-round4.yaml.
    /// </summary>
    [Fact]
    public void Third_blind_set_tuned_on_in_the_fourth_round_meets_the_goal()
    {
        AssertMeetsTheGoal("third blind", LabelledSafetyMessages.ThirdBlind);
    }

    /// <summary>
    /// The lead's fourth blind set (253 messages), written while the fourth round was tuned elsewhere and measured once:
    /// before that round (main b68e9d0) acute 95/115 = 82.6 %, urgent 53/61 = 86.9 %, false alarms 1/138 = 0.7 %; after it
    /// acute 100/115 = 87.0 %, urgent 56/61 = 91.8 %, false alarms 1/138 = 0.7 % (1 December 2026). The sixth round was allowed
    /// to tune on it (after: 115/115, 60/61, 0/138), so it is no longer blind: it guards against regressions, at the goal.
    /// The honest figure of the sixth round is the held-out half of safety-messages-round6.yaml.
    /// </summary>
    [Fact]
    public void Fourth_blind_set_tuned_on_in_the_sixth_round_meets_the_goal()
    {
        AssertMeetsTheGoal("fourth blind", LabelledSafetyMessages.FourthBlind);
    }

    /// <summary>
    /// The lead's sixth blind set (253 messages), written before the sixth round and never shown to its tuner, measured once
    /// before it (main f48f930): acute 105/119 = 88.2 %, urgent as at least urgent 63/67 = 94.0 %, false alarms 1/134 = 0.7 %;
    /// and once after it (main 0f1088d, 1 December 2026): acute 109/119 = 91.6 % (nl 60/68, en 49/51), urgent 63/67 = 94.0 %,
    /// false alarms 2/134 = 1.5 %. Held at what it measured; its misses are printed, so from now on it guards against
    /// regressions and is no longer blind. The seventh round was allowed to tune on it (after: acute 118/119 = 99.2 %, urgent
    /// 67/67, false alarms 2/134 = 1.5 %), and its floors were raised to that.
    /// </summary>
    [Fact]
    public void Sixth_blind_set_by_another_author_stays_above_what_it_measured()
    {
        AssertStaysAbove("sixth blind", LabelledSafetyMessages.SixthBlind, acute: (118, 119), urgent: (67, 67), falseAlarms: (2, 134));
    }

    /// <summary>
    /// The lead's seventh blind set (279 messages: acute 134, urgent 70, not acute 75), written before the eighth round and
    /// never shown to the tuners of the eighth and ninth rounds. Measured before the eighth round (main 85559d3): acute
    /// 114/134 = 85.1 %, urgent as at least urgent 65/70 = 92.9 %, false alarms 3/145 = 2.1 %; after it (guard8 eba70ed):
    /// 117/134 = 87.3 %, 66/70 = 94.3 %, 3/145 = 2.1 %; after the ninth (main, 1 December 2026): acute 126/134 = 94.0 %
    /// (nl 65/72, en 61/62), urgent 67/70 = 95.7 %, false alarms 3/145 = 2.1 %. Held at that; its misses are printed, so from
    /// now on it guards against regressions and is no longer blind.
    /// </summary>
    [Fact]
    public void Seventh_blind_set_by_another_author_stays_above_what_it_measured()
    {
        AssertStaysAbove("seventh blind", LabelledSafetyMessages.SeventhBlind, acute: (126, 134), urgent: (67, 70), falseAlarms: (3, 145));
    }

    /// <summary>
    /// The lead's eighth blind set (151 messages: acute 89, urgent 28, not acute 34; slang and other verbs), written while
    /// the tenth round ran and never shown to its tuner. Measured before the tenth round (main 2624d84) and after it (main
    /// 62c375c, 1 December 2026), both times: acute 75/89 = 84.3 % (nl 38/45, en 37/44), urgent as at least urgent
    /// 25/28 = 89.3 %, false alarms 1/62 = 1.6 %; after the eleventh round (main f51caef) acute 80/89 = 89.9 % (nl 39/45,
    /// en 41/44), the rest unchanged. Held at that; its misses are printed, so it is no longer blind.
    /// </summary>
    [Fact]
    public void Eighth_blind_set_by_another_author_stays_above_what_it_measured()
    {
        AssertStaysAbove("eighth blind", LabelledSafetyMessages.EighthBlind, acute: (80, 89), urgent: (25, 28), falseAlarms: (1, 62));
    }

    /// <summary>
    /// The lead's ninth blind set (159 messages: acute 83, urgent 32, not acute 44; longer messages, children, elders,
    /// chat style), written while the eleventh round ran and never shown to its tuner. Before the eleventh round (main
    /// b25b2ce) acute 74/83 = 89.2 % (nl 39/42, en 35/41), urgent as at least urgent 27/32 = 84.4 %, false alarms 0/76;
    /// after it (main ff88b32, 1 December 2026) acute 74/83 unchanged, urgent 29/32 = 90.6 %, false alarms 0/76. Its misses
    /// are printed, so it is no longer blind: the twelfth round fixed them as families and holds it at what it reached then,
    /// acute 81/83, urgent 32/32, false alarms 0/76.
    /// </summary>
    [Fact]
    public void Ninth_blind_set_by_another_author_stays_above_what_it_measured()
    {
        AssertStaysAbove("ninth blind", LabelledSafetyMessages.NinthBlind, acute: (81, 83), urgent: (32, 32), falseAlarms: (0, 76));
    }

    /// <summary>
    /// The lead's tenth blind set (184 messages: acute 109, urgent 32, not acute 43; threats with other words, weapons
    /// held to the body, people tied up or locked in, chat style and typos, everyday words for danger), written before the
    /// twelfth round began and never shown to its tuner. Before the twelfth round (main 6546dd7) acute 99/109 = 90.8 % (nl
    /// 53/57, en 46/52), urgent as at least urgent 29/32, false alarms 1/75; after it (1 December 2026) acute 101/109 =
    /// 92.7 % (nl 55/57, en 46/52), urgent 30/32, false alarms 1/75. Its misses are printed now, so it is no longer blind: the
    /// thirteenth round fixed them as families and holds it at what it reached then, acute 109/109, urgent 32/32, false alarms 0/75.
    /// </summary>
    [Fact]
    public void Tenth_blind_set_by_another_author_stays_above_what_it_measured()
    {
        AssertStaysAbove("tenth blind", LabelledSafetyMessages.TenthBlind, acute: (109, 109), urgent: (32, 32), falseAlarms: (0, 75));
    }

    /// <summary>
    /// The lead's eleventh blind set (132 messages: acute 84, urgent 20, not acute 28; rarer verbs and objects such as
    /// "timmert op haar in", a car boot, a drugged drink, a rope made ready), written while the thirteenth round ran. After
    /// the thirteenth round (main ff7da07), before anything was tuned on it: acute 63/84 = 75.0 % (nl 30/42, en 33/42),
    /// urgent as at least urgent 20/20, false alarms 2/48. The fourteenth round's brief named some of its families (severe
    /// acts without a time word, a car boot, a rope, two of its false alarms), so what it reached after that round, acute
    /// 70/84 = 83.3 % (nl 34/42, en 36/42), urgent 20/20, false alarms 0/48, is not a blind result; it is held here.
    /// </summary>
    [Fact]
    public void Eleventh_blind_set_by_another_author_stays_above_what_it_measured()
    {
        AssertStaysAbove("eleventh blind", LabelledSafetyMessages.EleventhBlind, acute: (70, 84), urgent: (20, 20), falseAlarms: (0, 48));
    }

    /// <summary>
    /// The lead's twelfth blind set (148 messages: acute 100, urgent 18, not acute 30; questions asked while danger happens,
    /// plain verbs and objects, being taken or held, a baby hurt), written before the fifteenth round started and never shown
    /// to it. Before that round (main b0479d9): acute 79/100 = 79.0 % (nl 38/50, en 41/50), urgent as at least urgent 18/18,
    /// false alarms 0/48. After it (9dcc6e9; its brief named the family of questions asked while danger happens, known from
    /// the tenth session, not this set's wording): acute 84/100 = 84.0 % (nl 40/50, en 44/50), urgent 18/18, false alarms 0/48.
    /// The sixteenth round was then given its misses as families (its own variants, not these sentences), so what it
    /// reached, acute 100/100, urgent 18/18, false alarms 0/48, is no blind result; it is held here.
    /// </summary>
    [Fact]
    public void Twelfth_blind_set_by_another_author_stays_above_what_it_measured()
    {
        AssertStaysAbove("twelfth blind", LabelledSafetyMessages.TwelfthBlind, acute: (100, 100), urgent: (18, 18), falseAlarms: (0, 48));
    }

    /// <summary>
    /// The lead's thirteenth blind set (150 messages: acute 100, urgent 20, not acute 30; violence in new words, dependants
    /// and children harmed now, long stories that end in danger, chat style, passive death wishes, everyday near misses),
    /// written at the start of the twelfth session before the seventeenth round started and never shown to it. Before that
    /// round (main d168812): acute 94/100 = 94.0 % (nl 47/50, en 47/50), urgent as at least urgent 16/20, false alarms
    /// 1/50, not acute raised to any level 2/30. After it (still blind): the same, 94/100, 16/20, 1/50 — the round's own
    /// families did not reach these words. The eighteenth round was then given its misses as families (its own variants,
    /// not these sentences), so what it reached — acute 99/100 (the one left: "hij geeft oma veel te veel slaappillen, ze is
    /// niet meer wakker te krijgen"), urgent 20/20, false alarms 0/50 — is no blind result; it is held here.
    /// </summary>
    [Fact]
    public void Thirteenth_blind_set_by_another_author_stays_above_what_it_measured()
    {
        AssertStaysAbove("thirteenth blind", LabelledSafetyMessages.ThirteenthBlind, acute: (99, 100), urgent: (20, 20), falseAlarms: (0, 50));
    }

    /// <summary>
    /// The fourteenth blind set (160 messages: acute 100, urgent 20, not acute 40; carers and older people, children's own
    /// voice, Flemish and chat forms, poison and overdoses, breaking in, idioms that tempt a keyword detector), written by a
    /// helper who never saw the guard's data, at the start of the thirteenth session before the nineteenth round. Before that
    /// round (main f0b8c5d): acute 87/100 = 87.0 % (nl 43/50, en 44/50), urgent as at least urgent 19/20, false alarms 2/60
    /// (two English idioms). After it (main e8ad4e7, still blind): exactly the same — the round's own held-out half rose from
    /// 83.3 % to 88.1 %, but nothing of it reached these words. The twentieth round was then given its misses as families
    /// (its own variants, not these sentences); what it reached — acute 97/100 (left: a home-care worker and a night carer
    /// seen hitting now, read as urgent; a Flemish neighbour hearing a man shout that he will smash "it"), urgent 20/20, false
    /// alarms 1/60 ("you could cut it with a knife") — is no blind result; it is held here.
    /// </summary>
    [Fact]
    public void Fourteenth_blind_set_by_another_author_stays_above_what_it_measured()
    {
        AssertStaysAbove("fourteenth blind", LabelledSafetyMessages.FourteenthBlind, acute: (97, 100), urgent: (20, 20), falseAlarms: (1, 60));
    }

    /// <summary>
    /// The fifteenth blind set (160 messages: acute 100, urgent 20, not acute 40; written to lean toward danger told
    /// indirectly — what someone holds or does, how the victim sounds, a live phone line — and toward people who are not
    /// the victim: a grandmother, a home-care worker, a friend on the phone), by a helper who never saw the guard's data, at
    /// the start of the fourteenth session. Before the twenty-first round (main 97bfb4d, blind): acute 80/100 = 80.0 % (nl
    /// 41/50, en 39/50), urgent as at least urgent 18/20, false alarms 3/60 (two past strangulations read as now, a joke
    /// about strangling). The twenty-first round was then given its misses as families (its own variants, 184 sentences,
    /// never these); what it reached is no blind result and is held here: acute 92/100 (nl 44/50, en 48/50), urgent 20/20,
    /// false alarms 3/60. That the round's own variants all pass while eight of these sentences still do not is itself
    /// the measurement: the families carry only part of the way to another author's words.
    /// </summary>
    [Fact]
    public void Fifteenth_blind_set_by_another_author_stays_above_what_it_measured()
    {
        AssertStaysAbove("fifteenth blind", LabelledSafetyMessages.FifteenthBlind, acute: (92, 100), urgent: (20, 20), falseAlarms: (3, 60));
    }

    /// <summary>
    /// The sixteenth blind set (160 messages: acute 100, urgent 20, not acute 40; written to lean toward people writing in a
    /// second language, danger in the middle of a message or asked as a question, professionals on a home visit in official
    /// words, older and dependent people harmed by a carer, sexual violence now, an ex at the door, honour-related danger now),
    /// by a helper who never saw the guard's data, at the start of the fifteenth session. Before the twenty-second round
    /// (main fb8afa5, blind), the rules alone: acute 89/100 (nl 44/50, en 45/50), urgent as at least urgent 17/20, false
    /// alarms 6/60 (3 urgent and 3 not acute read as now). After the round (blind): 88/100 — the round had made "pop" (a doll)
    /// a word of play, and "schudt het kindje … als een pop" lost its danger; mended, 89/100. With the second reading,
    /// learned without this set: see SecondReadingMeasurementTests.
    /// </summary>
    [Fact]
    public void Sixteenth_blind_set_by_another_author_stays_above_what_it_measured()
    {
        AssertStaysAbove("sixteenth blind", LabelledSafetyMessages.SixteenthBlind, acute: (89, 100), urgent: (17, 20), falseAlarms: (6, 60));
    }

    /// <summary>
    /// Seventeenth blind set (160 messages: acute 100, urgent 20, not acute 40), written in session 16 by a helper who read none
    /// of the guard's data, leaning to danger told indirectly or as a question, an ex outside now, adolescents, a pregnant,
    /// disabled or demented person harmed now, second-language and mixed Dutch-English, voice-to-text. Measured before any
    /// tuning (main after session 15): the rules acute 83/100 (nl 41, en 42), urgent as at least urgent 17/20, false alarms
    /// 7/60; with the second reading (learned without it) acute 95/100, false alarms 8/60.
    /// </summary>
    [Fact]
    public void Seventeenth_blind_set_by_another_author_stays_above_what_it_measured()
    {
        AssertStaysAbove("seventeenth blind", LabelledSafetyMessages.SeventeenthBlind, acute: (83, 100), urgent: (17, 20), falseAlarms: (7, 60));
    }

    /// <summary>
    /// The eighteenth blind set (session 17; 260: acute 100, urgent 100, not acute 60), unseen until session 20 moved it here
    /// for the learned readings to learn from: the rules measured on it before they were tuned on anything it holds.
    /// </summary>
    [Fact]
    public void Eighteenth_blind_set_by_another_author_stays_above_what_it_measured()
    {
        AssertStaysAbove("eighteenth blind", LabelledSafetyMessages.EighteenthBlind, acute: (79, 100), urgent: (82, 100), falseAlarms: (12, 160));
    }

    /// <summary>The nineteenth blind set (session 18; 280: acute 100, urgent 90, not acute 90), unseen until session 20, like the eighteenth.</summary>
    [Fact]
    public void Nineteenth_blind_set_by_another_author_stays_above_what_it_measured()
    {
        // urgent 61 → 60 (session 21): "eerst was het duwen nu ook slaan en het wordt vaker" is no longer danger now, and a
        // blow with nobody named gets no rule; the disclosure reading answers it as serious.
        AssertStaysAbove("nineteenth blind", LabelledSafetyMessages.NineteenthBlind, acute: (80, 100), urgent: (60, 90), falseAlarms: (9, 180));
    }

    /// <summary>
    /// The twentieth blind set (session 18; 280: acute 100, urgent 90, not acute 90), unseen until session 21, like the
    /// eighteenth: what the rules measured on it when it moved (72/100 acute, 69/90 urgent, 10/180 false alarms).
    /// </summary>
    [Fact]
    public void Twentieth_blind_set_by_another_author_stays_above_what_it_measured()
    {
        AssertStaysAbove("twentieth blind", LabelledSafetyMessages.TwentiethBlind, acute: (72, 100), urgent: (69, 90), falseAlarms: (10, 180));
    }

    /// <summary>
    /// The twenty-first blind set (session 19; 280: acute 100, urgent 90, not acute 90), unseen until session 24, like the
    /// eighteenth: what the rules measured on it when it moved (67/100 acute, 47/90 urgent, 11/180 false alarms).
    /// </summary>
    [Fact]
    public void Twenty_first_blind_set_by_another_author_stays_above_what_it_measured()
    {
        AssertStaysAbove("twenty-first blind", LabelledSafetyMessages.TwentyFirstBlind, acute: (67, 100), urgent: (47, 90), falseAlarms: (11, 180));
    }

    /// <summary>
    /// The twenty-second blind set (session 20; 280: acute 100, urgent 90, not acute 90), unseen until session 25, like the
    /// eighteenth: what the rules measured on it when it moved (71/100 acute, 59/90 urgent, 11/180 false alarms).
    /// </summary>
    [Fact]
    public void Twenty_second_blind_set_by_another_author_stays_above_what_it_measured()
    {
        AssertStaysAbove("twenty-second blind", LabelledSafetyMessages.TwentySecondBlind, acute: (71, 100), urgent: (59, 90), falseAlarms: (11, 180));
    }

    /// <summary>
    /// The twenty-third blind set (session 21; 280: acute 100, urgent 90, not acute 90), unseen until session 26, like the
    /// eighteenth: what the rules measured on it when it moved (70/100 acute, 60/90 urgent, 9/180 false alarms).
    /// </summary>
    [Fact]
    public void Twenty_third_blind_set_by_another_author_stays_above_what_it_measured()
    {
        AssertStaysAbove("twenty-third blind", LabelledSafetyMessages.TwentyThirdBlind, acute: (70, 100), urgent: (60, 90), falseAlarms: (9, 180));
    }

    /// <summary>
    /// The twenty-fourth blind set (session 22; 280: acute 100, urgent 90, not acute 90), unseen until session 27, like the
    /// eighteenth: what the rules measured on it when it moved (65/100 acute, 65/90 urgent, 8/180 false alarms).
    /// </summary>
    [Fact]
    public void Twenty_fourth_blind_set_by_another_author_stays_above_what_it_measured()
    {
        AssertStaysAbove("twenty-fourth blind", LabelledSafetyMessages.TwentyFourthBlind, acute: (65, 100), urgent: (65, 90), falseAlarms: (8, 180));
    }

    /// <summary>
    /// The twenty-fifth blind set (session 23; 280: acute 100, urgent 90, not acute 90), unseen until session 27, like the
    /// eighteenth: what the rules measured on it when it moved (71/100 acute, 59/90 urgent, 17/180 false alarms).
    /// </summary>
    [Fact]
    public void Twenty_fifth_blind_set_by_another_author_stays_above_what_it_measured()
    {
        AssertStaysAbove("twenty-fifth blind", LabelledSafetyMessages.TwentyFifthBlind, acute: (71, 100), urgent: (59, 90), falseAlarms: (17, 180));
    }

    /// <summary>
    /// The twenty-seventh blind set (session 24; 280: acute 100, urgent 90, not acute 90), unseen until session 28, like the
    /// eighteenth: what the rules measured on it when it moved (80/100 acute, 65/90 urgent, 7/180 false alarms).
    /// </summary>
    [Fact]
    public void Twenty_seventh_blind_set_by_another_author_stays_above_what_it_measured()
    {
        AssertStaysAbove("twenty-seventh blind", LabelledSafetyMessages.TwentySeventhBlind, acute: (80, 100), urgent: (65, 90), falseAlarms: (7, 180));
    }

    /// <summary>
    /// The twenty-eighth blind set (session 25; 280: acute 100, urgent 90, not acute 90), unseen until session 29, like the
    /// eighteenth: what the rules measured on it when it moved (85/100 acute, 68/90 urgent, 10/180 false alarms).
    /// </summary>
    [Fact]
    public void Twenty_eighth_blind_set_by_another_author_stays_above_what_it_measured()
    {
        AssertStaysAbove("twenty-eighth blind", LabelledSafetyMessages.TwentyEighthBlind, acute: (85, 100), urgent: (68, 90), falseAlarms: (10, 180));
    }

    /// <summary>
    /// The twenty-ninth blind set (session 26; 280: acute 100, urgent 90, not acute 90), unseen until session 30, like the
    /// eighteenth: what the rules measured on it when it moved (88/100 acute, 63/90 urgent, 6/180 false alarms).
    /// </summary>
    [Fact]
    public void Twenty_ninth_blind_set_by_another_author_stays_above_what_it_measured()
    {
        AssertStaysAbove("twenty-ninth blind", LabelledSafetyMessages.TwentyNinthBlind, acute: (88, 100), urgent: (63, 90), falseAlarms: (6, 180));
    }

    /// <summary>
    /// The thirtieth blind set (session 27; 280: acute 100, urgent 90, not acute 90), unseen until session 31, like the
    /// eighteenth: what the rules measured on it when it moved (81/100 acute, 69/90 urgent, 5/180 false alarms).
    /// </summary>
    [Fact]
    public void Thirtieth_blind_set_by_another_author_stays_above_what_it_measured()
    {
        AssertStaysAbove("thirtieth blind", LabelledSafetyMessages.ThirtiethBlind, acute: (81, 100), urgent: (69, 90), falseAlarms: (5, 180));
    }

    /// <summary>
    /// The thirty-first blind set (session 27; 280: acute 100, urgent 90, not acute 90), unseen until session 32, like the
    /// eighteenth: what the rules measured on it when it moved (87/100 acute, 77/90 urgent, 13/180 false alarms), then after the
    /// rules on its misses (91, 76 and 9: a professional's "wordt stil als haar schoondochter binnenkomt" is no longer someone forcing
    /// their way in, and with it no longer urgent by the rules; the readings answer it).
    /// </summary>
    [Fact]
    public void Thirty_first_blind_set_by_another_author_stays_above_what_it_measured()
    {
        AssertStaysAbove("thirty-first blind", LabelledSafetyMessages.ThirtyFirstBlind, acute: (91, 100), urgent: (76, 90), falseAlarms: (9, 180));
    }

    /// <summary>
    /// The thirty-second blind set (session 27; 280: acute 100, urgent 90, not acute 90), unseen until session 33, like the
    /// eighteenth: what the rules measured on it when it moved (93/100 acute, 76/90 urgent, 5/180 false alarms).
    /// </summary>
    [Fact]
    public void Thirty_second_blind_set_by_another_author_stays_above_what_it_measured()
    {
        AssertStaysAbove("thirty-second blind", LabelledSafetyMessages.ThirtySecondBlind, acute: (93, 100), urgent: (76, 90), falseAlarms: (5, 180));
    }

    /// <summary>
    /// The thirty-third blind set (session 28; 280: acute 100, urgent 90, not acute 90), unseen until session 34, like the
    /// eighteenth: what the rules measured on it when it moved (91/100 acute, 74/90 urgent, 10/180 false alarms).
    /// </summary>
    [Fact]
    public void Thirty_third_blind_set_by_another_author_stays_above_what_it_measured()
    {
        AssertStaysAbove("thirty-third blind", LabelledSafetyMessages.ThirtyThirdBlind, acute: (91, 100), urgent: (74, 90), falseAlarms: (10, 180));
    }

    /// <summary>
    /// The thirty-fourth blind set (session 28; 280: acute 100, urgent 90, not acute 90), unseen until session 35, like the
    /// eighteenth: what the rules measured on it when it moved (89/100 acute, 73/90 urgent, 5/180 false alarms).
    /// </summary>
    [Fact]
    public void Thirty_fourth_blind_set_by_another_author_stays_above_what_it_measured()
    {
        AssertStaysAbove("thirty-fourth blind", LabelledSafetyMessages.ThirtyFourthBlind, acute: (89, 100), urgent: (73, 90), falseAlarms: (5, 180));
    }

    /// <summary>
    /// The tuning half of the openers set: it prints its misses. Before tuning: acute 29/30, urgent 63/70, false alarms 12/130;
    /// after round 23 (patterns heard or seen, a supposed present passive, and smaller families): acute 29/30, urgent 64/70,
    /// false alarms 2/130.
    /// </summary>
    [Fact]
    public void Openers_tuning_half_stays_above_what_it_measured()
    {
        AssertStaysAbove("openers tuning", LabelledSafetyMessages.Openers.Where(message => message.Half == LabelledHalf.OpenersTuning), acute: (29, 30), urgent: (64, 70), falseAlarms: (2, 130));
    }

    /// <summary>
    /// The held-out half of the openers set (first messages and early story turns by another author, session 16: 160 messages,
    /// acute 30, urgent 70, not acute 60): scores only, per language and situation, never the messages. Before tuning (main
    /// after session 15), the rules: acute 24/30, urgent as at least urgent 60/70, false alarms 12/130 — ten of them serious
    /// disclosures told in the present tense or as a pattern, read as danger now. After round 23, measured once: acute 24/30,
    /// urgent as at least urgent 61/70, false alarms 12/130 (nl 2/65, en 10/65): the round's families did not carry to the
    /// held-out wording.
    /// </summary>
    [Fact]
    public void Openers_held_out_half_stays_above_what_it_measured()
    {
        var results = Judge(LabelledSafetyMessages.Openers.Where(message => message.Half == LabelledHalf.OpenersHeldOut));
        var score = SafetyScore.Of(results);
        Report("openers held-out", results);

        Assert.True(score.AcuteRecall >= 24 / 30.0 - 1e-9, $"openers held-out acute recall {score.AcuteRecall:P1} is below 24/30");
        Assert.True(score.UrgentRecall >= 61 / 70.0 - 1e-9, $"openers held-out urgent-as-at-least-urgent {score.UrgentRecall:P1} is below 61/70");
        Assert.True(score.FalseAlarmRate <= 12 / 130.0 + 1e-9, $"openers held-out false alarms {score.FalseAlarmRate:P1} are above 12/130");
    }

    /// <summary>
    /// Conversation turns (320 messages: acute 50, urgent 110, not acute 160): what people type in the middle of a conversation
    /// — answers to the bot's questions, signs told mildly, as a habit or in the past, questions, doubts, and danger now in the
    /// same plain style — written by a helper who never saw the guard's data, in the fifteenth session. Measured before anyone
    /// tuned on it (main after the twenty-second round): acute 45/50, urgent as at least urgent 81/110 (29 habits and past
    /// acts told mid-conversation get no acknowledgement from the guard), false alarms
    /// 6/270 (all urgent read as now; no answer or question raised). After round 23 (patterns heard, a supposed present
    /// passive; the set was not looked at, only its counts): false alarms 4/270, the rest unchanged.
    /// </summary>
    [Fact]
    public void Conversation_turns_by_another_author_stay_above_what_they_measured()
    {
        // urgent 81 → 80 (session 21): "sinds de zomer wordt het erger, eerst alleen schreeuwen en nu ook slaan" is no longer
        // danger now, and a blow with nobody named gets no rule; the disclosure reading answers it as serious.
        AssertStaysAbove("conversation turns", LabelledSafetyMessages.Turns, acute: (45, 50), urgent: (80, 110), falseAlarms: (4, 270));
    }

    /// <summary>
    /// Families of sentences written in the third round, two or three for every family a change was meant to cover, before
    /// the change; tuned on, so it shows whether a change generalised beyond the sentence that showed the miss.
    /// </summary>
    [Fact]
    public void Third_round_families_meet_the_goal()
    {
        AssertMeetsTheGoal("round 3", LabelledSafetyMessages.RoundThree);
    }

    /// <summary>The tuning half of the fourth round's set: it prints its misses.</summary>
    [Fact]
    public void Fourth_round_tuning_half_meets_the_goal()
    {
        AssertMeetsTheGoal("round 4 tuning", LabelledSafetyMessages.RoundFour.Where(message => message.Half == LabelledHalf.RoundFourTuning));
    }

    /// <summary>
    /// The held-out half of the fourth round's set, written before the round and never looked at while tuning: it prints scores
    /// only, per language and situation, never the messages. Before the round (1 December 2026): acute recall 28/44 = 63.6 %,
    /// urgent as at least urgent 17/24 = 70.8 %, false alarms 5/64 = 7.8 %. After it: 41/44 = 93.2 %, 22/24 = 91.7 %, 3/64 = 4.7 %
    /// (nl 1/32 = 3.1 %, en 2/32 = 6.2 %). Acute recall stays below the goal of 97 % and English false alarms above 5 %; the
    /// floors are what it measured.
    /// </summary>
    [Fact]
    public void Fourth_round_held_out_half_stays_above_what_it_measured()
    {
        var results = Judge(LabelledSafetyMessages.RoundFour.Where(message => message.Half == LabelledHalf.RoundFourHeldOut));
        var score = SafetyScore.Of(results);
        Report("round 4 held-out", results);

        Assert.True(score.AcuteRecall >= 0.93, $"round 4 held-out acute recall {score.AcuteRecall:P1} is below 93 %");
        Assert.True(score.UrgentRecall >= MinimumUrgentRecall, $"round 4 held-out urgent-as-at-least-urgent {score.UrgentRecall:P1} is below {MinimumUrgentRecall:P0}");
        Assert.True(score.FalseAlarmRate <= MaximumFalseAlarmRate, $"round 4 held-out false alarms {score.FalseAlarmRate:P1} are above {MaximumFalseAlarmRate:P0}");
        foreach (var language in results.GroupBy(result => result.Message.Language))
        {
            var rate = SafetyScore.Of(language).FalseAlarmRate;
            Assert.True(rate <= 0.07, $"round 4 held-out false alarms in {language.Key} {rate:P1} are above 7 %");
        }
    }

    /// <summary>The tuning half of the sixth round's set (text hashes even): it prints its misses.</summary>
    [Fact]
    public void Sixth_round_tuning_half_meets_the_goal()
    {
        AssertMeetsTheGoal("round 6 tuning", LabelledSafetyMessages.RoundSix.Where(message => message.Half == LabelledHalf.RoundSixTuning));
    }

    /// <summary>
    /// The held-out half of the sixth round's set (text hashes odd), written before the round and never looked at while tuning:
    /// it prints scores only, per language and situation, never the messages. Before the round (1 December 2026, 4e510c0):
    /// acute recall 71/82 = 86.6 %, urgent as at least urgent 33/42 = 78.6 %, false alarms 5/86 = 5.8 % (nl 2/42, en 3/44).
    /// Measured once after it: 75/82 = 91.5 % (nl 35/38, en 40/44), 36/42 = 85.7 %, 3/86 = 3.5 % (nl 1/42 = 2.4 %,
    /// en 2/44 = 4.5 %). Acute recall and urgent recall stay below the goals of 97 % and 90 %; the floors are what it measured.
    /// The ninth round was allowed to tune on it (after: acute 81/82, urgent 41/42, false alarms 2/86); its floors were raised to that.
    /// Session 20: urgent 40/42 — one message of banging and screams heard every night had counted as found because the
    /// English "banging" was read as the Dutch "bang" (afraid) and made it danger now; the rules now find nothing in it (the
    /// disclosure reading answers it as a serious disclosure).
    /// </summary>
    [Fact]
    public void Sixth_round_held_out_half_stays_above_what_it_measured()
    {
        var results = Judge(LabelledSafetyMessages.RoundSix.Where(message => message.Half == LabelledHalf.RoundSixHeldOut));
        var score = SafetyScore.Of(results);
        Report("round 6 held-out", results);

        Assert.True(score.AcuteRecall >= 81 / 82.0 - 1e-9, $"round 6 held-out acute recall {score.AcuteRecall:P1} is below 81/82");
        Assert.True(score.UrgentRecall >= 40 / 42.0 - 1e-9, $"round 6 held-out urgent-as-at-least-urgent {score.UrgentRecall:P1} is below 40/42");
        Assert.True(score.FalseAlarmRate <= 2 / 86.0 + 1e-9, $"round 6 held-out false alarms {score.FalseAlarmRate:P1} are above 2/86");
        foreach (var language in results.GroupBy(result => result.Message.Language))
        {
            var rate = SafetyScore.Of(language).FalseAlarmRate;
            Assert.True(rate <= MaximumFalseAlarmRate, $"round 6 held-out false alarms in {language.Key} {rate:P1} are above {MaximumFalseAlarmRate:P0}");
        }
    }

    /// <summary>
    /// The tuning half of the seventh round's set (text hashes even): it prints its misses. After the round: acute 60/67 = 89.6 %,
    /// urgent 39/39, false alarms 1/85 = 1.2 %. Six of its acute misses are a weapon kept at home with a threat to use it, which
    /// this set labels acute but the lead's sets (blind 2, 3, 4, 6, fresh, round 3) label urgent; the guard follows the lead's sets.
    /// </summary>
    [Fact]
    public void Seventh_round_tuning_half_stays_above_what_it_reached()
    {
        var results = Judge(LabelledSafetyMessages.RoundSeven.Where(message => message.Half == LabelledHalf.RoundSevenTuning));
        var score = SafetyScore.Of(results);
        Report("round 7 tuning", results);
        ReportMisses(results);

        Assert.True(score.AcuteRecall >= 60 / 67.0 - 1e-9, $"round 7 tuning acute recall {score.AcuteRecall:P1} is below 60/67");
        Assert.True(score.UrgentRecall >= MinimumUrgentRecall, $"round 7 tuning urgent-as-at-least-urgent {score.UrgentRecall:P1} is below {MinimumUrgentRecall:P0}");
        Assert.True(score.FalseAlarmRate <= MaximumFalseAlarmRate, $"round 7 tuning false alarms {score.FalseAlarmRate:P1} are above {MaximumFalseAlarmRate:P0}");
    }

    /// <summary>
    /// The held-out half of the seventh round's set (text hashes odd), written before the round and never looked at while
    /// tuning: it prints scores only, per language and situation, never the messages. Before the round (1 December 2026,
    /// guard7 before any change to dialogs/safety): acute recall 36/56 = 64.3 % (nl 14/24, en 22/32), urgent as at least urgent
    /// 21/31 = 67.7 % (nl 9/15, en 12/16), false alarms 7/75 = 9.3 % (nl 3/39 = 7.7 %, en 4/36 = 11.1 %). Measured once after
    /// it: acute 42/56 = 75.0 % (nl 16/24, en 26/32), urgent 27/31 = 87.1 % (nl 12/15, en 15/16), false alarms 6/75 = 8.0 %
    /// (nl 3/39 = 7.7 %, en 3/36 = 8.3 %). All three stay short of the goals (97 %, 90 %, 5 %); the floors are what it measured.
    /// Two of its messages were seen by accident while probing variants (their verdicts, not changed for). The eighth round was
    /// allowed to tune on it (after: acute 47/56 = 83.9 %, urgent 31/31, false alarms 2/75 = 2.7 %): it prints its misses now, and
    /// its floors were raised to that. The ninth round tuned on it again (acute 47 -> 49/56, urgent 31/31, false alarms 2/75).
    /// </summary>
    [Fact]
    public void Seventh_round_held_out_half_stays_above_what_it_measured()
    {
        var results = Judge(LabelledSafetyMessages.RoundSeven.Where(message => message.Half == LabelledHalf.RoundSevenHeldOut));
        var score = SafetyScore.Of(results);
        Report("round 7 held-out", results);
        ReportMisses(results);

        Assert.True(score.AcuteRecall >= 49 / 56.0 - 1e-9, $"round 7 held-out acute recall {score.AcuteRecall:P1} is below 49/56");
        Assert.True(score.UrgentRecall >= 31 / 31.0 - 1e-9, $"round 7 held-out urgent-as-at-least-urgent {score.UrgentRecall:P1} is below 31/31");
        Assert.True(score.FalseAlarmRate <= 2 / 75.0 + 1e-9, $"round 7 held-out false alarms {score.FalseAlarmRate:P1} are above 2/75");
    }

    /// <summary>
    /// The tuning half of the eighth round's set (text hashes even): it prints its misses. Before the round: acute 64/82 = 78.0 %,
    /// urgent 35/38 = 92.1 %, false alarms 12/92 = 13.0 %; after it: 82/82, 38/38, 0/92. Far better than the held-out half moved,
    /// so much of what was learned from it are its own words; the floors are what it reached.
    /// </summary>
    [Fact]
    public void Eighth_round_tuning_half_stays_above_what_it_reached()
    {
        var results = Judge(LabelledSafetyMessages.RoundEight.Where(message => message.Half == LabelledHalf.RoundEightTuning));
        var score = SafetyScore.Of(results);
        Report("round 8 tuning", results);
        ReportMisses(results);

        Assert.True(score.AcuteRecall >= 82 / 82.0 - 1e-9, $"round 8 tuning acute recall {score.AcuteRecall:P1} is below 82/82");
        Assert.True(score.UrgentRecall >= 38 / 38.0 - 1e-9, $"round 8 tuning urgent-as-at-least-urgent {score.UrgentRecall:P1} is below 38/38");
        Assert.True(score.FalseAlarmRate <= 0 / 92.0 + 1e-9, $"round 8 tuning false alarms {score.FalseAlarmRate:P1} are above 0/92");
    }

    /// <summary>
    /// The held-out half of the eighth round's set (text hashes odd), written before the round and never looked at while
    /// tuning: it prints scores only, per language and situation, never the messages. Before the round (1 December 2026,
    /// guard8 before any change to dialogs/safety): acute recall 62/74 = 83.8 % (nl 31/35, en 31/39), urgent as at least urgent
    /// 38/42 = 90.5 % (nl 19/21, en 19/21), false alarms 5/84 = 6.0 % (nl 4/43 = 9.3 %, en 1/41 = 2.4 %). Measured once after
    /// it: acute 64/74 = 86.5 % (nl 31/35, en 33/39), urgent 38/42 = 90.5 % (nl 20/21, en 18/21), false alarms 2/84 = 2.4 %
    /// (nl 2/43 = 4.7 %, en 0/41). Acute recall stays short of the goal of 97 %; the floors are what it measured.
    /// The ninth round was allowed to tune on it (after: acute 74/74, urgent 42/42, false alarms 1/84), so it now guards against
    /// regressions at that level.
    /// </summary>
    [Fact]
    public void Eighth_round_held_out_half_stays_above_what_it_measured()
    {
        var results = Judge(LabelledSafetyMessages.RoundEight.Where(message => message.Half == LabelledHalf.RoundEightHeldOut));
        var score = SafetyScore.Of(results);
        Report("round 8 held-out", results);

        Assert.True(score.AcuteRecall >= 74 / 74.0 - 1e-9, $"round 8 held-out acute recall {score.AcuteRecall:P1} is below 74/74");
        Assert.True(score.UrgentRecall >= 42 / 42.0 - 1e-9, $"round 8 held-out urgent-as-at-least-urgent {score.UrgentRecall:P1} is below 42/42");
        Assert.True(score.FalseAlarmRate <= 1 / 84.0 + 1e-9, $"round 8 held-out false alarms {score.FalseAlarmRate:P1} are above 1/84");
    }

    /// <summary>The tuning half of the ninth round's set (text hashes even): it prints its misses.</summary>
    [Fact]
    public void Ninth_round_tuning_half_stays_above_what_it_reached()
    {
        var results = Judge(LabelledSafetyMessages.RoundNine.Where(message => message.Half == LabelledHalf.RoundNineTuning));
        var score = SafetyScore.Of(results);
        Report("round 9 tuning", results);
        ReportMisses(results);

        Assert.True(score.AcuteRecall >= NinthTuningAcute, $"round 9 tuning acute recall {score.AcuteRecall:P1} is below {NinthTuningAcute:P1}");
        Assert.True(score.UrgentRecall >= NinthTuningUrgent, $"round 9 tuning urgent-as-at-least-urgent {score.UrgentRecall:P1} is below {NinthTuningUrgent:P1}");
        Assert.True(score.FalseAlarmRate <= NinthTuningFalseAlarms, $"round 9 tuning false alarms {score.FalseAlarmRate:P1} are above {NinthTuningFalseAlarms:P1}");
    }

    /// <summary>
    /// The held-out half of the ninth round's set (text hashes odd), written with deliberately varied wording before the round
    /// and never looked at while tuning: it prints scores only, per language and situation, never the messages. Before the round
    /// (1 December 2026, guard9 before any change to dialogs/safety): acute recall 49/75 = 65.3 % (nl 23/36, en 26/39), urgent as
    /// at least urgent 34/43 = 79.1 % (nl 13/17, en 21/26), false alarms 5/89 = 5.6 % (nl 3/41 = 7.3 %, en 2/48 = 4.2 %).
    /// Measured once after it: acute 61/75 = 81.3 % (nl 29/36, en 32/39), urgent 36/43 = 83.7 % (nl 14/17, en 22/26), false alarms
    /// 5/89 = 5.6 % (nl 4/41 = 9.8 %, en 1/48 = 2.1 %). All three stay short of the goals (97 %, 90 %, 5 %); the floors are what it
    /// measured.
    /// </summary>
    [Fact]
    public void Ninth_round_held_out_half_stays_above_what_it_measured()
    {
        var results = Judge(LabelledSafetyMessages.RoundNine.Where(message => message.Half == LabelledHalf.RoundNineHeldOut));
        var score = SafetyScore.Of(results);
        Report("round 9 held-out", results);

        Assert.True(score.AcuteRecall >= NinthHeldOutAcute, $"round 9 held-out acute recall {score.AcuteRecall:P1} is below {NinthHeldOutAcute:P1}");
        Assert.True(score.UrgentRecall >= NinthHeldOutUrgent, $"round 9 held-out urgent-as-at-least-urgent {score.UrgentRecall:P1} is below {NinthHeldOutUrgent:P1}");
        Assert.True(score.FalseAlarmRate <= NinthHeldOutFalseAlarms, $"round 9 held-out false alarms {score.FalseAlarmRate:P1} are above {NinthHeldOutFalseAlarms:P1}");
    }

    /// <summary>
    /// Families for four weaknesses of the detector itself, written before the tenth round changed it: reported speech ("he said
    /// tonight I die"), a negation of another verb ("de baby huilt niet meer nadat hij hem door elkaar schudde"), a fall caused by
    /// someone ("ze is gevallen na zijn duw en reageert niet meer") and an overdose named by a count ("i took 30 pills"). Before
    /// the tenth round: acute 24/34, urgent 6/6, false alarms 2/32; after it: acute 32/34, urgent 6/6, false alarms 0/32. Tuned on.
    /// </summary>
    [Fact]
    public void Tenth_round_families_stay_above_what_they_reached()
    {
        var results = Judge(LabelledSafetyMessages.RoundTen);
        var score = SafetyScore.Of(results);
        Report("round 10 families", results);
        ReportMisses(results);

        Assert.True(score.AcuteRecall >= 32 / 34.0 - 1e-9, $"round 10 acute recall {score.AcuteRecall:P1} is below 32/34");
        Assert.True(score.UrgentRecall >= 6 / 6.0 - 1e-9, $"round 10 urgent-as-at-least-urgent {score.UrgentRecall:P1} is below 6/6");
        Assert.True(score.FalseAlarmRate <= 0 / 32.0 + 1e-9, $"round 10 false alarms {score.FalseAlarmRate:P1} are above 0/32");
    }

    /// <summary>
    /// The twenty-fourth round's families (serious disclosures told as a pattern, and the same verbs going on now), written before the
    /// round changed anything and tuned on. Before the round: acute 24/27, urgent 78/87, false alarms 22/102; after it: acute 26/27,
    /// urgent 81/87, false alarms 8/102.
    /// </summary>
    [Fact]
    public void Twenty_fourth_round_families_stay_above_what_they_reached()
    {
        AssertStaysAbove("round 24 families", LabelledSafetyMessages.RoundTwentyFour, acute: (26, 27), urgent: (81, 87), falseAlarms: (8, 102));
    }

    /// <summary>
    /// The twenty-sixth round's set (what neighbours, housemates and children hear and see; session 23), measured once before it was
    /// learned from: the rules acute 79/100, urgent 61/90, false alarms 18/180; with the readings 90/100, 73/90 and 23/180.
    /// </summary>
    [Fact]
    public void Twenty_sixth_round_stays_above_what_the_rules_reached()
    {
        AssertStaysAbove("round 26", LabelledSafetyMessages.RoundTwentySix, acute: (79, 100), urgent: (61, 90), falseAlarms: (18, 180));
    }

    /// <summary>
    /// The thirty-second round's set (the turn of the year and fireworks; session 32), measured once before it was learned from: the
    /// rules acute 68/100 (nl 32, en 36), urgent 56/90, false alarms 15/180; with the readings 92/100 (nl 47, en 45), 82/90 and 17/180.
    /// After the rules on it (fireworks used on people, and the rest in dialogs/safety/README.md "Session 32"): the rules 87, 57, 10.
    /// </summary>
    [Fact]
    public void Thirty_second_round_stays_above_what_the_rules_reached()
    {
        AssertStaysAbove("round 32", LabelledSafetyMessages.RoundThirtyTwo, acute: (87, 100), urgent: (57, 90), falseAlarms: (10, 180));
    }

    /// <summary>
    /// The thirty-third round's set (distance and hiding; session 33), measured once before it was learned from: the rules acute
    /// 72/100 (nl 38, en 34), urgent 68/90, false alarms 32/180; with the readings 89/100 (nl 46, en 43), 85/90 and 36/180.
    /// </summary>
    [Fact]
    public void Thirty_third_round_stays_above_what_the_rules_reached()
    {
        AssertStaysAbove("round 33", LabelledSafetyMessages.RoundThirtyThree, acute: (72, 100), urgent: (68, 90), falseAlarms: (32, 180));
    }

    /// <summary>
    /// The thirty-fourth round's set (disability, LGBTQ+, pregnancy; session 33), measured once before it was learned from: the rules
    /// acute 72/100 (nl 35, en 37), urgent 67/90, false alarms 15/180; with the readings 95/100 (nl 47, en 48), 87/90 and 16/180.
    /// </summary>
    [Fact]
    public void Thirty_fourth_round_stays_above_what_the_rules_reached()
    {
        AssertStaysAbove("round 34", LabelledSafetyMessages.RoundThirtyFour, acute: (72, 100), urgent: (67, 90), falseAlarms: (15, 180));
    }

    /// <summary>
    /// The thirty-fifth round's set (sexual and honour-related violence going on, trackers, sextortion; session 34), measured once
    /// before it was learned from: the rules acute 52/100 (nl 24, en 28), urgent 48/90 (nl 23, en 25), false alarms 9/180 (nl 6,
    /// en 3); with the readings 78/100 (nl 37, en 41), 77/90 and 11/180.
    /// </summary>
    [Fact]
    public void Thirty_fifth_round_stays_above_what_the_rules_reached()
    {
        AssertStaysAbove("round 35", LabelledSafetyMessages.RoundThirtyFive, acute: (52, 100), urgent: (48, 90), falseAlarms: (9, 180));
    }

    /// <summary>
    /// The thirty-sixth round's set (quoted words, things named indirectly, pets, threats over children; session 34), measured once
    /// before it was learned from: the rules acute 68/100 (nl 33, en 35), urgent 45/90 (nl 18, en 27), false alarms 20/180 (nl 8,
    /// en 12); with the readings 96/100 (nl 48, en 48), 80/90 and 21/180.
    /// </summary>
    [Fact]
    public void Thirty_sixth_round_stays_above_what_the_rules_reached()
    {
        AssertStaysAbove("round 36", LabelledSafetyMessages.RoundThirtySix, acute: (68, 100), urgent: (45, 90), falseAlarms: (20, 180));
    }

    /// <summary>
    /// The thirty-seventh round's set (household members who are not a partner or a parent, men and boys as victims; session 34),
    /// measured once before it was learned from: the rules acute 84/100 (nl 40, en 44), urgent 71/90 (nl 37, en 34), false alarms
    /// 19/180 (nl 10, en 9); with the readings 96/100 (nl 47, en 49), 87/90 and 20/180.
    /// </summary>
    [Fact]
    public void Thirty_seventh_round_stays_above_what_the_rules_reached()
    {
        AssertStaysAbove("round 37", LabelledSafetyMessages.RoundThirtySeven, acute: (84, 100), urgent: (71, 90), falseAlarms: (19, 180));
    }

    /// <summary>
    /// The thirty-eighth round's set (alarming everyday trouble that is not violence, next to real violence in the same settings;
    /// session 35), measured once before it was learned from: the rules acute 83/100 (nl 44, en 39), urgent 72/90 (nl 37, en 35),
    /// false alarms 29/180 (nl 11, en 18); with the readings 94/100 (nl 47, en 47), 86/90 and 32/180.
    /// </summary>
    [Fact]
    public void Thirty_eighth_round_stays_above_what_the_rules_reached()
    {
        AssertStaysAbove("round 38", LabelledSafetyMessages.RoundThirtyEight, acute: (83, 100), urgent: (72, 90), falseAlarms: (29, 180));
    }

    /// <summary>
    /// The thirty-ninth round's set (the line between now and afterwards; session 35), measured once before it was learned from:
    /// the rules acute 83/100 (nl 39, en 44), urgent 78/90 (nl 40, en 38), false alarms 21/180 (nl 11, en 10); with the readings
    /// 94/100 (nl 47, en 47), 87/90 and 26/180.
    /// </summary>
    [Fact]
    public void Thirty_ninth_round_stays_above_what_the_rules_reached()
    {
        AssertStaysAbove("round 39", LabelledSafetyMessages.RoundThirtyNine, acute: (83, 100), urgent: (78, 90), falseAlarms: (21, 180));
    }

    /// <summary>
    /// The thirty-fifth blind set (session 28; 280: acute 100, urgent 90, not acute 90), unseen until session 36, like the
    /// eighteenth: what the rules measured on it when it moved (87/100 acute, 71/90 urgent, 4/180 false alarms).
    /// </summary>
    [Fact]
    public void Thirty_fifth_blind_set_by_another_author_stays_above_what_it_measured()
    {
        AssertStaysAbove("thirty-fifth blind", LabelledSafetyMessages.ThirtyFifthBlind, acute: (87, 100), urgent: (71, 90), falseAlarms: (4, 180));
    }

    /// <summary>
    /// The fortieth round's set (strong words used harmlessly and real violence in the same registers; session 36), measured once
    /// before it was learned from: the rules acute 79/100 (nl 38, en 41), urgent 56/90 (nl 26, en 30), false alarms 18/180 (nl 8,
    /// en 10); with the readings 91/100 (nl 45, en 46), 77/90 and 19/180.
    /// </summary>
    [Fact]
    public void Fortieth_round_stays_above_what_the_rules_reached()
    {
        AssertStaysAbove("round 40", LabelledSafetyMessages.RoundForty, acute: (79, 100), urgent: (56, 90), falseAlarms: (18, 180));
    }

    /// <summary>
    /// The twenty-ninth round's probes of the weakest types named by the unseen sets (session 29), tuned on: every message read as
    /// labelled by the rules.
    /// </summary>
    [Fact]
    public void Twenty_ninth_round_probes_are_read_as_labelled()
    {
        AssertStaysAbove("round 29", LabelledSafetyMessages.RoundTwentyNine, acute: (34, 34), urgent: (13, 13), falseAlarms: (0, 30));
    }

    /// <summary>The tuning half of the eleventh round's set (text hashes even): it prints its misses.</summary>
    [Fact]
    public void Eleventh_round_tuning_half_stays_above_what_it_reached()
    {
        var results = Judge(LabelledSafetyMessages.RoundEleven.Where(message => message.Half == LabelledHalf.RoundElevenTuning));
        var score = SafetyScore.Of(results);
        Report("round 11 tuning", results);
        ReportMisses(results);

        Assert.True(score.AcuteRecall >= EleventhTuningAcute - 1e-9, $"round 11 tuning acute recall {score.AcuteRecall:P1} is below {EleventhTuningAcute:P1}");
        Assert.True(score.UrgentRecall >= EleventhTuningUrgent - 1e-9, $"round 11 tuning urgent-as-at-least-urgent {score.UrgentRecall:P1} is below {EleventhTuningUrgent:P1}");
        Assert.True(score.FalseAlarmRate <= EleventhTuningFalseAlarms + 1e-9, $"round 11 tuning false alarms {score.FalseAlarmRate:P1} are above {EleventhTuningFalseAlarms:P1}");
    }

    /// <summary>
    /// The held-out half of the eleventh round's set (text hashes odd), written before the round and never looked at while
    /// tuning: it prints scores only, per language and situation, never the messages. Before the round (guard11 before any change to
    /// dialogs/safety or the detector): acute recall 43/72 = 59.7 % (nl 21/37, en 22/35), urgent as at least urgent 33/37 = 89.2 %
    /// (nl 17/19, en 16/18), false alarms 2/80 = 2.5 % (nl 0/40, en 2/40). The tuning half before: acute 38/58 = 65.5 %, urgent
    /// 25/27 = 92.6 %, false alarms 3/66 = 4.5 %. Measured at the end of the round (guard11, 1 December 2026): acute 64/72 = 88.9 %
    /// (nl 32/37, en 32/35), urgent 34/37 = 91.9 % (nl 18/19, en 16/18), false alarms 2/80 = 2.5 % (nl 0/40, en 2/40); the tuning
    /// half 57/58, 27/27, 1/66. Acute recall stays short of the goal of 97 %; the floors are what it measured.
    /// </summary>
    [Fact]
    public void Eleventh_round_held_out_half_stays_above_what_it_measured()
    {
        var results = Judge(LabelledSafetyMessages.RoundEleven.Where(message => message.Half == LabelledHalf.RoundElevenHeldOut));
        var score = SafetyScore.Of(results);
        Report("round 11 held-out", results);

        Assert.True(score.AcuteRecall >= EleventhHeldOutAcute - 1e-9, $"round 11 held-out acute recall {score.AcuteRecall:P1} is below {EleventhHeldOutAcute:P1}");
        Assert.True(score.UrgentRecall >= EleventhHeldOutUrgent - 1e-9, $"round 11 held-out urgent-as-at-least-urgent {score.UrgentRecall:P1} is below {EleventhHeldOutUrgent:P1}");
        Assert.True(score.FalseAlarmRate <= EleventhHeldOutFalseAlarms + 1e-9, $"round 11 held-out false alarms {score.FalseAlarmRate:P1} are above {EleventhHeldOutFalseAlarms:P1}");
    }

    /// <summary>
    /// The tuning half of the twelfth round's set (text hashes even): it prints its misses. Before the round: acute 48/56, urgent
    /// 16/23, false alarms 6/55; after it: 55/56, 23/23, 1/55.
    /// </summary>
    [Fact]
    public void Twelfth_round_tuning_half_stays_above_what_it_reached()
    {
        var results = Judge(LabelledSafetyMessages.RoundTwelve.Where(message => message.Half == LabelledHalf.RoundTwelveTuning));
        var score = SafetyScore.Of(results);
        Report("round 12 tuning", results);
        ReportMisses(results);

        Assert.True(score.AcuteRecall >= TwelfthTuningAcute - 1e-9, $"round 12 tuning acute recall {score.AcuteRecall:P1} is below {TwelfthTuningAcute:P1}");
        Assert.True(score.UrgentRecall >= TwelfthTuningUrgent - 1e-9, $"round 12 tuning urgent-as-at-least-urgent {score.UrgentRecall:P1} is below {TwelfthTuningUrgent:P1}");
        Assert.True(score.FalseAlarmRate <= TwelfthTuningFalseAlarms + 1e-9, $"round 12 tuning false alarms {score.FalseAlarmRate:P1} are above {TwelfthTuningFalseAlarms:P1}");
    }

    /// <summary>
    /// The held-out half of the twelfth round's set (text hashes odd), written before the round and never looked at while
    /// tuning: it prints scores only, per language and situation, never the messages. Before the round (guard12 before any change
    /// to dialogs/safety): acute recall 42/56 = 75.0 % (nl 17/25, en 25/31), urgent as at least urgent 21/25 = 84.0 % (nl 9/11,
    /// en 12/14), false alarms 7/65 = 10.8 % (nl 3/31, en 4/34). Measured once at the end of the round (guard12, 1 December 2026):
    /// acute 54/56 = 96.4 % (nl 24/25, en 30/31), urgent 24/25 = 96.0 % (nl 11/11, en 13/14), false alarms 2/65 = 3.1 % (nl 1/31,
    /// en 1/34). Acute recall stays just short of the goal of 97 %; the floors are what it measured.
    /// </summary>
    [Fact]
    public void Twelfth_round_held_out_half_stays_above_what_it_measured()
    {
        var results = Judge(LabelledSafetyMessages.RoundTwelve.Where(message => message.Half == LabelledHalf.RoundTwelveHeldOut));
        var score = SafetyScore.Of(results);
        Report("round 12 held-out", results);

        Assert.True(score.AcuteRecall >= TwelfthHeldOutAcute - 1e-9, $"round 12 held-out acute recall {score.AcuteRecall:P1} is below {TwelfthHeldOutAcute:P1}");
        Assert.True(score.UrgentRecall >= TwelfthHeldOutUrgent - 1e-9, $"round 12 held-out urgent-as-at-least-urgent {score.UrgentRecall:P1} is below {TwelfthHeldOutUrgent:P1}");
        Assert.True(score.FalseAlarmRate <= TwelfthHeldOutFalseAlarms + 1e-9, $"round 12 held-out false alarms {score.FalseAlarmRate:P1} are above {TwelfthHeldOutFalseAlarms:P1}");
    }

    /// <summary>
    /// The tuning half of the thirteenth round's set (text hashes even): it prints its misses. Before the round: acute 29/48,
    /// urgent 9/18, false alarms 5/60; after it: 45/48, 17/18, 0/60.
    /// </summary>
    [Fact]
    public void Thirteenth_round_tuning_half_stays_above_what_it_reached()
    {
        var results = Judge(LabelledSafetyMessages.RoundThirteen.Where(message => message.Half == LabelledHalf.RoundThirteenTuning));
        var score = SafetyScore.Of(results);
        Report("round 13 tuning", results);
        ReportMisses(results);

        Assert.True(score.AcuteRecall >= ThirteenthTuningAcute - 1e-9, $"round 13 tuning acute recall {score.AcuteRecall:P1} is below {ThirteenthTuningAcute:P1}");
        Assert.True(score.UrgentRecall >= ThirteenthTuningUrgent - 1e-9, $"round 13 tuning urgent-as-at-least-urgent {score.UrgentRecall:P1} is below {ThirteenthTuningUrgent:P1}");
        Assert.True(score.FalseAlarmRate <= ThirteenthTuningFalseAlarms + 1e-9, $"round 13 tuning false alarms {score.FalseAlarmRate:P1} are above {ThirteenthTuningFalseAlarms:P1}");
    }

    /// <summary>
    /// The held-out half of the thirteenth round's set (text hashes odd), written before the round and never looked at while
    /// tuning: it prints scores only, per language and situation, never the messages. Before the round (guard13 before any change
    /// to dialogs/safety or the detector): acute recall 31/63 = 49.2 % (nl 13/26, en 18/37), urgent as at least urgent 12/28 =
    /// 42.9 % (nl 5/13, en 7/15), false alarms 3/62 = 4.8 % (nl 0/27, en 3/35). Measured once at the end of the round (guard13,
    /// 1 December 2026): acute 50/63 = 79.4 % (nl 23/26, en 27/37), urgent 20/28 = 71.4 % (nl 9/13, en 11/15), false alarms
    /// 0/62 (none raised to any level 1/34). Far below the goals of 97 % and 90 %; the floors are what it measured.
    /// </summary>
    [Fact]
    public void Thirteenth_round_held_out_half_stays_above_what_it_measured()
    {
        var results = Judge(LabelledSafetyMessages.RoundThirteen.Where(message => message.Half == LabelledHalf.RoundThirteenHeldOut));
        var score = SafetyScore.Of(results);
        Report("round 13 held-out", results);

        Assert.True(score.AcuteRecall >= ThirteenthHeldOutAcute - 1e-9, $"round 13 held-out acute recall {score.AcuteRecall:P1} is below {ThirteenthHeldOutAcute:P1}");
        Assert.True(score.UrgentRecall >= ThirteenthHeldOutUrgent - 1e-9, $"round 13 held-out urgent-as-at-least-urgent {score.UrgentRecall:P1} is below {ThirteenthHeldOutUrgent:P1}");
        Assert.True(score.FalseAlarmRate <= ThirteenthHeldOutFalseAlarms + 1e-9, $"round 13 held-out false alarms {score.FalseAlarmRate:P1} are above {ThirteenthHeldOutFalseAlarms:P1}");
    }

    /// <summary>
    /// The tuning half of the fourteenth round's set (text hashes even): it prints its misses. Before the round: acute 18/30,
    /// urgent 11/14, false alarms 3/47; after it: 30/30, 14/14, 1/47.
    /// </summary>
    [Fact]
    public void Fourteenth_round_tuning_half_stays_above_what_it_reached()
    {
        var results = Judge(LabelledSafetyMessages.RoundFourteen.Where(message => message.Half == LabelledHalf.RoundFourteenTuning));
        var score = SafetyScore.Of(results);
        Report("round 14 tuning", results);
        ReportMisses(results);

        Assert.True(score.AcuteRecall >= FourteenthTuningAcute - 1e-9, $"round 14 tuning acute recall {score.AcuteRecall:P1} is below {FourteenthTuningAcute:P1}");
        Assert.True(score.UrgentRecall >= FourteenthTuningUrgent - 1e-9, $"round 14 tuning urgent-as-at-least-urgent {score.UrgentRecall:P1} is below {FourteenthTuningUrgent:P1}");
        Assert.True(score.FalseAlarmRate <= FourteenthTuningFalseAlarms + 1e-9, $"round 14 tuning false alarms {score.FalseAlarmRate:P1} are above {FourteenthTuningFalseAlarms:P1}");
    }

    /// <summary>
    /// The held-out half of the fourteenth round's set (text hashes odd), written before the round and never looked at while
    /// tuning: it prints scores only, per language and situation, never the messages. Before the round (guard14 before any change
    /// to dialogs/safety or the detector): acute recall 18/34 = 52.9 % (nl 10/16, en 8/18), urgent as at least urgent 13/14 (nl 5/6,
    /// en 8/8), false alarms 2/43 = 4.7 % (nl 0/21, en 2/22). Measured once at the end of the round (guard14, 1 December 2026):
    /// acute 34/34 (nl 16/16, en 18/18), urgent 13/14 (nl 5/6, en 8/8), false alarms 2/43 = 4.7 % (nl 1/21, en 1/22; none raised
    /// to any level 1/29). The floors are what it measured.
    /// </summary>
    [Fact]
    public void Fourteenth_round_held_out_half_stays_above_what_it_measured()
    {
        var results = Judge(LabelledSafetyMessages.RoundFourteen.Where(message => message.Half == LabelledHalf.RoundFourteenHeldOut));
        var score = SafetyScore.Of(results);
        Report("round 14 held-out", results);

        Assert.True(score.AcuteRecall >= FourteenthHeldOutAcute - 1e-9, $"round 14 held-out acute recall {score.AcuteRecall:P1} is below {FourteenthHeldOutAcute:P1}");
        Assert.True(score.UrgentRecall >= FourteenthHeldOutUrgent - 1e-9, $"round 14 held-out urgent-as-at-least-urgent {score.UrgentRecall:P1} is below {FourteenthHeldOutUrgent:P1}");
        Assert.True(score.FalseAlarmRate <= FourteenthHeldOutFalseAlarms + 1e-9, $"round 14 held-out false alarms {score.FalseAlarmRate:P1} are above {FourteenthHeldOutFalseAlarms:P1}");
    }

    /// <summary>
    /// The tuning half of the fifteenth round's set (text hashes even): it prints its misses. Before the round: acute 42/50,
    /// urgent 16/17, false alarms 2/38; after it: 49/50, 17/17, 0/38.
    /// </summary>
    [Fact]
    public void Fifteenth_round_tuning_half_stays_above_what_it_reached()
    {
        var results = Judge(LabelledSafetyMessages.RoundFifteen.Where(message => message.Half == LabelledHalf.RoundFifteenTuning));
        var score = SafetyScore.Of(results);
        Report("round 15 tuning", results);
        ReportMisses(results);

        Assert.True(score.AcuteRecall >= FifteenthTuningAcute - 1e-9, $"round 15 tuning acute recall {score.AcuteRecall:P1} is below {FifteenthTuningAcute:P1}");
        Assert.True(score.UrgentRecall >= FifteenthTuningUrgent - 1e-9, $"round 15 tuning urgent-as-at-least-urgent {score.UrgentRecall:P1} is below {FifteenthTuningUrgent:P1}");
        Assert.True(score.FalseAlarmRate <= FifteenthTuningFalseAlarms + 1e-9, $"round 15 tuning false alarms {score.FalseAlarmRate:P1} are above {FifteenthTuningFalseAlarms:P1}");
    }

    /// <summary>
    /// The held-out half of the fifteenth round's set (text hashes odd), written before the round and never looked at while
    /// tuning: it prints scores only, per language and situation, never the messages. Before the round (guard15 before any change
    /// to dialogs/safety or the detector): acute recall 39/52 = 75.0 % (nl 18/26, en 21/26), urgent as at least urgent 17/17 (nl
    /// 9/9, en 8/8), false alarms 2/41 = 4.9 % (nl 1/23, en 1/18). Measured once at the end of the round (guard15, 1 December
    /// 2026): acute 46/52 = 88.5 % (nl 21/26, en 25/26), urgent 17/17 (nl 9/9, en 8/8), false alarms 2/41 = 4.9 % (nl 1/23, en
    /// 1/18; none raised to any level 1/24). Below the goal of 97 % for Dutch; the floors are what it measured.
    /// </summary>
    [Fact]
    public void Fifteenth_round_held_out_half_stays_above_what_it_measured()
    {
        var results = Judge(LabelledSafetyMessages.RoundFifteen.Where(message => message.Half == LabelledHalf.RoundFifteenHeldOut));
        var score = SafetyScore.Of(results);
        Report("round 15 held-out", results);

        Assert.True(score.AcuteRecall >= FifteenthHeldOutAcute - 1e-9, $"round 15 held-out acute recall {score.AcuteRecall:P1} is below {FifteenthHeldOutAcute:P1}");
        Assert.True(score.UrgentRecall >= FifteenthHeldOutUrgent - 1e-9, $"round 15 held-out urgent-as-at-least-urgent {score.UrgentRecall:P1} is below {FifteenthHeldOutUrgent:P1}");
        Assert.True(score.FalseAlarmRate <= FifteenthHeldOutFalseAlarms + 1e-9, $"round 15 held-out false alarms {score.FalseAlarmRate:P1} are above {FifteenthHeldOutFalseAlarms:P1}");
    }

    /// <summary>
    /// The tuning half of the seventeenth round's set (text hashes even): it prints its misses. Before the round: acute 31/42,
    /// urgent 13/20, false alarms 4/37; after it: 41/42, 17/20, 1/37.
    /// </summary>
    [Fact]
    public void Seventeenth_round_tuning_half_stays_above_what_it_reached()
    {
        var results = Judge(LabelledSafetyMessages.RoundSeventeen.Where(message => message.Half == LabelledHalf.RoundSeventeenTuning));
        var score = SafetyScore.Of(results);
        Report("round 17 tuning", results);
        ReportMisses(results);

        Assert.True(score.AcuteRecall >= SeventeenthTuningAcute - 1e-9, $"round 17 tuning acute recall {score.AcuteRecall:P1} is below {SeventeenthTuningAcute:P1}");
        Assert.True(score.UrgentRecall >= SeventeenthTuningUrgent - 1e-9, $"round 17 tuning urgent-as-at-least-urgent {score.UrgentRecall:P1} is below {SeventeenthTuningUrgent:P1}");
        Assert.True(score.FalseAlarmRate <= SeventeenthTuningFalseAlarms + 1e-9, $"round 17 tuning false alarms {score.FalseAlarmRate:P1} are above {SeventeenthTuningFalseAlarms:P1}");
    }

    /// <summary>
    /// The held-out half of the seventeenth round's set (text hashes odd), written before the round and never looked at while
    /// tuning: it prints scores only, per language and situation, never the messages. Before the round (guard17 a167c81, before
    /// any change to dialogs/safety or the detector): acute recall 27/38 = 71.1 % (nl 12/17, en 15/21), urgent as at least urgent
    /// 3/6 (nl 2/4, en 1/2), false alarms 3/23 = 13.0 % (nl 1/13, en 2/10). Measured once at the end of the round (guard17, 2
    /// December 2026): acute 33/38 = 86.8 % (nl 13/17 = 76.5 %, en 20/21), urgent 5/6 (nl 3/4, en 2/2), false alarms 1/23 = 4.3 %
    /// (nl 1/13, en 0/10; none raised to any level 1/17). Below the goal of 97 %, most of all for Dutch; the floors are what it
    /// measured.
    /// </summary>
    [Fact]
    public void Seventeenth_round_held_out_half_stays_above_what_it_measured()
    {
        var results = Judge(LabelledSafetyMessages.RoundSeventeen.Where(message => message.Half == LabelledHalf.RoundSeventeenHeldOut));
        var score = SafetyScore.Of(results);
        Report("round 17 held-out", results);

        Assert.True(score.AcuteRecall >= SeventeenthHeldOutAcute - 1e-9, $"round 17 held-out acute recall {score.AcuteRecall:P1} is below {SeventeenthHeldOutAcute:P1}");
        Assert.True(score.UrgentRecall >= SeventeenthHeldOutUrgent - 1e-9, $"round 17 held-out urgent-as-at-least-urgent {score.UrgentRecall:P1} is below {SeventeenthHeldOutUrgent:P1}");
        Assert.True(score.FalseAlarmRate <= SeventeenthHeldOutFalseAlarms + 1e-9, $"round 17 held-out false alarms {score.FalseAlarmRate:P1} are above {SeventeenthHeldOutFalseAlarms:P1}");
    }

    /// <summary>
    /// The tuning half of the nineteenth round's set (text hashes even): it prints its misses. Before the round: acute 41/46,
    /// urgent 19/25, false alarms 3/36; after it: 46/46, 25/25, 0/36.
    /// </summary>
    [Fact]
    public void Nineteenth_round_tuning_half_stays_above_what_it_reached()
    {
        var results = Judge(LabelledSafetyMessages.RoundNineteen.Where(message => message.Half == LabelledHalf.RoundNineteenTuning));
        var score = SafetyScore.Of(results);
        Report("round 19 tuning", results);
        ReportMisses(results);

        Assert.True(score.AcuteRecall >= NineteenthTuningAcute - 1e-9, $"round 19 tuning acute recall {score.AcuteRecall:P1} is below {NineteenthTuningAcute:P1}");
        Assert.True(score.UrgentRecall >= NineteenthTuningUrgent - 1e-9, $"round 19 tuning urgent-as-at-least-urgent {score.UrgentRecall:P1} is below {NineteenthTuningUrgent:P1}");
        Assert.True(score.FalseAlarmRate <= NineteenthTuningFalseAlarms + 1e-9, $"round 19 tuning false alarms {score.FalseAlarmRate:P1} are above {NineteenthTuningFalseAlarms:P1}");
    }

    /// <summary>
    /// The held-out half of the nineteenth round's set (text hashes odd), written before the round and never looked at while
    /// tuning: it prints scores only, per language and situation, never the messages. Before the round (guard19, before any
    /// change to dialogs/safety or the detector): acute recall 35/42 = 83.3 % (nl 19/21, en 16/21), urgent as at least urgent
    /// 24/31 = 77.4 % (nl 11/14, en 13/17), false alarms 3/52 = 5.8 % (nl 0/25, en 3/27; none raised to any level 4/21). Measured once after the changes
    /// made from the tuning half and the leftovers of round 18 (guard19 2a1436a): acute 37/42 = 88.1 % (nl 19/21, en 18/21),
    /// urgent 28/31 = 90.3 % (nl 12/14, en 16/17), false alarms 3/52 = 5.8 % (nl 0/25, en 3/27; none raised 3/21). Below the goal
    /// of 97 %; the floors are what it measured.
    /// </summary>
    [Fact]
    public void Nineteenth_round_held_out_half_stays_above_what_it_measured()
    {
        var results = Judge(LabelledSafetyMessages.RoundNineteen.Where(message => message.Half == LabelledHalf.RoundNineteenHeldOut));
        var score = SafetyScore.Of(results);
        Report("round 19 held-out", results);

        Assert.True(score.AcuteRecall >= NineteenthHeldOutAcute - 1e-9, $"round 19 held-out acute recall {score.AcuteRecall:P1} is below {NineteenthHeldOutAcute:P1}");
        Assert.True(score.UrgentRecall >= NineteenthHeldOutUrgent - 1e-9, $"round 19 held-out urgent-as-at-least-urgent {score.UrgentRecall:P1} is below {NineteenthHeldOutUrgent:P1}");
        Assert.True(score.FalseAlarmRate <= NineteenthHeldOutFalseAlarms + 1e-9, $"round 19 held-out false alarms {score.FalseAlarmRate:P1} are above {NineteenthHeldOutFalseAlarms:P1}");
    }

    [Fact]
    public void Fresh_set_meets_the_recall_and_false_alarm_thresholds()
    {
        AssertMeetsTheGoal("fresh", LabelledSafetyMessages.Fresh);
    }

    [Fact]
    public void Tuning_half_meets_the_recall_and_false_alarm_thresholds()
    {
        var results = Judge(LabelledSafetyMessages.Tuning);
        var score = SafetyScore.Of(results);
        Report("tuning", results);
        ReportMisses(results);

        Assert.True(score.AcuteRecall >= MinimumAcuteRecall, $"tuning acute recall {score.AcuteRecall:P1} is below {MinimumAcuteRecall:P0}");
        Assert.True(score.FalseAlarmRate <= MaximumFalseAlarmRate, $"tuning false alarms {score.FalseAlarmRate:P1} are above {MaximumFalseAlarmRate:P0}");
        Assert.True(score.UrgentRecall >= MinimumUrgentRecall, $"tuning urgent-as-at-least-urgent {score.UrgentRecall:P1} is below {MinimumUrgentRecall:P0}");
    }

    private void AssertMeetsTheGoal(string name, IEnumerable<LabelledMessage> messages)
    {
        var results = Judge(messages);
        var score = SafetyScore.Of(results);
        Report(name, results);
        ReportMisses(results);

        Assert.True(score.AcuteRecall >= MinimumAcuteRecall, $"{name} acute recall {score.AcuteRecall:P1} is below {MinimumAcuteRecall:P0}");
        Assert.True(score.FalseAlarmRate <= MaximumFalseAlarmRate, $"{name} false alarms {score.FalseAlarmRate:P1} are above {MaximumFalseAlarmRate:P0}");
        Assert.True(score.UrgentRecall >= MinimumUrgentRecall, $"{name} urgent-as-at-least-urgent {score.UrgentRecall:P1} is below {MinimumUrgentRecall:P0}");
    }

    /// <summary>Acute must be acute, urgent at least urgent, none must not be acute (an urgent answer to "none" is reported, not failed).</summary>
    /// <summary>A set held at what it measured: its scores and misses are printed, and none may fall below its floors.</summary>
    private void AssertStaysAbove(string name, IEnumerable<LabelledMessage> set, (int Found, int Of) acute, (int Found, int Of) urgent, (int Raised, int Of) falseAlarms)
    {
        var results = Judge(set);
        var score = SafetyScore.Of(results);
        Report(name, results);
        ReportMisses(results);

        Assert.True(score.AcuteRecall >= (double)acute.Found / acute.Of - 1e-9, $"{name} acute recall {score.AcuteRecall:P1} is below {acute.Found}/{acute.Of}");
        Assert.True(score.UrgentRecall >= (double)urgent.Found / urgent.Of - 1e-9, $"{name} urgent-as-at-least-urgent {score.UrgentRecall:P1} is below {urgent.Found}/{urgent.Of}");
        Assert.True(score.FalseAlarmRate <= (double)falseAlarms.Raised / falseAlarms.Of + 1e-9, $"{name} false alarms {score.FalseAlarmRate:P1} are above {falseAlarms.Raised}/{falseAlarms.Of}");
    }

    private static bool Fits(SafetyLevel expected, SafetyLevel actual) => expected switch
    {
        SafetyLevel.Acute => actual == SafetyLevel.Acute,
        SafetyLevel.Urgent => actual >= SafetyLevel.Urgent,
        _ => actual == SafetyLevel.None,
    };

    private List<(LabelledMessage Message, SafetyVerdict Verdict)> Judge(IEnumerable<LabelledMessage> messages) =>
        [.. messages.Select(message => (message, fixture.Detector.Assess(message.Text)))];

    /// <summary>Prints the messages of a set that may be tuned on that were not judged as labelled.</summary>
    private void ReportMisses(List<(LabelledMessage Message, SafetyVerdict Verdict)> results)
    {
        foreach (var (message, verdict) in results.Where(r => !Fits(r.Message.Expected, r.Verdict.Level) || (r.Message.Expected == SafetyLevel.Urgent && r.Verdict.IsAcute)))
        {
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {message.Situation,-24} {message.Expected,-6} got {verdict}: \"{message.Text}\""));
        }
    }

    private void Report(string half, List<(LabelledMessage Message, SafetyVerdict Verdict)> results)
    {
        output.WriteLine($"{half}: {results.Count} messages — {SafetyScore.Of(results)}");
        foreach (var group in results.GroupBy(r => r.Message.Language))
        {
            output.WriteLine($"  {group.Key}: {SafetyScore.Of(group)}");
        }

        foreach (var group in results.GroupBy(r => (r.Message.Expected, r.Message.Situation)).OrderByDescending(g => g.Key.Expected))
        {
            var found = group.Count(r => Fits(r.Message.Expected, r.Verdict.Level));
            var byLanguage = string.Join(", ", group.GroupBy(r => r.Message.Language).Select(g => $"{g.Key} {g.Count(r => Fits(r.Message.Expected, r.Verdict.Level))}/{g.Count()}"));
            var alarms = group.Key.Expected == SafetyLevel.Acute
                ? ""
                : $"; false alarms {group.Count(r => r.Verdict.IsAcute)}/{group.Count()}";
            output.WriteLine($"  {group.Key.Expected,-6} {group.Key.Situation,-26} as expected {found}/{group.Count()} ({byLanguage}){alarms}");
        }
    }
}
