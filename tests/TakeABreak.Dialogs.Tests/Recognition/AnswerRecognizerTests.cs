using TakeABreak.Dialogs.Recognition;
using TakeABreak.Linguistics.Normalization;
using TakeABreak.Linguistics.Spelling;
using TakeABreak.Linguistics.Stemming;

namespace TakeABreak.Dialogs.Tests.Recognition;

public class AnswerRecognizerTests
{
    private static readonly RecognizableOption[] Options =
    [
        Labelled("partner", "Een partner of ex-partner", "A partner or ex-partner"),
        Labelled("child", "Een kind", "A child"),
        Labelled("older_person", "Een oudere", "An older person"),
        Labelled("parent_harmed_by_child", "Een ouder die wordt mishandeld door een kind", "A parent harmed by their child"),
    ];

    /// <summary>An option as a Dutch conversation offers it: its Dutch label, and its English label as another language's.</summary>
    private static RecognizableOption Labelled(string id, string dutch, string english) =>
        new(id, [dutch]) { OtherLanguageTexts = [english], OtherLanguageLabels = [english] };

    [Fact]
    public void A_word_of_a_longer_synonym_alone_does_not_choose_the_option()
    {
        RecognizableOption[] roles = [new("self", ["Het gaat over mijzelf", "mijn man slaat mij"]), new("uses_violence", ["Ik gebruik zelf geweld", "ik sla mijn kind", "i hit my grown up son"])];

        Assert.Null(AnswerRecognizer.Choice("kind", roles));
        Assert.Null(AnswerRecognizer.Choice("groen", roles));
        Assert.Equal("uses_violence", AnswerRecognizer.Choice("ik gebruik geweld", roles));
        Assert.Equal("self", AnswerRecognizer.Choice("mijzelf", roles));
    }

    [Theory]
    [InlineData("1", "partner")]
    [InlineData(" 2. ", "child")]
    [InlineData("een KIND", "child")]
    [InlineData("Een óudere", "older_person")]
    [InlineData("een oudre", "older_person")]
    [InlineData("A parent harmed by their chlid", "parent_harmed_by_child")]
    [InlineData("partner", "partner")]
    [InlineData("kind", "child")]
    public void Choice_is_recognised_by_number_label_and_close_spelling(string typed, string expected) =>
        Assert.Equal(expected, AnswerRecognizer.Choice(typed, Options));

    [Theory]
    [InlineData("")]
    [InlineData("5")]
    [InlineData("0")]
    [InlineData("banaan")]
    [InlineData("een")]
    public void Choice_that_is_not_clear_is_not_recognised(string typed) =>
        Assert.Null(AnswerRecognizer.Choice(typed, Options));

    [Fact]
    public void Choice_by_leading_word_needs_one_option_starting_with_it()
    {
        RecognizableOption[] answers = [new("yes_left", ["Ja, ze gaan uit elkaar"]), new("no", ["Nee"]), new("unknown", ["Weet ik niet"])];

        Assert.Equal("yes_left", AnswerRecognizer.Choice("ja", answers));
    }

    [Theory]
    [InlineData("1, 3", new[] { "partner", "older_person" })]
    [InlineData("2 en 4", new[] { "child", "parent_harmed_by_child" })]
    [InlineData("1 2 2", new[] { "partner", "child" })]
    [InlineData("een kind, een oudere", new[] { "child", "older_person" })]
    [InlineData("partner and child", new[] { "partner", "child" })]
    public void Choices_are_recognised_from_numbers_and_labels(string typed, string[] expected) =>
        Assert.Equal(expected, AnswerRecognizer.Choices(typed, Options));

    [Theory]
    [InlineData("1, 9")]
    [InlineData("kind, banaan")]
    [InlineData("")]
    public void Choices_with_any_unclear_part_are_not_recognised(string typed) =>
        Assert.Null(AnswerRecognizer.Choices(typed, Options));

    [Theory]
    [InlineData("Ik wil een mens spreken!", true)]
    [InlineData("ik wil een mens sprekn", true)]
    [InlineData("hmm, ik wil een mens spreken nu", true)]
    [InlineData("mens", false)]
    public void Phrase_matches_whole_text_with_typos_or_within_a_longer_text(string typed, bool expected) =>
        Assert.Equal(expected, AnswerRecognizer.MatchesPhrase(typed, ["ik wil een mens spreken"], allowWithinText: true));

