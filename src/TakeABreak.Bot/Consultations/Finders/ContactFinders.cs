using TakeABreak.Dialogs.Content;
using TakeABreak.Dialogs.Runtime;
using TakeABreak.Signalering.Consultations.Contact;

namespace TakeABreak.Bot.Consultations.Finders;

/// <summary>A phone number inside a message ("ja, bel me op 06 1234 5678"), for the question "Wat is je telefoonnummer?".</summary>
public sealed class PhoneNumberFinder : IDialogTextFinder
{
    public const string FinderName = "phone_number";

    public string Name => FinderName;

    public string? Find(string text, string locale, DialogContent content) => PhoneNumber.Find(text);
}

/// <summary>An e-mail address inside a message ("mail naar j.jansen@school.nl"), for the question "Wat is je e-mailadres?".</summary>
public sealed class EmailAddressFinder : IDialogTextFinder
{
    public const string FinderName = "email_address";

    public string Name => FinderName;

    public string? Find(string text, string locale, DialogContent content) => EmailAddress.Find(text);
}

/// <summary>
/// When someone can be reached, inside a message ("0612345678, na 6 uur"), for the question when Moviera may contact
/// them. The words that say when are content (<c>consultation_moment_*</c> in dialogs/strings/consultation.yaml).
/// </summary>
public sealed class ContactMomentFinder : IDialogTextFinder
{
    public const string FinderName = "contact_moment";

    private const string MomentWords = "consultation_moment_words";
    private const string BeforeNumberWords = "consultation_moment_before_number";
    private const string LeadWords = "consultation_moment_lead_words";
    private const string TrailingWords = "consultation_moment_trailing_words";
    private const string NoMomentPhrases = "consultation_moment_not_phrases";

    private readonly System.Runtime.CompilerServices.ConditionalWeakTable<DialogContent, System.Collections.Concurrent.ConcurrentDictionary<string, ContactMoment>> _moments = new();

    public string Name => FinderName;

    public string? Find(string text, string locale, DialogContent content) =>
        _moments.GetValue(content, _ => new(StringComparer.Ordinal))
            .GetOrAdd(locale, key => new ContactMoment(Phrases(content, MomentWords, key), Phrases(content, BeforeNumberWords, key), Phrases(content, LeadWords, key), Phrases(content, TrailingWords, key), Phrases(content, NoMomentPhrases, key)))
            .Find(text);

    private static IReadOnlyList<string> Phrases(DialogContent content, string id, string locale) =>
        content.Strings.Contains(id) ? content.Strings.Phrases(id, locale) : [];
}
