using Microsoft.Extensions.DependencyInjection;
using TakeABreak.Dialogs.Content;
using TakeABreak.Dialogs.Runtime;
using TakeABreak.Signalering.Assessment;

namespace TakeABreak.Bot.Tests.Conversation.Understanding;

/// <summary>Vocabulary classes in content: every {class} a synonym names exists, and a class word extends every pattern.</summary>
public sealed class VocabularyClassTests(ConversationHostFixture fixture) : IClassFixture<ConversationHostFixture>
{
    [Fact]
    public void Every_class_named_in_a_synonym_is_a_words_string_in_every_language()
    {
        var content = fixture.Host.Services.GetRequiredService<DialogContent>();
        var signals = fixture.Host.Services.GetRequiredService<AssessmentContent>().Signals;
        var synonymIds = content.Dialogs.Values.SelectMany(dialog => dialog.Steps).Select(step => step.Prompt).OfType<PromptDefinition>()
            .SelectMany(prompt => prompt.Options).Select(option => option.Also).OfType<string>().Distinct();
        var phrases = synonymIds.SelectMany(id => content.Locales.SelectMany(locale => content.Strings.Phrases(id, locale)))
            .Concat(signals.Signals.SelectMany(signal => signal.Also.All))
            .Concat(signals.PersonTypes.SelectMany(type => type.Also.All));

        var missing = phrases.SelectMany(WordClasses.Named).Distinct()
            .Where(name => !content.Strings.Contains(WordClasses.Prefix + name)
                || content.Locales.Any(locale => content.Strings.Phrases(WordClasses.Prefix + name, locale).Count == 0))
            .ToList();

        Assert.Empty(missing);
    }

    [Fact]
    public void A_phrase_with_a_class_stands_for_each_word_of_the_class()
    {
        var content = fixture.Host.Services.GetRequiredService<DialogContent>();
        var classes = new WordClasses(content.Strings);

        var expanded = classes.Expand(["ik ben {kin}"], "nl");

        Assert.Equal(content.Strings.Phrases("words_kin", "nl").Count, expanded.Count);
        Assert.Contains("ik ben tante", expanded);
    }
}
