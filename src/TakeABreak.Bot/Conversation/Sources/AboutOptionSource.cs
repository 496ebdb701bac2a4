using System.Collections.Concurrent;
using TakeABreak.Dialogs.Runtime;
using TakeABreak.Signalering.Assessment;
using TakeABreak.Signalering.Signals;

namespace TakeABreak.Bot.Conversation.Sources;

/// <summary>
/// "Who is it about": the person types of the signals catalogue, then the special topics that are handed over. Someone
/// it happens to reads each person type as who hurts them ("Mijn kind", the catalogue's label_self).
/// </summary>
public sealed class AboutOptionSource(AssessmentContent assessment) : IDialogOptionSource
{
    public const string SourceName = "about_options";

    public string Name => SourceName;

    // The catalogue does not change while loaded: the options are built once per locale (and the recognizers reuse what
    // they derived from them).
    private readonly ConcurrentDictionary<(string Locale, bool Self), IReadOnlyList<DialogOption>> _options = new();

    public IReadOnlyList<DialogOption> GetOptions(DialogValues values, string locale) =>
        _options.GetOrAdd((locale, values.GetSingle(ConversationValues.Role) == ConversationValues.RoleSelf), key => Build(key.Locale, key.Self).AsReadOnly());

    private List<DialogOption> Build(string locale, bool self) =>
        assessment.Signals.PersonTypes.Select(type => PersonTypeOption(type, locale, self))
            .Concat(assessment.Signals.SpecialTopics.Select(topic => new DialogOption(topic.Id, topic.Label.In(locale), [topic.Label.Nl, topic.Label.En, .. topic.Also.All]) { PhrasesByLocale = OptionPhrases.ByLocale(topic.Label, topic.Also) }))
            .ToList();

    /// <summary>A person type as an option; for someone it happens to with its self label, self phrases, self unless and self yields.</summary>
    private static DialogOption PersonTypeOption(PersonType type, string locale, bool self)
    {
        var label = self ? type.LabelSelf ?? type.Label : type.Label;
        var also = self ? type.Also.With(type.AlsoSelf) : type.Also;
        return new DialogOption(type.Id, label.In(locale), [label.Nl, label.En, .. also.All])
        {
            Understood = self ? type.UnderstoodSelf?.In(locale) : null,
            PhrasesByLocale = OptionPhrases.ByLocale(label, also),
            UnlessByLocale = OptionPhrases.ByLocale(self ? type.Unless.With(type.UnlessSelf) : type.Unless),
            YieldsTo = self ? [.. type.YieldsTo, .. type.YieldsToSelf] : type.YieldsTo,
        };
    }
}
