namespace TakeABreak.Signalering.Consultations.Contact;

/// <summary>
/// The contact address of a professional reached in Teams at the account they chat from: their display name and Entra
/// object id kept together ("Sam de Vries (Entra 0000…)"), so the account can be found. Only the name is ever shown, to
/// the professional in the summary they agree to and to Moviera's staff; never the object id.
/// </summary>
public static class TeamsAccount
{
    private const string Marker = " (Entra ";
    private const string Unnamed = "Entra ";

    public static string Address(string? displayName, string objectId) =>
        string.IsNullOrWhiteSpace(displayName) ? Unnamed + objectId : $"{displayName.Trim()}{Marker}{objectId})";

    /// <summary>The name to show for a Teams contact address; null when Teams sent no name. Any other address is shown as it is.</summary>
    public static string? DisplayName(string? address)
    {
        if (string.IsNullOrWhiteSpace(address) || address.StartsWith(Unnamed, StringComparison.Ordinal))
        {
            return null;
        }

        var marker = address.LastIndexOf(Marker, StringComparison.Ordinal);
        return marker > 0 && address.EndsWith(')') ? address[..marker] : address;
    }
}
