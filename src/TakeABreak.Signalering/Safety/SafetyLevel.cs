namespace TakeABreak.Signalering.Safety;

/// <summary>How strongly a message calls for the safety response. Ordered: a higher value is more serious.</summary>
public enum SafetyLevel
{
    /// <summary>Nothing in the message asks for the safety response.</summary>
    None = 0,

    /// <summary>A serious red flag (threat, weapon at home, strangulation in the past, recent separation), but no danger now.</summary>
    Urgent = 1,

    /// <summary>Danger now: the user must be told to call 112 at once.</summary>
    Acute = 2,
}
