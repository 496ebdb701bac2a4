using TakeABreak.Dialogs.Recognition;
using TakeABreak.Linguistics.Stemming;

namespace TakeABreak.Dialogs.Tests.Recognition;

public class PhraseFinderTests
{
    private static readonly PhraseWords Words = new(
        new HashSet<string> { "graag", "please", "hoi" },
        new HashSet<string> { "niet", "geen", "niemand", "dont", "not" },
        new HashSet<string> { "hij", "ze", "he" });

    private static PhraseMatch? Find(string text, string phrase, TextLanguage language = TextLanguage.Dutch) =>
        PhraseFinder.Find(AnalyzedText.Of(text), AnalyzedText.Phrase(phrase), language, Words);

    [Theory]
    [InlineData("ik wil met iemand praten", "ik wil met iemand praten")]
    [InlineData("ik wil graag met iemand van moviera praten", "ik wil met iemand praten")]
    [InlineData("ik wil overleggen met iemand van moviera", "overleggen met iemand")]
    [InlineData("kan ik met iemand spreken hierover", "met iemand spreken")]
    public void A_phrase_is_found_inside_a_sentence_with_small_gaps(string text, string phrase) =>
        Assert.NotNull(Find(text, phrase));

    [Fact]
    public void A_gap_of_more_than_two_words_breaks_the_phrase() =>
        Assert.Null(Find("ik wil echt heel graag met iemand praten", "ik wil met iemand praten"));

    [Fact]
    public void Words_are_compared_by_the_stem_of_the_phrase_language()
    {
        Assert.NotNull(Find("ik wil stoppen", "ik wil stop"));
        Assert.NotNull(Find("she is stalking me", "stalked me", TextLanguage.English));
    }

    [Theory]
    [InlineData("ik wil niet met iemand praten", "ik wil met iemand praten")]
    [InlineData("ik wil geen mens spreken", "mens spreken")]
    [InlineData("ze praat met niemand meer", "met iemand praten")]
    [InlineData("I don't want to talk to a person", "talk to a person")]
    public void A_negation_before_or_inside_the_phrase_undoes_it(string text, string phrase) =>
        Assert.Null(Find(text, phrase));

    [Fact]
    public void A_negation_that_is_part_of_the_phrase_does_not_undo_it() =>
        Assert.NotNull(Find("sorry, ik snap het niet", "ik snap het niet"));

    [Fact]
    public void A_one_word_phrase_counts_only_as_the_whole_message_with_fillers()
    {
        Assert.True(Find("stop", "stop")!.Whole);
        Assert.True(Find("hoi, stop graag", "stop")!.Whole);
        Assert.Null(Find("hij wil niet stoppen met slaan", "stoppen"));
        Assert.Null(Find("ze riep om hulp", "hulp"));
    }

    [Fact]
    public void Someone_else_as_subject_just_before_the_phrase_is_marked_as_a_story()
    {
        Assert.True(Find("hij begint steeds opnieuw met slaan", "begin opnieuw")!.AboutSomeoneElse);
        Assert.False(Find("kunnen we opnieuw beginnen", "opnieuw beginnen")!.AboutSomeoneElse);
    }
}

public class LanguageIdentifierTests
{
    private static readonly LanguageIdentifier Identifier = new(new Dictionary<TextLanguage, IReadOnlySet<string>>
    {
        [TextLanguage.Dutch] = new HashSet<string> { "de", "het", "een", "ik", "mijn", "haar", "niet", "ze" },
        [TextLanguage.English] = new HashSet<string> { "the", "i", "my", "her", "she", "on", "by", "not" },
    });

    [Theory]
    [InlineData("she had bruises on her arms", TextLanguage.English)]
    [InlineData("Hi, I think my friend is being hurt by her boyfriend", TextLanguage.English)]
    [InlineData("ik maak me zorgen om mijn buurvrouw", TextLanguage.Dutch)]
    public void A_clear_message_has_a_language(string text, TextLanguage expected) =>
        Assert.Equal(expected, Identifier.Identify(AnalyzedText.Of(text)));

    [Theory]
    [InlineData("ok")]
    [InlineData("nee")]
    [InlineData("Jan")]
    [InlineData("my neighbour")]
    [InlineData("ik ben a teacher")]
    public void One_word_or_a_mix_has_no_language(string text) =>
        Assert.Null(Identifier.Identify(AnalyzedText.Of(text)));
}
