using TakeABreak.Linguistics.Stemming;

namespace TakeABreak.Linguistics.Tests.Stemming;

public class StemmerTests
{
    [Theory]
    [InlineData("schreeuwt", "schreeuwen")]
    [InlineData("schreeuwde", "schreeuwen")]
    [InlineData("geschreeuwd", "schreeuwen")]
    [InlineData("gewurgd", "wurgen")]
    [InlineData("bedreigt", "bedreigen")]
    [InlineData("mishandelt", "mishandelen")]
    [InlineData("buurvrouw", "buurvrouwen")]
    [InlineData("wurgt", "wurgen")]
    public void Dutch_verb_and_noun_forms_share_a_stem(string form, string other) =>
        Assert.Equal(Stemmer.Stem(other, TextLanguage.Dutch), Stemmer.Stem(form, TextLanguage.Dutch));

    [Theory]
    [InlineData("geweer", "weer")]
    [InlineData("gezin", "zin")]
    [InlineData("gevaar", "vaar")]
    [InlineData("gedrag", "drag")]
    public void A_Dutch_noun_that_starts_with_ge_is_not_the_word_without_it(string noun, string other) =>
        Assert.NotEqual(Stemmer.Stem(other, TextLanguage.Dutch), Stemmer.Stem(noun, TextLanguage.Dutch));

    // "moet ik eerst met de ouders praten?" and "ik heb het eerder gezien" were read as "eer" (honour-based violence).
    [Theory]
    [InlineData("eerst")]
    [InlineData("eerder")]
    [InlineData("eerdere")]
    public void First_and_earlier_are_not_honour(string word) =>
        Assert.NotEqual(Stemmer.Stem("eer", TextLanguage.Dutch), Stemmer.Stem(word, TextLanguage.Dutch));

    [Theory]
    [InlineData("geschopt", "schopt")]
    [InlineData("gedreigd", "dreigen")]
    [InlineData("gezet", "zet")]
    public void A_Dutch_participle_still_shares_its_verbs_stem(string participle, string other) =>
        Assert.Equal(Stemmer.Stem(other, TextLanguage.Dutch), Stemmer.Stem(participle, TextLanguage.Dutch));

    [Theory]
    [InlineData("strangled", "strangling")]
    [InlineData("threatens", "threatened")]
    [InlineData("neighbours", "neighbour")]
    public void English_forms_share_a_stem(string form, string other) =>
        Assert.Equal(Stemmer.Stem(other, TextLanguage.English), Stemmer.Stem(form, TextLanguage.English));

    [Fact]
    public void Short_and_very_long_words_are_left_as_they_are()
    {
        Assert.Equal("ik", Stemmer.Stem("ik", TextLanguage.Dutch));
        var longWord = new string('a', 200);
        Assert.Same(longWord, Stemmer.Stem(longWord, TextLanguage.English));
    }

    [Fact]
    public void Stemming_is_safe_from_many_threads_at_once()
    {
        var words = new[] { "schreeuwde", "geslagen", "bedreigde", "mishandeling" };
        var expected = words.Select(w => Stemmer.Stem(w, TextLanguage.Dutch)).ToArray();
        Parallel.For(0, 2_000, i =>
        {
            var index = i % words.Length;
            Assert.Equal(expected[index], Stemmer.Stem(words[index], TextLanguage.Dutch));
        });
    }
}
