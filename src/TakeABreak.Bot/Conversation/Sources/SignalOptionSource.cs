using TakeABreak.Dialogs.Runtime;
using TakeABreak.Signalering.Assessment;

namespace TakeABreak.Bot.Conversation.Sources;

/// <summary>
/// The signs checklist: every signal of the catalogue that fits the person types chosen so far; all signals while none
/// is chosen (a story told up front may name signs first; the assessment later keeps only those that fit).
/// </summary>
public sealed class SignalOptionSource(AssessmentContent assessment) : IDialogOptionSource
{
    public const string SourceName = "signals";

    public string Name => SourceName;

    public IReadOnlyList<DialogOption> GetOptions(DialogValues values, string locale) =>
        PersonTypes.FittingSignals(assessment, values)
            .Select(signal => new DialogOption(signal.Id, signal.Label.In(locale), [signal.Label.Nl, signal.Label.En, .. signal.Also.All]) { PhrasesByLocale = OptionPhrases.ByLocale(signal.Label, signal.Also) })
            .ToList();
}