    [Theory]
    [InlineData("Mijn buurvrouw 37", true)]
    [InlineData("mijn buurvruow 37", true)]
    [InlineData("ik denk dat mijn buurvrouw 37 het weet", true)]
    [InlineData("ik denk dat mijn buurvrouw het weet", false)]
    [InlineData("mijn buurman", false)]
    [InlineData("buurvrouw 37", false)]
    public void A_long_list_of_phrases_is_read_as_a_short_one(string typed, bool expected)
    {
        var many = Enumerable.Range(0, 100).Select(n => $"mijn buurvrouw {n}").ToList();

        Assert.Equal(expected, AnswerRecognizer.MatchesPhrase(typed, many, allowWithinText: true));
        Assert.Equal(expected, AnswerRecognizer.MatchesPhrase(typed, many.Where(phrase => phrase.EndsWith(" 37", StringComparison.Ordinal) || phrase.EndsWith(" 12", StringComparison.Ordinal)).ToList(), allowWithinText: true));
    }

    [Fact]
    public void Phrase_within_a_longer_text_does_not_count_for_free_text_answers() =>
        Assert.False(AnswerRecognizer.MatchesPhrase("hij zei: ik wil een mens spreken", ["ik wil een mens spreken"], allowWithinText: false));

    [Theory]
    [InlineData("stop", "stop", 0)]
    [InlineData("stpo", "stop", 1)]
    [InlineData("kitten", "sitting", 3)]
    public void Edit_distance_counts_typos_and_swaps(string a, string b, int expected) =>
        Assert.Equal(expected, EditDistance.Between(a, b));

    [Fact]
    public void Normalizing_removes_case_accents_and_punctuation() =>
        Assert.Equal("een oudere cafe", TextNormalizer.NormalizeTerm("  Eén  OUDERE, café! "));
}

public class AmbiguityRulesTests
{
    private static readonly YesNoWords YesNo = new(["ja", "yes"], ["nee", "no"]);

    [Fact]
    public void A_plain_no_picks_the_plain_no_option()
    {
        RecognizableOption[] answers = [new("hurt", ["Ja, en er is een kind pijn gedaan"]), new("seen", ["Ja, ze zien het"]), new("no", ["Nee"]), new("unknown", ["Weet ik niet"])];

        Assert.Equal("no", AnswerRecognizer.Recognize("nee", answers, YesNo).Id);
    }

    [Fact]
    public void A_plain_yes_with_two_yes_options_asks_which_one_showing_only_those()
    {
        RecognizableOption[] answers = [new("hurt", ["Ja, en er is een kind pijn gedaan"]), new("seen", ["Ja, ze zien het"]), new("no", ["Nee"])];

        var recognition = AnswerRecognizer.Recognize("ja", answers, YesNo);

        Assert.True(recognition.IsAmbiguous);
        Assert.Equal(["hurt", "seen"], recognition.Candidates);
    }

    [Fact]
    public void A_plain_yes_picks_the_plain_yes_option_over_longer_ones()
    {
        RecognizableOption[] answers = [new("yes", ["Ja"]), new("yes_more", ["Ja, en vaker"]), new("no", ["Nee"])];

        Assert.Equal("yes", AnswerRecognizer.Recognize("ja", answers, YesNo).Id);
    }

    [Theory]
    [InlineData("ik")]
    [InlineData("me")]
    [InlineData("ja")]
    public void A_short_word_that_is_not_a_whole_option_means_nothing(string typed)
    {
        RecognizableOption[] roles = [new("neighbour", ["Buur", "buurvrouw"]), new("self", ["Het gaat over mijzelf", "mezelf", "over mij"])];

        Assert.Null(AnswerRecognizer.Recognize(typed, roles, YesNo).Id);
    }

