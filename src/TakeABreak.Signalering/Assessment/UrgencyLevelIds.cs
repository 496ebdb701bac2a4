namespace TakeABreak.Signalering.Assessment;

/// <summary>The lower_snake ids content uses for <see cref="UrgencyLevel"/>.</summary>
public static class UrgencyLevelIds
{
    public static string ToId(this UrgencyLevel level) => level switch
    {
        UrgencyLevel.Information => "information",
        UrgencyLevel.Concern => "concern",
        UrgencyLevel.Urgent => "urgent",
        UrgencyLevel.Acute => "acute",
        _ => throw new ArgumentOutOfRangeException(nameof(level), level, "Not an urgency level."),
    };

    /// <summary>False for anything but information, concern, urgent, acute.</summary>
    public static bool TryParse(string? id, out UrgencyLevel level)
    {
        var known = id is "information" or "concern" or "urgent" or "acute";
        level = known ? Parse(id!) : UrgencyLevel.Information;
        return known;
    }

    /// <exception cref="ArgumentException">The id is not one of information, concern, urgent, acute.</exception>
    public static UrgencyLevel Parse(string id) => id switch
    {
        "information" => UrgencyLevel.Information,
        "concern" => UrgencyLevel.Concern,
        "urgent" => UrgencyLevel.Urgent,
        "acute" => UrgencyLevel.Acute,
        _ => throw new ArgumentException($"Unknown urgency level '{id}': use information, concern, urgent or acute.", nameof(id)),
    };
}
