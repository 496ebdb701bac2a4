using System.Collections.Concurrent;
using TakeABreak.Dialogs.Runtime;
using TakeABreak.Signalering.Assessment;

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
        assessment.Signals.PersonTypes.Select(type => (Type: type, Label: self ? type.LabelSelf ?? type.Label : type.Label))
            .Select(item => (item.Type, item.Label, Also: self ? item.Type.Also.With(item.Type.AlsoSelf) : item.Type.Also))
            .Select(item => new DialogOption(item.Type.Id, item.Label.In(locale), [item.Label.Nl, item.Label.En, .. item.Also.All]) { Understood = self ? item.Type.UnderstoodSelf?.In(locale) : null, PhrasesByLocale = OptionPhrases.ByLocale(item.Label, item.Also), UnlessByLocale = OptionPhrases.ByLocale(item.Type.Unless), YieldsTo = self ? [.. item.Type.YieldsTo, .. item.Type.YieldsToSelf] : item.Type.YieldsTo })
            .Concat(assessment.Signals.SpecialTopics.Select(topic => new DialogOption(topic.Id, topic.Label.In(locale), [topic.Label.Nl, topic.Label.En, .. topic.Also.All]) { PhrasesByLocale = OptionPhrases.ByLocale(topic.Label, topic.Also) }))
            .ToList();
}
