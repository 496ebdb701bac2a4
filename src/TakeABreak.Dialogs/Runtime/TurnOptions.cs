using TakeABreak.Dialogs.Content;
using TakeABreak.Dialogs.Recognition;

namespace TakeABreak.Dialogs.Runtime;

/// <summary>The options and questions a prompt offers in this turn (its values and locale), the yes and no a confirm reads, and phrases content may leave out.</summary>
internal sealed class TurnOptions(DialogContent content, DialogExtensionRegistry extensions, QuestionOptions options)
{
    public IReadOnlyList<DialogOption> Options(Turn turn, PromptDefinition prompt) => options.Of(prompt, turn.Values, turn.Locale);

    public IReadOnlyList<DialogQuestion> Questions(Turn turn, PromptDefinition prompt) =>
        extensions.QuestionSource(prompt.Source!).GetQuestions(turn.Values, turn.Locale);

    public List<RecognizableOption> YesNo(Turn turn) =>
    [
        new("yes", [.. content.Strings.Phrases(EngineStrings.Yes, turn.Locale), .. options.AllPhrases(EngineStrings.Yes)]),
        new("no", [.. content.Strings.Phrases(EngineStrings.No, turn.Locale), .. options.AllPhrases(EngineStrings.No), .. Optional(EngineStrings.DeclinedYesNo)]),
    ];

    public IReadOnlyList<string> Optional(string stringId) => content.Strings.Contains(stringId) ? options.AllPhrases(stringId) : [];
}