    [Theory]
    [InlineData("ik ben de buurman van boven", "neighbour")]
    [InlineData("ik werk als wijkverpleegkundige", "nurse")]
    [InlineData("blauwe pekken op haar arm", "bruises")]
    [InlineData("ze heeft een blauw oog", "bruises")]
    public void An_option_is_found_inside_a_sentence_by_synonym_stem_compound_or_typo(string typed, string expected)
    {
        RecognizableOption[] options = [new("neighbour", ["Buur", "buurman"]), new("nurse", ["Zorg", "verpleegkundige"]), new("bruises", ["Verwondingen", "blauwe plekken", "blauw oog"])];

        var recognition = AnswerRecognizer.Recognize(typed, options, YesNo);

        Assert.Equal(expected, recognition.Id);
        Assert.True(recognition.FromSentence);
    }

    /// <summary>
    /// Played in round 32: "een man van {old_age}" (an older person) took "een man en een vrouw", with no age at all: the
    /// part "een man" is the beginning of "een man van 84", and a typed beginning of a text counted as the text. A text
    /// that fills in a vocabulary class means its option only with every part, the class word too.
    /// </summary>
    [Theory]
    [InlineData("een man")]
    [InlineData("een man van")]
    [InlineData("a man")]
    [InlineData("a man of")]
    public void The_beginning_of_a_phrase_with_a_class_lacks_the_class_word_and_means_nothing(string typed)
    {
        Assert.Null(AnswerRecognizer.RecognizeAll(typed, AgedOptions(), words: KnownWords).Ids);
        Assert.Null(AnswerRecognizer.Recognize(typed, AgedOptions(), YesNo, words: KnownWords).Id);
    }

    [Theory]
    [InlineData("een man en een vrouw")]
    [InlineData("een vrouw, een man")]
    [InlineData("a man and a woman")]
    public void A_man_and_a_woman_without_an_age_are_a_couple_and_no_older_person(string typed)
    {
        Assert.Equal(["partner"], AnswerRecognizer.RecognizeAll(typed, AgedOptions(), TextLanguage.Dutch, KnownWords).Ids);
    }

    [Theory]
    [InlineData("een man van 84")]
    [InlineData("een man van 80 jaar")]
    [InlineData("a man of 91")]
    public void A_phrase_with_a_class_means_its_option_with_every_part(string typed)
    {
        Assert.Equal(["older_person"], AnswerRecognizer.RecognizeAll(typed, AgedOptions(), words: KnownWords).Ids);
    }

    [Fact]
    public void The_beginning_of_a_phrase_without_a_class_still_means_its_option()
    {
        Assert.Equal(["older_person"], AnswerRecognizer.RecognizeAll("een oudere", AgedOptions(), words: KnownWords).Ids);
    }

    /// <summary>An older person as a Dutch conversation offers it, with "een man van {old_age}" and "a man of {old_age}" filled in; a partner as "een vrouw".</summary>
    private static RecognizableOption[] AgedOptions()
    {
        string[] ages = ["65", "80", "84", "91"];
        SlottedPhrase Aged(string words, string after = "") =>
            new([new PhraseSlot([words], PhraseSlot.Fixed), new PhraseSlot(ages, 0), .. after.Length > 0 ? [new PhraseSlot([after], PhraseSlot.Fixed)] : Array.Empty<PhraseSlot>()], ages.Select(age => $"{words} {age} {after}".TrimEnd()).ToList());
        SlottedPhrase[] dutch = [Aged("een man van"), Aged("een man van", "jaar")];
        SlottedPhrase[] english = [Aged("a man of")];
        return
        [
            new("older_person", ["Een oudere in het gezin", .. dutch.SelectMany(phrase => phrase.Listed)])
            {
                OtherLanguageTexts = english.SelectMany(phrase => phrase.Listed).ToList(),
                SlottedTexts = dutch,
                SlottedOtherLanguageTexts = english,
            },
            new("partner", ["Een partner", "een vrouw"]) { OtherLanguageTexts = ["A partner", "a woman"] },
        ];
    }

    /// <summary>The words of these options, as content knows them: a known word is never read as a typo of another.</summary>
    private static readonly SentenceWords KnownWords = new([], [], known: ["een", "man", "van", "vrouw", "a", "of", "and", "woman", "jaar", "en"]);

