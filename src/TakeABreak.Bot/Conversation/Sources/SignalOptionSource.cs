using System.Collections.Concurrent;
using TakeABreak.Dialogs.Runtime;
using TakeABreak.Signalering.Assessment;
using TakeABreak.Signalering.Signals;

namespace TakeABreak.Bot.Conversation.Sources;

/// <summary>
/// The signs checklist: every signal of the catalogue that fits the person types chosen so far; all signals while none
/// is chosen (a story told up front may name signs first; the assessment later keeps only those that fit). Someone it
/// happens to reads a sign's self label where it has one ("Ik ben bang om naar huis te gaan").
/// </summary>
public sealed class SignalOptionSource(AssessmentContent assessment) : IDialogOptionSource
{
    public const string SourceName = "signals";

    public string Name => SourceName;

    // The catalogue does not change while loaded: each signal's option is built once per locale, so the recognizers
    // get the same options every turn and reuse what they derived from them.
    private readonly ConcurrentDictionary<(string Signal, string Locale, bool Self), DialogOption> _options = new();

    public IReadOnlyList<DialogOption> GetOptions(DialogValues values, string locale)
    {
        var self = values.GetSingle(ConversationValues.Role) == ConversationValues.RoleSelf;
        return PersonTypes.FittingSignals(assessment, values)
            .Select(signal => _options.GetOrAdd((signal.Id, locale, self), key => SignalOption(signal, key.Locale, key.Self)))
            .ToList();
    }

    private static DialogOption SignalOption(Signal signal, string locale, bool self)
    {
        var label = self ? signal.LabelSelf ?? signal.Label : signal.Label;
        var also = self && signal.LabelSelf is { } labelSelf ? signal.Also.With(labelSelf) : signal.Also;
        return new DialogOption(signal.Id, label.In(locale), [signal.Label.Nl, signal.Label.En, .. also.All])
        {
            PhrasesByLocale = OptionPhrases.ByLocale(signal.Label, also),
            UnlessByLocale = OptionPhrases.ByLocale(signal.Unless),
            OnlyWithByLocale = !signal.OnlyWith.Locales.Any() ? null : OptionPhrases.ByLocale(signal.OnlyWith),
        };
    }
}
