using TakeABreak.Dialogs.Recognition;
using TakeABreak.Linguistics.Stemming;

namespace TakeABreak.Dialogs.Tests.Recognition;

public class FirstWordIndexTests
{
    private static readonly (AnalyzedText Phrase, TextLanguage Language)[] Phrases =
    [
        (AnalyzedText.Phrase("ik wil met iemand praten"), TextLanguage.Dutch),
        (AnalyzedText.Phrase("stoppen"), TextLanguage.Dutch),
        (AnalyzedText.Phrase("stop"), TextLanguage.Dutch),
        (AnalyzedText.Phrase("overleggen met iemand"), TextLanguage.Dutch),
        (AnalyzedText.Phrase("talk to a person"), TextLanguage.English),
        (AnalyzedText.Phrase("veilig thuis"), TextLanguage.Dutch),
    ];

    private static readonly FirstWordIndex Index = new(Phrases);

    private static readonly PhraseWords Words = new(new HashSet<string> { "graag" }, new HashSet<string> { "niet" }, new HashSet<string> { "hij" });

    [Theory]
    [InlineData("ik wil graag met iemand praten", 0)]
    [InlineData("ze stopt ermee", 1)]
    [InlineData("ik wil overlegen met iemand", 3)]
    [InlineData("can I talking to a person", 4)]
    [InlineData("stpo", 2)]
    [InlineData("is veilig thuis open", 5)]
    public void A_phrase_whose_first_word_the_message_has_as_written_by_stem_or_by_typo_is_read(string message, int phrase) =>
        Assert.Contains(phrase, Index.Candidates(AnalyzedText.Of(message)));

    [Fact]
    public void A_message_without_any_phrase_s_first_word_is_read_against_none() =>
        Assert.Empty(Index.Candidates(AnalyzedText.Of("de buurman schreeuwt vaak tegen de kinderen")));

    [Theory]
    [InlineData("ik wil graag met iemand praten")]
    [InlineData("hij wil niet stoppen met slaan")]
    [InlineData("stpo")]
    [InlineData("stop graag")]
    [InlineData("I want to talk to a person please")]
    [InlineData("kan ik overleggen met iemand van veilig thuis")]
    [InlineData("wat doet veilig thuis eigenlijk")]
    public void Every_phrase_the_finder_finds_is_among_the_candidates(string message)
    {
        var text = AnalyzedText.Of(message);
        var candidates = Index.Candidates(text);

        for (var position = 0; position < Phrases.Length; position++)
        {
            if (PhraseFinder.Find(text, Phrases[position].Phrase, Phrases[position].Language, Words) is not null)
            {
                Assert.Contains(position, candidates);
            }
        }
    }

    [Fact]
    public void Candidates_come_in_the_order_of_the_phrases() =>
        Assert.Equal([0, 3], Index.Candidates(AnalyzedText.Of("overleggen met iemand, ik wil met iemand praten")));
}
