using TakeABreak.Dialogs.Content;
using TakeABreak.Dialogs.Recognition;

namespace TakeABreak.Dialogs.Runtime;

/// <summary>
/// Which interruption in conversation.yaml a message asks for (stop, a person, a language, a question, small talk).
/// </summary>
public sealed class InterruptionLookup(DialogContent content)
{
    /// <summary>
    /// The interruption a message asks for. The whole message as a phrase always counts; a phrase inside a longer
    /// message counts first only for interruptions that win over answers (stop, restart, a person, a language), and
    /// for the others (information questions) only when the message answered nothing (<paramref name="withinText"/>).
    /// At a free-text question (<paramref name="atFreeText"/>) only the whole message counts.
    /// </summary>
    public InterruptionDefinition? Find(string? text, bool withinText, bool atFreeText = false) =>
        content.Interruptions.FirstOrDefault(interruption =>
            AnswerRecognizer.MatchesPhrase(text, AllPhrases(interruption.Phrases), allowWithinText: !atFreeText && (withinText || interruption.WinsOverAnswers)));

    private List<string> AllPhrases(string stringId) =>
        content.Locales.SelectMany(locale => content.Strings.Phrases(stringId, locale)).Distinct().ToList();
}
