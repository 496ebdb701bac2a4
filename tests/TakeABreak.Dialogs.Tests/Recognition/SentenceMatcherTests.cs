using System.Collections.ObjectModel;
using TakeABreak.Dialogs.Recognition;
using TakeABreak.Linguistics.Stemming;

namespace TakeABreak.Dialogs.Tests.Recognition;

public sealed class SentenceMatcherTests
{
    private static readonly string[] Mothers = ["moeder", "mama", "mam", "ma", "mams", "moeders"];
    private static readonly string[] HarmVerbs = ["slaat", "schopt", "duwt", "bedreigt", "mishandelt", "wurgt", "knijpt", "sloeg"];

    [Fact]
    public void A_word_in_thousands_of_phrases_still_finds_the_one_phrase_that_follows_it()
    {
        var options = ClassLikeOptions();

        var found = SentenceMatcher.Mentioned(AnalyzedText.Of("de vriend van mijn mam schopt mijn moeders zus"), options);

        Assert.Equal(["partner"], found);
    }

    [Fact]
    public void Those_phrases_do_not_match_when_a_word_between_is_missing()
    {
        var options = ClassLikeOptions();

        Assert.Empty(SentenceMatcher.Mentioned(AnalyzedText.Of("de vriend van mijn mam is lief voor mijn moeder"), options));
    }

    [Fact]
    public void Many_turns_reading_with_a_new_set_of_options_at_the_same_time_all_find_the_phrase()
    {
        var options = ClassLikeOptions();
        var found = new IReadOnlyList<string>[8];

        Parallel.For(0, found.Length, i => found[i] = SentenceMatcher.Mentioned(AnalyzedText.Of("de vriend van mijn ma slaat mijn mama", TextLanguage.Dutch), options));

        Assert.All(found, ids => Assert.Equal(["partner"], ids));
    }

    /// <summary>A set of options like vocabulary classes make them: every mother word times every harm verb times every mother word.</summary>
    private static ReadOnlyCollection<RecognizableOption> ClassLikeOptions()
    {
        var phrases = (from first in Mothers from verb in HarmVerbs from second in Mothers select $"vriend van mijn {first} {verb} mijn {second}").ToList();
        return Array.AsReadOnly(new[]
        {
            new RecognizableOption("partner", phrases),
            new RecognizableOption("neighbour", ["buurvrouw", "buurman"]),
        });
    }
}
