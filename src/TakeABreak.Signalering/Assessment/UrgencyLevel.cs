namespace TakeABreak.Signalering.Assessment;

/// <summary>Urgency for follow-up, from low to high. Never a risk score.</summary>
public enum UrgencyLevel
{
    /// <summary>The user mainly wants to know things.</summary>
    Information = 0,

    /// <summary>Talk it through with Moviera or Veilig Thuis.</summary>
    Concern = 1,

    /// <summary>Serious signs: Moviera contacts the user the same working day; Veilig Thuis now.</summary>
    Urgent = 2,

    /// <summary>Danger now: 112.</summary>
    Acute = 3,
}
