namespace TakeABreak.Bot.Consultations.FollowUp;

/// <summary>What one follow-up pass did (counts only).</summary>
public sealed record FollowUpReport(int Reminders, int Escalations, int Erasures);
