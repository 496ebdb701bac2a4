namespace TakeABreak.Signalering.Safety.SecondReading;

/// <summary>
/// The guard's second reading: where the detector's rules do not see danger now, a model learned from the labelled
/// messages may still find it likely. It asks less when the rules found a serious disclosure without placing it in time
/// (<see cref="DisclosureThreshold"/>) than when they found nothing (<see cref="Threshold"/>). It can only raise a verdict
/// to acute, never lower one, and its answer (<see cref="AnswerId"/>) asks whether it is happening now and says to call
/// 112 if so, because the model cannot say which part of the text made it think so.
/// </summary>
public sealed class SecondReader
{
    /// <summary>The reason id of a verdict the second reading raised; the rules' reasons follow it.</summary>
    public const string ReasonId = "second_reading";

    public SecondReader(SecondReadingModel model, double threshold, double disclosureThreshold, string answerId)
    {
        Model = model ?? throw new ArgumentNullException(nameof(model));
        Threshold = threshold;
        DisclosureThreshold = disclosureThreshold;
        AnswerId = answerId ?? throw new ArgumentNullException(nameof(answerId));
    }

    public SecondReadingModel Model { get; }

    /// <summary>The probability a text needs to be read as danger now when the rules found nothing in it.</summary>
    public double Threshold { get; }

    /// <summary>The probability a text needs to be read as danger now when the rules found a serious disclosure (urgent).</summary>
    public double DisclosureThreshold { get; }

    public string AnswerId { get; }

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
}
