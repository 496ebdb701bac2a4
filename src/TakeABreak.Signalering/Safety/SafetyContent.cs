using TakeABreak.Signalering.Safety.SecondReading;

namespace TakeABreak.Signalering.Safety;

/// <summary>The loaded safety content: the detector, its second reading and what the bot says on danger.</summary>
public sealed class SafetyContent
{
    internal SafetyContent(DangerDetector detector, SecondReader secondReader, DisclosureReader disclosureReader, SafetyMessages messages, IEnumerable<string> ruleIds, HappeningNowReply? happeningNow = null)
    {
        Detector = detector;
        SecondReader = secondReader;
        DisclosureReader = disclosureReader;
        Messages = messages;
        HappeningNow = happeningNow;
        RuleIds = ruleIds.Append(SecondReader.ReasonId).Append(DisclosureReader.ReasonId).Concat(happeningNow is null ? [] : [happeningNow.ReasonId]).ToHashSet(StringComparer.Ordinal);
    }

    /// <summary>The rules: what a message tells, and when. Measured alone by the labelled sets.</summary>
    public DangerDetector Detector { get; }

    /// <summary>A model learned from the labelled messages that may raise the detector's verdict to acute.</summary>
    public SecondReader SecondReader { get; }

    /// <summary>A model learned from the labelled messages that may raise a verdict of nothing to a serious disclosure (urgent).</summary>
    public DisclosureReader DisclosureReader { get; }

    /// <summary>
    /// The guard's verdict on a message: the detector's, raised to acute when the second reading finds danger now likely, and
    /// to urgent when nothing found anything and the disclosure reading finds a serious disclosure likely; the detector's danger
    /// now answered as a serious disclosure (with the disclosure reading's answer) when the second reading doubts it. A short reply that
    /// says it is calm ("hij is nu weg", "he is not home right now") is read by the rules alone: the learned readings weigh
    /// words like "nu" and "hij" and would take it for danger now.
    /// </summary>
    public SafetyVerdict Assess(string text)
    {
        var reading = Read(text);
        var read = new ReadText(text);
        if (HappeningNow?.SaysItIsCalm(read.Words) == true)
        {
            return reading.Verdict;
        }

        return reading.Verdict.IsAcute
            ? SecondReader.Doubts(reading, read, DisclosureReader.AnswerId)
            : DisclosureReader.Raise(SecondReader.Raise(reading, read), reading.Found, read);
    }

    /// <summary>
    /// The guard's verdict on a message in a conversation. Before any serious disclosure, as <see cref="Assess(string)"/>.
    /// After one (<paramref name="afterDisclosure"/>) the disclosure reading is not asked (the person was answered, and the
    /// story goes on), and a short reply that says it is happening now is acute
    /// (<see cref="HappeningNow"/>), and one that says it is over or calm ("hij is nu weg") is read by the rules alone: the
    /// second reading, which weighs words like "nu", would ask it whether it is happening now.
    /// </summary>
    public SafetyVerdict Assess(string text, bool afterDisclosure)
    {
        if (!afterDisclosure)
        {
            return Assess(text);
        }

        var reading = Read(text);
        if (HappeningNow is null)
        {
            return SecondReader.Raise(reading, text);
        }

        var rules = reading.Verdict;
        if (rules.IsAcute)
        {
            return rules;
        }

        if (HappeningNow.Read(text) is { IsAcute: true } now)
        {
            return new SafetyVerdict(SafetyLevel.Acute, [.. now.ReasonIds, .. rules.ReasonIds], now.AnswerId, now.Locale);
        }

        return HappeningNow.SaysItIsCalm(text) ? rules : SecondReader.Raise(reading, text);
    }

    /// <summary>The detector's reading, with the parts it found only when the second reading weighs them.</summary>
    private DetectorReading Read(string text) =>
        SecondReader.Model.ReadsParts || DisclosureReader.Model.ReadsParts ? Detector.Read(text) : new DetectorReading(Detector.Assess(text), []);

    /// <summary>A short reply that says the danger told before is happening now; null when rules.yaml does not define it.</summary>
    public HappeningNowReply? HappeningNow { get; }

    public SafetyMessages Messages { get; }

    /// <summary>The ids of the rules in rules.yaml and of the second reading: the reason ids a verdict can give.</summary>
    public IReadOnlySet<string> RuleIds { get; }
}
