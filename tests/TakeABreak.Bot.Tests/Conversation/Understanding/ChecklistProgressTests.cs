using TakeABreak.Dialogs.Runtime;

namespace TakeABreak.Bot.Tests.Conversation.Understanding;

/// <summary>
/// The checklists (the signs, the serious things) never loop: whatever is typed there, the conversation moves on within
/// two turns; a story's ticks are named and pre-ticked; "nee" means none of these; thanks is never consent.
/// </summary>
public sealed class ChecklistProgressTests(ConversationHostFixture fixture) : IClassFixture<ConversationHostFixture>
{
    private const string SelfSigns = "Wat gebeurt er bij jou?";
    private const string NeighbourSigns = "Wat heb je gemerkt?";
    private const string Serious = "Is een van deze dingen gebeurd?";
    private const string Offer = "Wil je dit bespreken met iemand van Moviera?";

    [Fact]
    public async Task A_plain_yes_after_the_story_of_a_person_about_themselves_closes_the_signs_checklist()
    {
        var conversation = await StartedAsync();
        await conversation.SayAsync("mijn man slaat mij");

        var replies = await conversation.SayAsync("ja");

        Assert.DoesNotContain(replies, reply => reply.Text.Contains(SelfSigns, StringComparison.Ordinal));
        Assert.DoesNotContain(replies, reply => reply.Text.Contains("Goed, we gaan verder.", StringComparison.Ordinal));
        Assert.DoesNotContain(replies, reply => reply.Text.Contains("Geen van deze past", StringComparison.Ordinal));
        Assert.Contains(replies, reply => reply.ExpectsAnswer);
    }

    public static TheoryData<string, string, string[]> NonTickAnswers() => new()
    {
        { "signs, about themselves", "mijn man slaat mij", ["ja", "al een paar jaar", "soms", "hmm", "weet niet", "ok"] },
        { "signs, about themselves, small talk", "mijn man slaat mij", ["hallo", "hmm", "tja", "pff", "ok", "ja"] },
        { "signs, neighbour", "ik ben de buurvrouw en maak me zorgen om het stel naast me", ["hmm", "ik weet het echt niet", "tja", "bedankt", "ok", "ja"] },
        { "serious, neighbour", "ik ben de buurvrouw en hoor de man naast me vaak schreeuwen tegen zijn vrouw", ["klaar", "ik weet niet hoe vaak, wel elke week", "hmm", "tja", "pff", "ja", "ok"] },
        { "serious, after story", "ik ben de buurman, ik hoor vaak gebonk en geschreeuw bij het stel naast me", ["dat is het", "ik weet niet hoe vaak, wel elke week", "elke week", "hmm", "pff", "ok"] },
    };

    [Theory]
    [MemberData(nameof(NonTickAnswers))]
    public async Task No_checklist_is_asked_three_times_whatever_is_typed_at_it(string checklist, string story, string[] answers)
    {
        var conversation = await StartedAsync();
        await conversation.SayAsync(story);
        foreach (var answer in answers)
        {
            await conversation.SayAsync(answer);
        }

        var asked = conversation.Turns.SelectMany(turn => turn).Where(reply => reply.Checklist is not null)
            .GroupBy(reply => reply.Text, StringComparer.Ordinal)
            .Where(question => question.Count() >= 3)
            .Select(question => question.Key);
        Assert.True(!asked.Any(), $"{checklist}: asked three times or more: {string.Join(" | ", asked)}");
    }

