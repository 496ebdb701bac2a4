using TakeABreak.Signalering.Safety;
using Xunit.Abstractions;

namespace TakeABreak.Signalering.Tests.Safety;

/// <summary>The guard against the hand-written table in acute-danger-cases.yaml.</summary>
public sealed class DangerDetectorTableTests(SafetyContentFixture fixture, ITestOutputHelper output) : IClassFixture<SafetyContentFixture>
{
    private const double MinimumAcuteRecall = 0.97;
    private const double MaximumFalseAlarmRate = 0.05;

    [Fact]
    public void The_table_has_at_least_60_Dutch_and_30_English_messages_with_acute_and_other_cases()
    {
        Assert.True(AcuteDangerCase.All.Count(c => c.Lang == "nl") >= 60);
        Assert.True(AcuteDangerCase.All.Count(c => c.Lang == "en") >= 30);
        Assert.All(["nl", "en"], lang =>
            Assert.All(Enum.GetValues<SafetyLevel>(), level =>
                Assert.Contains(AcuteDangerCase.All, c => c.Lang == lang && c.ExpectedLevel == level)));
    }

    [Fact]
    public void Acute_danger_is_recognised_with_high_recall_and_few_false_alarms()
    {
        var results = AcuteDangerCase.All
            .Select(c => (Case: c, Verdict: fixture.Detector.Assess(c.Text)))
            .ToList();

        var acute = results.Where(r => r.Case.ExpectedLevel == SafetyLevel.Acute).ToList();
        var notAcute = results.Where(r => r.Case.ExpectedLevel != SafetyLevel.Acute).ToList();
        var recall = (double)acute.Count(r => r.Verdict.Level == SafetyLevel.Acute) / acute.Count;
        var falseAlarmRate = (double)notAcute.Count(r => r.Verdict.Level == SafetyLevel.Acute) / notAcute.Count;
        var exact = (double)results.Count(r => r.Verdict.Level == r.Case.ExpectedLevel) / results.Count;

        output.WriteLine($"cases: {results.Count} (nl {results.Count(r => r.Case.Lang == "nl")}, en {results.Count(r => r.Case.Lang == "en")})");
        output.WriteLine($"acute recall: {recall:P1} of {acute.Count}; false alarms: {falseAlarmRate:P1} of {notAcute.Count}; exact level: {exact:P1}");
        foreach (var (@case, verdict) in results.Where(r => r.Verdict.Level != r.Case.ExpectedLevel))
        {
            output.WriteLine($"  expected {@case.Expect,-6} got {verdict}: \"{@case.Text}\"");
        }

        Assert.True(recall >= MinimumAcuteRecall, $"acute recall {recall:P1} is below {MinimumAcuteRecall:P0}");
        Assert.True(falseAlarmRate <= MaximumFalseAlarmRate, $"false-alarm rate {falseAlarmRate:P1} is above {MaximumFalseAlarmRate:P0}");
    }
}
