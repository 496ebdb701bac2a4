using TakeABreak.Dialogs.Content;
using TakeABreak.Dialogs.Recognition;

namespace TakeABreak.Dialogs.Runtime;

/// <summary>An answer taken from a message for a question of the dialog (asked now or later), and how to say it.</summary>
internal sealed record EarlyAnswer(DialogStep Step, IReadOnlyList<string> Ids, string Understood);

/// <summary>
/// Reads a message (a story told up front, or a sentence that says more than the question asked) for the answers it
/// already gives to questions marked <c>fill_early</c>: only options named inside the sentence, one per single-choice
/// question (two → none), never "weet ik niet" or a plain yes/no for a question not asked yet.
/// </summary>
internal sealed class EarlyAnswers(QuestionOptions options)
{
    public IReadOnlyList<EarlyAnswer> Take(DialogDefinition dialog, DialogValues values, string locale, string? text, DialogStep? except)
    {
        var taken = new List<EarlyAnswer>();
        var analyzed = AnalyzedText.Of(text, AnalyzedText.LanguageOf(locale));
        if (analyzed.Words.Length == 0)
        {
            return taken;
        }

        foreach (var step in dialog.Steps)
        {
            if (step.Prompt is not { FillEarly: not FillEarly.No } prompt || step == except || values.Has(prompt.Into!))
            {
                continue;
            }

            var candidates = options.Of(prompt, values, locale).Where(option => !options.OnlyWhenAsked(option)).ToList();
            var mentioned = SentenceMatcher.Mentioned(analyzed, QuestionOptions.Recognizable(candidates));
            if (mentioned.Count == 0 || (prompt.Kind == PromptKind.Choice && mentioned.Count > 1))
            {
                continue;
            }

            values.Set(prompt.Into!, mentioned);
            taken.Add(new EarlyAnswer(step, mentioned, options.Understood(prompt, candidates.Where(option => mentioned.Contains(option.Id)).ToList(), locale)));
        }

        return taken;
    }
}
