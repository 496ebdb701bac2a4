namespace TakeABreak.Signalering.Consultations;

/// <summary>
/// Where a consultation request is: new → claimed → closed. The person may withdraw it while it is new or claimed
/// (withdrawn is final: nobody contacts them, and what they told is erased at once).
/// </summary>
public enum ConsultationStatus
{
    New,
    Claimed,
    Closed,
    Withdrawn,
}
