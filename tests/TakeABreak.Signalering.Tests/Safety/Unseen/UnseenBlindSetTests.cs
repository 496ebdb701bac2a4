using Xunit.Abstractions;
using TakeABreak.Signalering.Safety;
using TakeABreak.Signalering.Tests.Safety.Labelled;

namespace TakeABreak.Signalering.Tests.Safety.Unseen;

/// <summary>
/// The eighteenth blind set (260 messages: acute 100, urgent 100, not acute 60), written in session 17 by a helper who read
/// none of the guard's content or sets, and kept out of Labelled/ so the second reading never learned it. Measured on main
/// before round 24 and after it, with the same counts for the rules: acute 79/100 (nl 39, en 40), urgent as at least urgent
/// 81 → 82/100, false alarms 12/160; with the second reading acute 93/100, false alarms 13 → 14/160. The floors are those
/// numbers; it prints counts only, never messages. The nineteenth blind set (280: acute 100, urgent 90, not acute 90), written in
/// session 18 by another helper who read none of the guard's content or sets, measured on main before any work of that session:
/// rules acute 80/100 (nl 40, en 40), urgent as at least urgent 61/90, false alarms 9/180; with the second reading acute 88/100,
/// false alarms 10/180.
/// </summary>
public sealed class UnseenBlindSetTests(SafetyContentFixture fixture, ITestOutputHelper output) : IClassFixture<SafetyContentFixture>
{
    [Fact]
    public void The_eighteenth_blind_set_is_not_learned_by_the_second_reading()
    {
        Assert.DoesNotContain(
            LabelledSafetyMessages.EveryFile(),
            message => message.FileName == LabelledSafetyMessages.EighteenthBlindFileName);
        Assert.Equal(260, LabelledSafetyMessages.EighteenthBlind.Count);
    }

    [Fact]
    public void The_rules_stay_above_what_they_measured_on_the_eighteenth_blind_set()
    {
        var score = Score(message => fixture.Detector.Assess(message.Text));

        Assert.True(score.AcuteFound >= 79, $"acute {score.AcuteFound}/{score.Acute}, floor 79");
        Assert.True(score.UrgentFound >= 82, $"urgent as at least urgent {score.UrgentFound}/{score.Urgent}, floor 82");
        Assert.True(score.FalseAlarms <= 12, $"false alarms {score.FalseAlarms}/{score.NotAcute}, at most 12");
    }

    [Fact]
    public void The_guard_with_its_second_reading_stays_above_what_it_measured_on_the_eighteenth_blind_set()
    {
        var score = Score(message => fixture.Content.Assess(message.Text));

        Assert.True(score.AcuteFound >= 93, $"acute {score.AcuteFound}/{score.Acute}, floor 93");
        Assert.True(score.FalseAlarms <= 14, $"false alarms {score.FalseAlarms}/{score.NotAcute}, at most 14");
    }

    [Fact]
    public void The_nineteenth_blind_set_is_not_learned_by_the_second_reading()
    {
        Assert.DoesNotContain(
            LabelledSafetyMessages.EveryFile(),
            message => message.FileName == LabelledSafetyMessages.NineteenthBlindFileName);
        Assert.Equal(280, LabelledSafetyMessages.NineteenthBlind.Count);
    }

    [Fact]
    public void The_rules_stay_above_what_they_measured_on_the_nineteenth_blind_set()
    {
        var score = Score(message => fixture.Detector.Assess(message.Text), LabelledSafetyMessages.NineteenthBlind);

        Assert.True(score.AcuteFound >= 80, $"acute {score.AcuteFound}/{score.Acute}, floor 80");
        Assert.True(score.UrgentFound >= 61, $"urgent as at least urgent {score.UrgentFound}/{score.Urgent}, floor 61");
        Assert.True(score.FalseAlarms <= 9, $"false alarms {score.FalseAlarms}/{score.NotAcute}, at most 9");
    }

    [Fact]
    public void The_guard_with_its_second_reading_stays_above_what_it_measured_on_the_nineteenth_blind_set()
    {
        var score = Score(message => fixture.Content.Assess(message.Text), LabelledSafetyMessages.NineteenthBlind);

        Assert.True(score.AcuteFound >= 88, $"acute {score.AcuteFound}/{score.Acute}, floor 88");
        Assert.True(score.FalseAlarms <= 10, $"false alarms {score.FalseAlarms}/{score.NotAcute}, at most 10");
    }

    private SafetyScore Score(Func<LabelledMessage, SafetyVerdict> judge, IReadOnlyList<LabelledMessage>? set = null)
    {
        var results = (set ?? LabelledSafetyMessages.EighteenthBlind).Select(message => (message, judge(message))).ToList();
        foreach (var language in new[] { "nl", "en" })
        {
            var part = SafetyScore.Of(results.Where(result => result.message.Language == language));
            output.WriteLine($"{language}: acute {part.AcuteFound}/{part.Acute}, urgent as at least urgent {part.UrgentFound}/{part.Urgent}, false alarms {part.FalseAlarms}/{part.NotAcute}");
        }

        return SafetyScore.Of(results);
    }
}
