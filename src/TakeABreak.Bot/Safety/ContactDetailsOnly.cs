using TakeABreak.Dialogs.Content;
using TakeABreak.Signalering.Consultations.Contact;

namespace TakeABreak.Bot.Safety;

/// <summary>
/// A message that only gives a phone number or an e-mail address ("my new number is 06 12345678", "mail me liever op
/// sanne@example.org"): the number or address, and otherwise only words of <see cref="WordsId"/> (content: "mijn",
/// "nieuwe", "nummer", "bel", "me", "op"). Such a message tells how to be reached, not something that happened: the guard's
/// urgent reading of it ("new number" is also how stalking is told) is not answered. Danger now always is.
/// </summary>
public static class ContactDetailsOnly
{
    /// <summary>The content string (dialogs/strings/consultation.yaml) with the words that may stand next to the details.</summary>
    public const string WordsId = "consultation_contact_details_words";

    public static bool Holds(string text, DialogContent content)
    {
        ArgumentNullException.ThrowIfNull(content);
        if (string.IsNullOrWhiteSpace(text) || !content.Strings.Contains(WordsId))
        {
            return false;
        }

        var found = TypedContact.Find(text);
        if (found is null)
        {
            return false;
        }

        var rest = text.Replace(found, " ", StringComparison.Ordinal);
        var words = new string([.. rest.ToLowerInvariant().Select(c => char.IsLetterOrDigit(c) ? c : ' ')])
            .Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var allowed = content.Locales.SelectMany(locale => content.Strings.Phrases(WordsId, locale))
            .Select(word => word.Trim().ToLowerInvariant())
            .ToHashSet(StringComparer.Ordinal);
        return words.All(allowed.Contains);
    }
}
