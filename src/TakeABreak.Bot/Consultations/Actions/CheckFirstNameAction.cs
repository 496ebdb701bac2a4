using TakeABreak.Bot.Consultations.Finders;
using TakeABreak.Dialogs.Runtime;

namespace TakeABreak.Bot.Consultations.Actions;

/// <summary>
/// Keeps what was typed at "Hoe mag Moviera je noemen?" only when it can be a name. Words that answer something else
/// ("ja versturen", "liever niet", "thanks") or text with digits, an address, a question ("hoe bedoel je?") or many words are not noted, and the person
/// hears so; they can still add a name at the summary. Staff never read "Naam: ja versturen". A moment typed there
/// ("alleen 's avonds na 19 uur") is no name either: it becomes the moment to contact them when none was given yet.
/// </summary>
public sealed class CheckFirstNameAction(IEnumerable<IDialogTextFinder> finders) : IDialogAction
{
    public const string ActionName = "check_first_name";

    private const int MaxWords = 3;
    private const int MaxLength = 40;
    private const string MomentPlaceholder = "{moment}";

    private readonly IDialogTextFinder? _moments = finders.FirstOrDefault(finder => finder.Name == ContactMomentFinder.FinderName);

    public string Name => ActionName;

    public Task RunAsync(DialogActionContext context, CancellationToken cancellationToken)
    {
        var typed = context.Values.GetSingle(ConsultationValues.FirstName);
        if (string.IsNullOrWhiteSpace(typed))
        {
            return Task.CompletedTask;
        }

        var wording = ConsultationWording.For(context);
        if (MomentIn(typed, context) is { } moment)
        {
            context.Values.Remove(ConsultationValues.FirstName);
            context.Values.Set(ConsultationValues.SafeTime, moment);
            context.Say(wording.Text("consultation_first_name_moment_noted").Replace(MomentPlaceholder, moment, StringComparison.Ordinal));
            return Task.CompletedTask;
        }

        var notNames = context.Content.Strings.Phrases("consultation_not_a_name", "nl")
            .Concat(context.Content.Strings.Phrases("consultation_not_a_name", "en"))
            .Select(word => word.ToLowerInvariant())
            .ToHashSet(StringComparer.Ordinal);
        if (!CanBeAName(typed, notNames))
        {
            context.Values.Remove(ConsultationValues.FirstName);
            context.Say(wording.Text("consultation_first_name_not_noted"));
        }

        return Task.CompletedTask;
    }

    /// <summary>The moment in what was typed, when a moment is still wanted: asked for a way Moviera contacts, and none given yet.</summary>
    private string? MomentIn(string typed, DialogActionContext context) =>
        _moments is not null
        && string.IsNullOrWhiteSpace(context.Values.GetSingle(ConsultationValues.SafeTime))
        && context.Values.GetSingle(ConsultationValues.ContactWay) is { } way && way != "self"
            ? _moments.Find(typed, context.Locale, context.Content)
            : null;

    private static bool CanBeAName(string typed, IReadOnlySet<string> notNames)
    {
        var text = typed.Trim();
        if (text.Length > MaxLength || text.Any(c => char.IsDigit(c) || c is '@' or '/' or ':' or '?'))
        {
            return false;
        }

        var words = text.ToLowerInvariant().Split([' ', ',', '.', '!', '?'], StringSplitOptions.RemoveEmptyEntries);
        return words.Length is > 0 and <= MaxWords && !words.All(notNames.Contains);
    }
}
