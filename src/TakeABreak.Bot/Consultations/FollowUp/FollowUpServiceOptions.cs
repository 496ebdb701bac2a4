namespace TakeABreak.Bot.Consultations.FollowUp;

public sealed class FollowUpServiceOptions
{
    public const string SectionName = "Consultations:FollowUp";

    /// <summary>How often reminders, escalations and retention are checked. Default: 1 minute.</summary>
    public TimeSpan Interval { get; set; } = TimeSpan.FromMinutes(1);
}
