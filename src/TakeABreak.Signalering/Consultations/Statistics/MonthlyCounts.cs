namespace TakeABreak.Signalering.Consultations.Statistics;

/// <summary>
/// Anonymous counts per month for Moviera's reporting: only how often, never who. Kept after requests are erased.
/// </summary>
public sealed class MonthlyCounts
{
    public string Month { get; set; } = string.Empty;

    public long ConversationsStarted { get; set; }

    public Dictionary<string, long> Audiences { get; set; } = new(StringComparer.Ordinal);

    public Dictionary<string, long> PersonTypes { get; set; } = new(StringComparer.Ordinal);

    public Dictionary<string, long> Urgencies { get; set; } = new(StringComparer.Ordinal);

    public long Consultations { get; set; }

    public long Claimed { get; set; }

    public double MinutesToClaimTotal { get; set; }

    public Dictionary<string, long> Outcomes { get; set; } = new(StringComparer.Ordinal);

    /// <summary>How often each "was this helpful?" mark 1–5 was given (index 0 is mark 1).</summary>
    public long[] FeedbackMarks { get; set; } = new long[5];

    public double? AverageMinutesToClaim => Claimed == 0 ? null : MinutesToClaimTotal / Claimed;

    public static string MonthOf(DateTimeOffset moment) => moment.UtcDateTime.ToString("yyyy-MM", System.Globalization.CultureInfo.InvariantCulture);

    public static MonthlyCounts For(DateTimeOffset moment) => new() { Month = MonthOf(moment) };

    public void CountConversation(string? audience, IEnumerable<string> personTypes, string? urgency)
    {
        ConversationsStarted++;
        Increment(Audiences, audience);
        foreach (var personType in personTypes.Distinct(StringComparer.Ordinal))
        {
            Increment(PersonTypes, personType);
        }

        Increment(Urgencies, urgency);
    }

    public void CountConsultation() => Consultations++;

    public void CountClaim(TimeSpan timeToClaim)
    {
        Claimed++;
        MinutesToClaimTotal += Math.Max(0, timeToClaim.TotalMinutes);
    }

    public void CountOutcome(ConsultationOutcome outcome) => Increment(Outcomes, outcome.ToId());

    /// <summary>A request the person withdrew, counted with the outcomes.</summary>
    public void CountWithdrawal() => Increment(Outcomes, WithdrawnId);

    public const string WithdrawnId = "withdrawn";

    public void CountFeedback(int mark)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(mark, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(mark, 5);
        if (FeedbackMarks.Length != 5)
        {
            FeedbackMarks = [.. FeedbackMarks, .. new long[Math.Max(0, 5 - FeedbackMarks.Length)]];
        }

        FeedbackMarks[mark - 1]++;
    }

    private static void Increment(Dictionary<string, long> counts, string? id)
    {
        if (!string.IsNullOrWhiteSpace(id))
        {
            counts[id] = counts.GetValueOrDefault(id) + 1;
        }
    }
}
