using System.Globalization;
using TakeABreak.Dialogs.Content;
using TakeABreak.Dialogs.Runtime;
using TakeABreak.Signalering.Assessment;

namespace TakeABreak.Bot.Conversation.Suggestions;

/// <summary>
/// "It sounds as if you have also seen this: … Is that right?" — asked only when the language model read signals in what
/// the user typed that the checklist did not take. No question (the step is skipped) when there is nothing to offer.
/// </summary>
/// <remarks>The strings come from the dialog content, which is loaded after the question sources are known; hence lazy.</remarks>
public sealed class SuggestedSignalsQuestion(AssessmentContent assessment, Lazy<DialogContent> content) : IDialogQuestionSource
{
    public const string SourceName = "suggested_signals";
    public const string Yes = "yes";
    public const string No = "no";

    public string Name => SourceName;

    public IReadOnlyList<DialogQuestion> GetQuestions(DialogValues values, string locale)
    {
        var pending = PendingSuggestedSignals.Of(assessment, values);
        if (pending.Count == 0)
        {
            return [];
        }

        var strings = content.Value.Strings;
        var labels = pending.Select(signal => signal.Label.In(locale).ToLower(CultureInfo.GetCultureInfo(locale))).ToList();
        var prompt = strings.Text("suggested_signals_prompt", locale).Replace("{signals}", Listed(labels, strings.Text("suggested_signals_and", locale)), StringComparison.Ordinal);
        return
        [
            new DialogQuestion(SourceName, prompt,
            [
                Option(strings, Yes, "suggested_signals_yes", locale),
                Option(strings, No, "suggested_signals_no", locale),
            ]),
        ];
    }

    private static DialogOption Option(LocalizedStrings strings, string id, string stringId, string locale) =>
        new(id, strings.Text(stringId, locale), [.. strings.Phrases($"{stringId}_also", "nl"), .. strings.Phrases($"{stringId}_also", "en")]);

    private static string Listed(IReadOnlyList<string> items, string and) =>
        items.Count == 1 ? items[0] : $"{string.Join(", ", items.Take(items.Count - 1))} {and} {items[^1]}";
}
