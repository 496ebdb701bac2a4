namespace TakeABreak.Signalering.Consultations.Rules;

/// <summary>How soon requests must be claimed and how long personal data is kept (configuration section "Consultations:Rules").</summary>
public sealed class FollowUpRulesOptions
{
    public const string SectionName = "Consultations:Rules";

    /// <summary>An urgent (or acute) request not claimed after this much time raises a reminder. Default: 30 minutes.</summary>
    public TimeSpan UrgentClaimWithin { get; set; } = TimeSpan.FromMinutes(30);

    /// <summary>A request of lower urgency not claimed after this many working hours raises a reminder. Default: 4 hours.</summary>
    public TimeSpan OtherClaimWithinWorkingHours { get; set; } = TimeSpan.FromHours(4);

    /// <summary>An urgent request still not claimed after this much time is escalated. Default: 2 hours.</summary>
    public TimeSpan UrgentEscalateAfter { get; set; } = TimeSpan.FromHours(2);

    /// <summary>Any other request still not claimed after this many working hours is escalated. Default: 16 hours (two working days).</summary>
    public TimeSpan OtherEscalateAfterWorkingHours { get; set; } = TimeSpan.FromHours(16);

    /// <summary>Contact details and free text are erased this long after closing. Default: 90 days.</summary>
    public TimeSpan ErasePersonalDataAfterClosing { get; set; } = TimeSpan.FromDays(90);

    /// <summary>Start of a working day, Dutch time. Default: 09:00.</summary>
    public TimeOnly WorkingDayStart { get; set; } = new(9, 0);

    /// <summary>End of a working day, Dutch time. Default: 17:00.</summary>
    public TimeOnly WorkingDayEnd { get; set; } = new(17, 0);
}
