using System.Collections.Concurrent;
using TakeABreak.Dialogs.Runtime;
using TakeABreak.Signalering.Assessment;

namespace TakeABreak.Bot.Conversation.Sources;

/// <summary>"Who is it about": the person types of the signals catalogue, then the special topics that are handed over.</summary>
public sealed class AboutOptionSource(AssessmentContent assessment) : IDialogOptionSource
{
    public const string SourceName = "about_options";

    public string Name => SourceName;

    // The catalogue does not change while loaded: the options are built once per locale (and the recognizers reuse what
    // they derived from them).
    private readonly ConcurrentDictionary<string, IReadOnlyList<DialogOption>> _options = new(StringComparer.Ordinal);

    public IReadOnlyList<DialogOption> GetOptions(DialogValues values, string locale) =>
        _options.GetOrAdd(locale, key => Build(key).AsReadOnly());

    private List<DialogOption> Build(string locale) =>
        assessment.Signals.PersonTypes.Select(type => new DialogOption(type.Id, type.Label.In(locale), [type.Label.Nl, type.Label.En, .. type.Also.All]) { PhrasesByLocale = OptionPhrases.ByLocale(type.Label, type.Also), UnlessByLocale = OptionPhrases.ByLocale(type.Unless), YieldsTo = type.YieldsTo })
            .Concat(assessment.Signals.SpecialTopics.Select(topic => new DialogOption(topic.Id, topic.Label.In(locale), [topic.Label.Nl, topic.Label.En, .. topic.Also.All]) { PhrasesByLocale = OptionPhrases.ByLocale(topic.Label, topic.Also) }))
            .ToList();
}
