namespace TakeABreak.Signalering.Consultations;

/// <summary>How a closed consultation request ended.</summary>
public enum ConsultationOutcome
{
    AdviceGiven,
    ReferredToVeiligThuis,
    ReferredToBuurtteam,
    TakeABreakIntake,
    NoContactPossible,
    Other,
}

/// <summary>The lower_snake ids of <see cref="ConsultationOutcome"/> used in the API, the staff page and the counts.</summary>
public static class ConsultationOutcomeIds
{
    public static IReadOnlyList<ConsultationOutcome> All { get; } = Enum.GetValues<ConsultationOutcome>();

    public static string ToId(this ConsultationOutcome outcome) => outcome switch
    {
        ConsultationOutcome.AdviceGiven => "advice_given",
        ConsultationOutcome.ReferredToVeiligThuis => "referred_to_veilig_thuis",
        ConsultationOutcome.ReferredToBuurtteam => "referred_to_buurtteam",
        ConsultationOutcome.TakeABreakIntake => "take_a_break_intake",
        ConsultationOutcome.NoContactPossible => "no_contact_possible",
        ConsultationOutcome.Other => "other",
        _ => throw new ArgumentOutOfRangeException(nameof(outcome), outcome, "Not an outcome."),
    };

    public static bool TryParse(string? id, out ConsultationOutcome outcome)
    {
        foreach (var candidate in All)
        {
            if (candidate.ToId() == id)
            {
                outcome = candidate;
                return true;
            }
        }

        outcome = default;
        return false;
    }
}