    [Fact]
    public async Task The_signs_checklist_ticks_what_the_story_already_told_and_names_it_when_asked_again()
    {
        var conversation = new TypedConversation(fixture.Host.Services);

        var first = await conversation.SayAsync("ik maak me zorgen om mijn buurvrouw, ik hoor haar man vaak schreeuwen");
        var again = await conversation.SayAsync("hmm");

        var checklist = first.Single(reply => reply.Checklist is not null);
        Assert.StartsWith(NeighbourSigns, checklist.Text, StringComparison.Ordinal);
        Assert.Equal(["shouting_or_screaming"], checklist.Checklist!.Selected);
        Assert.StartsWith("Je vertelde al: schreeuwen of gillen. " + NeighbourSigns, again[^1].Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("ja dat is het wel zo")]
    [InlineData("nee verder niks")]
    [InlineData("klaar, verder niks")]
    public async Task A_sentence_that_starts_by_closing_the_checklist_closes_it(string closing)
    {
        var conversation = await StartedAsync();
        await conversation.SayAsync("ik maak me zorgen om mijn buurvrouw, ik hoor haar man vaak schreeuwen");

        var replies = await conversation.SayAsync(closing);

        Assert.DoesNotContain(replies, reply => reply.Text.Contains(NeighbourSigns, StringComparison.Ordinal));
        Assert.StartsWith(Serious, replies[^1].Text, StringComparison.Ordinal);
        Assert.Equal(["shouting_or_screaming"], conversation.State.Values["signals"]);
    }

    [Fact]
    public async Task No_at_the_signs_checklist_is_none_of_these_said_calmly_and_how_often_is_not_asked()
    {
        var conversation = await StartedAsync();
        await conversation.SayAsync("ik ben de buurvrouw");
        await conversation.SayAsync("een stel");

        var none = await conversation.SayAsync("nee");
        var assessment = await conversation.SayAsync("nee");

        Assert.StartsWith("Geen van deze past, begrijp ik.", none[0].Text, StringComparison.Ordinal);
        Assert.StartsWith(Serious, none[^1].Text, StringComparison.Ordinal);
        Assert.DoesNotContain(conversation.AllTexts, text => text.StartsWith("Hoe vaak gebeurt het?", StringComparison.Ordinal));
        Assert.Contains(assessment, reply => reply.Text.Contains("Je hebt geen signalen gekozen.", StringComparison.Ordinal));
        Assert.Contains(assessment, reply => reply.Text.Contains("0800-2000", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("ok bedankt")]
    [InlineData("oke dank je")]
    [InlineData("thanks")]
    [InlineData("top, dank je wel")]
    public async Task Thanks_at_the_offer_to_talk_with_Moviera_is_not_a_yes(string thanks)
    {
        var conversation = await AtTheOfferAsync();

        var replies = await conversation.SayAsync(thanks);

        Assert.False(conversation.State.Values.ContainsKey("consultation_wanted"));
        Assert.StartsWith("Graag gedaan.", replies[0].Text, StringComparison.Ordinal);
        Assert.StartsWith(Offer, replies[^1].Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Yes_with_thanks_at_the_offer_is_still_a_yes()
    {
        var conversation = await AtTheOfferAsync();

        await conversation.SayAsync("ja graag, dank je");

        Assert.Equal(["yes"], conversation.State.Values["consultation_wanted"]);
    }

    [Fact]
    public async Task How_often_told_again_at_the_serious_checklist_is_acknowledged_and_the_checklist_asked_once_more()
    {
        var conversation = await StartedAsync();
        await conversation.SayAsync("ik ben de buurvrouw");
        await conversation.SayAsync("een stel");
        await conversation.SayAsync("geschreeuw");
        await conversation.SayAsync("elke week");

        var replies = await conversation.SayAsync("ik weet niet hoe vaak, wel elke week");

        Assert.Equal("Dat weet ik al: het gebeurt vaak.", replies[0].Text);
        Assert.StartsWith(Serious, replies[^1].Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Nobody_chosen_twice_at_who_it_is_about_goes_on_to_what_you_can_do()
    {
        var conversation = await StartedAsync();
        await conversation.SayAsync("ik ben de buurvrouw");
        await conversation.SayAsync("nee");

        var replies = await conversation.SayAsync("weet ik niet");

        Assert.Contains(replies, reply => reply.Text.Contains("Wat kun je doen?", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Confirming_at_who_it_is_about_and_then_no_more_does_not_end_the_conversation()
    {
        var conversation = await StartedAsync();
        await conversation.SayAsync("ik ben de buurvrouw");
        await conversation.SayAsync("ik hoor hem vaak schreeuwen en laatst had ze een blauw oog");

        var confirmed = await conversation.SayAsync("klopt");
        var noMore = await conversation.SayAsync("nee verder niks");

        Assert.DoesNotContain(confirmed.Concat(noMore), reply => reply.Text.Contains("Wat kun je doen?", StringComparison.Ordinal));
        Assert.Contains(noMore, reply => reply.Text.StartsWith("Over wie maak je je zorgen?", StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_wife_of_my_neighbour_is_about_a_partner()
    {
        var conversation = await StartedAsync();

        var replies = await conversation.SayAsync("hoi, ik maak me zorgen om de vrouw van mijn buurman");

        Assert.Contains(replies, reply => reply.Text.Contains("partner", StringComparison.Ordinal));
        Assert.DoesNotContain(replies, reply => reply.Text.StartsWith("Over wie maak je je zorgen?", StringComparison.Ordinal));
    }

    [Fact]
    public async Task No_at_the_feedback_question_skips_it()
    {
        var conversation = await AtTheOfferAsync();
        await conversation.SayAsync("nee");

        var replies = await conversation.SayAsync("nee");

        Assert.DoesNotContain(replies, reply => reply.Text.StartsWith("Had je iets aan dit gesprek?", StringComparison.Ordinal));
        Assert.DoesNotContain(replies, reply => reply.Text.Contains("begrijp ik niet", StringComparison.Ordinal));
    }

    private async Task<TypedConversation> StartedAsync()
    {
        var conversation = new TypedConversation(fixture.Host.Services);
        await conversation.StartAsync();
        return conversation;
    }

    private async Task<TypedConversation> AtTheOfferAsync()
    {
        var conversation = await StartedAsync();
        var turns = await conversation.TypeUntilAsync(Offer, "ik ben de buurvrouw", "een stel", "ik hoor vaak geschreeuw en ze heeft blauwe plekken", "klaar", "nee");
        Assert.NotNull(turns);
        return conversation;
    }
}
