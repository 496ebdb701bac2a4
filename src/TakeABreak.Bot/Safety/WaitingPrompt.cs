using TakeABreak.Dialogs.Content;

namespace TakeABreak.Bot.Safety;

/// <summary>
/// The question the conversation waits on, as far as the safety guard needs it: what kind of answer it takes and the
/// buttons or checklist options it offers (ids and labels), so a button press is not read as something the user wrote.
/// </summary>
public sealed record WaitingPrompt(PromptKind Kind, IReadOnlyList<string> OptionIds, IReadOnlyList<string> Labels, string? ChecklistKey)
{
    /// <summary>Words besides the labels that still make typed text an answer.</summary>
    public const int MaxOtherWords = 2;

    /// <summary>Free text: whatever the user writes is the answer, so the dialog takes the message after the guard answered.</summary>
    public bool TakesFreeText => Kind == PromptKind.Text;

    /// <summary>Whether the text is exactly one of the labels or option ids (any case, outer spaces ignored).</summary>
    public bool IsOption(string text)
    {
        var trimmed = text.Trim();
        return Labels.Any(label => string.Equals(label.Trim(), trimmed, StringComparison.OrdinalIgnoreCase))
            || OptionIds.Contains(trimmed, StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>
    /// Whether typed text answers the question with its own options: part of one label ("andere bedreigingen" for
    /// "Ja, andere bedreigingen"), or labels with at most <see cref="MaxOtherWords"/> other words ("ja", "en").
    /// Such an answer to the bot's own question about threats is no new disclosure.
    /// </summary>
    public bool IsAnswer(string text)
    {
        var typed = Words(text);
        if (typed.Length == 0)
        {
            return false;
        }

        var labels = Labels.Select(Words).Where(label => label.Length > 0).OrderByDescending(label => label.Length).ToList();
        if (labels.Any(label => $" {label} ".Contains($" {typed} ", StringComparison.Ordinal)))
        {
            return true;
        }

        var rest = $" {typed} ";
        var found = false;
        foreach (var label in labels)
        {
            if (rest.Contains($" {label} ", StringComparison.Ordinal))
            {
                rest = rest.Replace($" {label} ", "  ", StringComparison.Ordinal);
                found = true;
            }
        }

        return found && rest.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length <= MaxOtherWords;
    }

    private static string Words(string text) =>
        string.Join(' ', new string([.. text.ToLowerInvariant().Select(c => char.IsLetterOrDigit(c) ? c : ' ')])
            .Split(' ', StringSplitOptions.RemoveEmptyEntries));

    /// <summary>Whether a value of a submitted card is one this prompt put there: its checklist key, or option ids separated by commas.</summary>
    public bool IsCardValue(string value) =>
        (ChecklistKey is not null && string.Equals(value, ChecklistKey, StringComparison.Ordinal))
        || value.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries) is { Length: > 0 } ids
            && ids.All(id => OptionIds.Contains(id, StringComparer.Ordinal))
        || IsOption(value);
}
