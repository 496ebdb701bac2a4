namespace TakeABreak.Signalering.Consultations.Contact;

/// <summary>
/// How and when Moviera may contact the person. Personal data: stored encrypted, never logged, erased after retention.
/// </summary>
/// <param name="Address">The validated phone number, e-mail address or Teams name; null when the person contacts Moviera.</param>
/// <param name="SafeTime">When it is safe to contact them, in their own words (optional).</param>
/// <param name="OthersMaySee">Whether someone else may see their phone or mail; null when not asked (not about themselves).</param>
/// <param name="FirstName">Optional first name.</param>
public sealed record ContactDetails(ContactWay Way, string? Address, string? SafeTime, bool? OthersMaySee, string? FirstName)
{
    /// <summary>Never the details themselves, so a record that ends up in a log or exception shows no personal data.</summary>
    public override string ToString() => $"{Way.ToId()} (details hidden)";
}
