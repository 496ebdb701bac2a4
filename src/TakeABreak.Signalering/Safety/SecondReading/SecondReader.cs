namespace TakeABreak.Signalering.Safety.SecondReading;

/// <summary>
/// The guard's second reading: where the detector's rules do not see danger now, a model learned from the labelled
/// messages may still find it likely. It asks less when the rules found a serious disclosure without placing it in time
/// (<see cref="DisclosureThreshold"/>) than when they found nothing (<see cref="Threshold"/>). It raises a verdict only
/// to acute, and its answer (<see cref="AnswerId"/>) asks whether it is happening now and says to call
/// 112 if so, because the model cannot say which part of the text made it think so. The other way round it only doubts:
/// where the rules see danger now with the general answer (call 112) and the model finds danger now all but impossible
/// (below <see cref="DoubtThreshold"/>: a game, a sport, a joke, a story told afterwards), the guard answers as for a
/// serious disclosure instead (<see cref="Doubts"/>), which still says to call 112 if there is danger now. It never doubts
/// an answer of its own kind (a threat to one's own life keeps its answer).
/// </summary>
public sealed class SecondReader
{
    /// <summary>The reason id of a verdict the second reading raised; the rules' reasons follow it.</summary>
    public const string ReasonId = "second_reading";

    /// <summary>The reason id of a verdict the second reading lowered from acute; the rules' reasons follow it.</summary>
    public const string DoubtReasonId = "second_reading_doubts";

    public SecondReader(SecondReadingModel model, double threshold, double disclosureThreshold, string answerId, double doubtThreshold = 0)
    {
        Model = model ?? throw new ArgumentNullException(nameof(model));
        Threshold = threshold;
        DisclosureThreshold = disclosureThreshold;
        AnswerId = answerId ?? throw new ArgumentNullException(nameof(answerId));
        DoubtThreshold = doubtThreshold;
    }

    public SecondReadingModel Model { get; }

    /// <summary>The probability a text needs to be read as danger now when the rules found nothing in it.</summary>
    public double Threshold { get; }

    /// <summary>The probability a text needs to be read as danger now when the rules found a serious disclosure (urgent).</summary>
    public double DisclosureThreshold { get; }

    public string AnswerId { get; }

    /// <summary>
    /// The probability below which the rules' danger now with the general answer is doubted and answered as a serious
    /// disclosure; 0 never doubts.
    /// </summary>
    public double DoubtThreshold { get; }

    /// <summary>The detector's verdict on the text, raised to acute when the model finds danger now likely enough.</summary>
    public SafetyVerdict Raise(DetectorReading reading, string text) => Raise(reading, new ReadText(text));

    /// <inheritdoc cref="Raise(DetectorReading, string)"/>
    public SafetyVerdict Raise(DetectorReading reading, ReadText text)
    {
        ArgumentNullException.ThrowIfNull(reading);
        var detected = reading.Verdict;
        if (detected.IsAcute)
        {
            return detected;
        }

        var needed = detected.Level == SafetyLevel.Urgent ? DisclosureThreshold : Threshold;
        return Model.Probability(text, reading.Found) < needed
            ? detected
            : new SafetyVerdict(SafetyLevel.Acute, [ReasonId, .. detected.ReasonIds], AnswerId, detected.Locale);
    }

    /// <summary>
    /// The detector's acute verdict lowered to a serious disclosure with <paramref name="answerId"/> when the model finds danger
    /// now all but impossible; every other verdict as it is.
    /// </summary>
    public SafetyVerdict Doubts(DetectorReading reading, ReadText text, string answerId)
    {
        ArgumentNullException.ThrowIfNull(reading);
        var detected = reading.Verdict;
        if (!detected.IsAcute || DoubtThreshold <= 0 || detected.AnswerId is not (null or SafetyMessages.AcuteDanger))
        {
            return detected;
        }

        return Model.Probability(text, reading.Found) >= DoubtThreshold
            ? detected
            : new SafetyVerdict(SafetyLevel.Urgent, [DoubtReasonId, .. detected.ReasonIds], answerId, detected.Locale);
    }
}