    [Fact]
    public void A_phrase_right_after_a_negation_does_not_count()
    {
        RecognizableOption[] options = [new("children", ["kinderen"]), new("weapon", ["wapen"])];

        var words = new SentenceWords(articles: ["de", "een"], negations: ["geen", "niet"], known: []);

        Assert.Equal(["weapon"], AnswerRecognizer.RecognizeAll("geen kinderen, wel een wapen", options, words: words).Ids);
    }

    [Theory]
    [InlineData("we hebben geen kinderen")]
    [InlineData("hebben echt geen kinderen")]
    public void A_negation_among_the_words_a_phrase_skips_cancels_it(string typed)
    {
        RecognizableOption[] options = [new("children", ["hebben kinderen"]), new("weapon", ["wapen"])];
        var words = new SentenceWords(articles: ["de", "een"], negations: ["geen", "niet"], known: []);

        Assert.Empty(AnswerRecognizer.RecognizeAll(typed, options, words: words).Ids ?? []);
        Assert.Equal(["children"], AnswerRecognizer.RecognizeAll("we hebben twee kinderen", options, words: words).Ids);
    }

    [Fact]
    public void Negations_are_words_from_content_not_from_code()
    {
        RecognizableOption[] options = [new("children", ["kinderen"]), new("weapon", ["wapen"])];

        Assert.Equal(["children", "weapon"], AnswerRecognizer.RecognizeAll("geen kinderen, wel een wapen", options, words: SentenceWords.None).Ids);
    }

    [Theory]
    [InlineData("het gebeurt steeds vaker", null)]
    [InlineData("mijn vader", "family")]
    [InlineData("mijn moedr", "family")]
    public void A_short_word_the_content_knows_is_never_read_as_a_typo_of_another(string typed, string? expected)
    {
        RecognizableOption[] roles = [new("family", ["familie", "vader", "moeder"]), new("neighbour", ["buur", "buurman"])];
        var words = new SentenceWords([], [], known: ["familie", "vader", "moeder", "buur", "buurman", "steeds vaker", "vaak"]);

        Assert.Equal(expected, AnswerRecognizer.Recognize(typed, roles, YesNo, words: words).Id);
    }

    [Theory]
    [InlineData("verpleegkundge", "nurse")]
    [InlineData("ik ben verpleegkundge", "nurse")]
    [InlineData("ik ben buurmn", "neighbour")]
    [InlineData("het is de vadr", null)]
    public void Inside_a_sentence_only_longer_words_may_have_a_typo(string typed, string? expected)
    {
        RecognizableOption[] options = [new("nurse", ["verpleegkundige"]), new("neighbour", ["buurman"]), new("family", ["vader"])];

        Assert.Equal(expected, AnswerRecognizer.Recognize(typed, options, YesNo).Id);
    }

    [Theory]
    [InlineData("weet ik niet")]
    [InlineData("geen idee")]
    [InlineData("misschien")]
    [InlineData("not sure")]
    [InlineData("ik weet het niet precies, geen idee eigenlijk")]
    public void Not_knowing_picks_the_one_unknown_option(string typed)
    {
        RecognizableOption[] answers = [new("often", ["Vaak"]), new("sometimes", ["Soms"]), new("unknown", ["Weet ik niet", "I don't know"])];
        var yesNo = YesNo with { DontKnow = ["weet ik niet", "geen idee", "misschien", "not sure"] };

        Assert.Equal("unknown", AnswerRecognizer.Recognize(typed, answers, yesNo).Id);
    }

    [Fact]
    public void Not_knowing_means_nothing_where_no_option_says_so()
    {
        RecognizableOption[] roles = [new("neighbour", ["Buur"]), new("family", ["Familie"])];
        var yesNo = YesNo with { DontKnow = ["not sure"] };

        Assert.Null(AnswerRecognizer.Recognize("not sure", roles, yesNo).Id);
    }

    [Fact]
    public void A_preferred_option_wins_when_named_with_others()
    {
        RecognizableOption[] roles = [new("family", ["familie", "vriend"]), new("self", ["mezelf", "slaat mij"], Preferred: true)];

        Assert.Equal("self", AnswerRecognizer.Recognize("mijn vriend slaat mij", roles, YesNo).Id);
    }
}
