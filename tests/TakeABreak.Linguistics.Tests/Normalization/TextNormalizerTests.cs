using TakeABreak.Linguistics.Normalization;

namespace TakeABreak.Linguistics.Tests.Normalization;

public sealed class TextNormalizerTests
{
    [Theory]
    [InlineData("Hé, wát doe je?", "he wat doe je")]
    [InlineData("hij isn't nuuu thuis", "hij isnt nuu thuis")]
    [InlineData("maak ik haar af 😂😂 👍🏽", "maak ik haar af")]
    public void Emoji_are_dropped_by_default(string text, string expected)
    {
        Assert.Equal(expected, TextNormalizer.NormalizeTerm(text));
    }

    [Theory]
    [InlineData("maak ik haar af 😂😂😂", "maak ik haar af 😂")]
    [InlineData("lol🤣ok", "lol 🤣 ok")]
    [InlineData("duim 👍🏽 en hart ❤️", "duim 👍 en hart ❤")]
    [InlineData("😂 😂 🙄", "😂 🙄")]
    public void Pictographs_kept_on_request_are_words_of_their_own_and_a_run_of_one_counts_once(string text, string expected)
    {
        Assert.Equal(expected, TextNormalizer.NormalizeTerm(text, keepPictographs: true));
    }

    [Fact]
    public void A_pictograph_belongs_to_the_sentence_it_is_typed_in()
    {
        var normalized = TextNormalizer.Normalize("hij slaat me. 😭", keepPictographs: true);

        Assert.Equal(4, normalized.Tokens.Count);
        Assert.Equal("😭", normalized.Word(3).ToString());
        Assert.Equal(1, normalized.Tokens[3].Sentence);
    }
}
