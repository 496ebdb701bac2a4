using TakeABreak.Signalering.Safety;

namespace TakeABreak.Signalering.Tests.Safety.Labelled;

/// <summary>How a group of labelled messages was judged: acute recall, at-least-urgent recall and false alarms.</summary>
public sealed record SafetyScore(int Acute, int AcuteFound, int Urgent, int UrgentFound, int NotAcute, int FalseAlarms, int None, int NoneRaised)
{
    public double AcuteRecall => Acute == 0 ? 1 : (double)AcuteFound / Acute;

    /// <summary>Urgent messages judged urgent or acute.</summary>
    public double UrgentRecall => Urgent == 0 ? 1 : (double)UrgentFound / Urgent;

    /// <summary>Messages that are not acute (urgent or none) judged acute.</summary>
    public double FalseAlarmRate => NotAcute == 0 ? 0 : (double)FalseAlarms / NotAcute;

    /// <summary>Messages labelled none that got any safety answer.</summary>
    public double NoneRaisedRate => None == 0 ? 0 : (double)NoneRaised / None;

    public static SafetyScore Of(IEnumerable<(LabelledMessage Message, SafetyVerdict Verdict)> results)
    {
        var list = results.ToList();
        return new SafetyScore(
            list.Count(r => r.Message.Expected == SafetyLevel.Acute),
            list.Count(r => r.Message.Expected == SafetyLevel.Acute && r.Verdict.Level == SafetyLevel.Acute),
            list.Count(r => r.Message.Expected == SafetyLevel.Urgent),
            list.Count(r => r.Message.Expected == SafetyLevel.Urgent && r.Verdict.Level >= SafetyLevel.Urgent),
            list.Count(r => r.Message.Expected != SafetyLevel.Acute),
            list.Count(r => r.Message.Expected != SafetyLevel.Acute && r.Verdict.Level == SafetyLevel.Acute),
            list.Count(r => r.Message.Expected == SafetyLevel.None),
            list.Count(r => r.Message.Expected == SafetyLevel.None && r.Verdict.Level != SafetyLevel.None));
    }

    public override string ToString() =>
        $"acute recall {AcuteFound}/{Acute} = {AcuteRecall:P1}; urgent as ≥urgent {UrgentFound}/{Urgent} = {UrgentRecall:P1}; " +
        $"false alarms (acute on not-acute) {FalseAlarms}/{NotAcute} = {FalseAlarmRate:P1}; none raised to any level {NoneRaised}/{None} = {NoneRaisedRate:P1}";
}
