namespace TakeABreak.Signalering.Consultations;

/// <summary>Where a consultation request is: new → claimed → closed.</summary>
public enum ConsultationStatus
{
    New,
    Claimed,
    Closed,
}
