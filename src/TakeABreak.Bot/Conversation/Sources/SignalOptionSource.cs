using System.Collections.Concurrent;
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

    // The catalogue does not change while loaded: each signal's option is built once per locale, so the recognizers
    // get the same options every turn and reuse what they derived from them.
    private readonly ConcurrentDictionary<(string Signal, string Locale), DialogOption> _options = new();

    public IReadOnlyList<DialogOption> GetOptions(DialogValues values, string locale) =>
        PersonTypes.FittingSignals(assessment, values)
            .Select(signal => _options.GetOrAdd((signal.Id, locale), _ => new DialogOption(signal.Id, signal.Label.In(locale), [signal.Label.Nl, signal.Label.En, .. signal.Also.All]) { PhrasesByLocale = OptionPhrases.ByLocale(signal.Label, signal.Also), UnlessByLocale = OptionPhrases.ByLocale(signal.Unless), OnlyWithByLocale = !signal.OnlyWith.Locales.Any() ? null : OptionPhrases.ByLocale(signal.OnlyWith) }))
            .ToList();
}
