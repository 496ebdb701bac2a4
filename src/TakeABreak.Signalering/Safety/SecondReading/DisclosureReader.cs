namespace TakeABreak.Signalering.Safety.SecondReading;

/// <summary>
/// The guard's reading of serious disclosures: where neither the rules nor the second reading find anything, a model
/// learned from the labelled messages (serious, acute or urgent, against nothing serious) may still find a serious
/// disclosure likely ("ik krijg 20 euro per week van hem en moet elk bonnetje laten zien"). It raises only a verdict of
/// nothing, and only to urgent: the person is acknowledged and given Veilig Thuis, and the conversation goes on. Its answer
/// (<see cref="AnswerId"/>) says what is serious rather than that this is, because the model cannot say which words made
/// it think so.
/// </summary>
public sealed class DisclosureReader
{
    /// <summary>The reason id of a verdict this reading raised.</summary>
    public const string ReasonId = "disclosure_reading";

    public DisclosureReader(SecondReadingModel model, double threshold, string answerId)
    {
        Model = model ?? throw new ArgumentNullException(nameof(model));
        Threshold = threshold;
        AnswerId = answerId ?? throw new ArgumentNullException(nameof(answerId));
    }

    public SecondReadingModel Model { get; }

    /// <summary>The probability a text needs to be read as a serious disclosure when nothing else found anything in it.</summary>
    public double Threshold { get; }

    public string AnswerId { get; }

    /// <summary>The verdict, raised to urgent when it found nothing and the model finds a serious disclosure likely enough.</summary>
    public SafetyVerdict Raise(SafetyVerdict verdict, IReadOnlyList<FoundConcept> found, string text) => Raise(verdict, found, new ReadText(text));

    /// <inheritdoc cref="Raise(SafetyVerdict, IReadOnlyList{FoundConcept}, string)"/>
    public SafetyVerdict Raise(SafetyVerdict verdict, IReadOnlyList<FoundConcept> found, ReadText text)
    {
        ArgumentNullException.ThrowIfNull(verdict);
        return verdict.Level != SafetyLevel.None || Model.Probability(text, found) < Threshold
            ? verdict
            : new SafetyVerdict(SafetyLevel.Urgent, [ReasonId], AnswerId, verdict.Locale);
    }
}
