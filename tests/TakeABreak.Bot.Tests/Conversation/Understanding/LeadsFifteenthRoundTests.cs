namespace TakeABreak.Bot.Tests.Conversation.Understanding;

/// <summary>
/// The lead's typed conversations of the fifteenth session: sentences the bot misread or did not understand, each as a
/// class of wordings (a young couple, a man shouting at her, hidden injuries, "een jaar of twee", who someone is).
/// </summary>
public sealed class LeadsFifteenthRoundTests(ConversationHostFixture fixture) : IClassFixture<ConversationHostFixture>
{
    private async Task<TypedConversation> NeighbourAsync(string locale, string? about = null)
    {
        var conversation = await TypedConversation.StartedAsync(fixture.Host.Services, locale);
        await conversation.SayAsync(locale == "nl-NL" ? "ik ben de buurvrouw" : "i am a neighbour");
        if (about is not null)
        {
            await conversation.SayAsync(about);
        }

        return conversation;
    }

    private static IReadOnlyList<string> Value(TypedConversation conversation, string name) =>
        conversation.State.Values.GetValueOrDefault(name) ?? [];

    [Theory]
    [InlineData("nl-NL", "ik hoor vaak ruzie bij een jong stel naast me")]
    [InlineData("nl-NL", "naast me woont een jong koppel, ze maken steeds ruzie")]
    [InlineData("nl-NL", "de jonge vrouw naast me wordt geslagen")]
    [InlineData("en-US", "i often hear a young couple next door fighting")]
    public async Task A_young_couple_is_a_partner_situation_and_no_child(string locale, string story)
    {
        var conversation = await NeighbourAsync(locale);

        await conversation.SayAsync(story);

        Assert.Equal(["partner"], Value(conversation, "about"));
    }

    [Theory]
    [InlineData("nl-NL", "de buurman schreeuwt steeds tegen haar")]
    [InlineData("nl-NL", "de man slaat zijn vrouw")]
    [InlineData("nl-NL", "ik hoor de buurman vaak tegen zijn vriendin schreeuwen")]
    [InlineData("en-US", "the man next door shouts at his wife")]
    [InlineData("en-US", "he keeps yelling at her")]
    public async Task A_man_shouting_at_her_next_door_is_a_partner_situation(string locale, string story)
    {
        var conversation = await NeighbourAsync(locale);

        await conversation.SayAsync(story);

        Assert.Equal(["partner"], Value(conversation, "about"));
    }

    [Theory]
    [InlineData("nl-NL", "ze draagt een zonnebril terwijl het regende")]
    [InlineData("nl-NL", "ze verbergt haar gezicht onder een dikke laag make-up")]
    [InlineData("en-US", "she wears sunglasses indoors")]
    [InlineData("en-US", "she hides her bruises with heavy make-up")]
    public async Task Injuries_kept_out_of_sight_are_injuries_without_a_clear_explanation(string locale, string sign)
    {
        var conversation = await NeighbourAsync(locale, locale == "nl-NL" ? "een vrouw en haar man" : "a couple");

        await conversation.SayAsync(sign);

        Assert.Contains("unexplained_injuries", Value(conversation, "signals"));
    }

    [Theory]
    [InlineData("ik maak me zorgen om een meisje", "het is haar vriend", "partner")]
    [InlineData("ik maak me zorgen om een vrouw en haar man", "ja dat is een partner", "partner")]
    [InlineData("een vrouw", "haar man", "partner")]
    public async Task Saying_who_at_the_signs_corrects_whom_it_is_about_and_answers_no_sign(string about, string who, string expected)
    {
        var conversation = await NeighbourAsync("nl-NL", about);

        await conversation.SayAsync(who);

        Assert.Equal([expected], Value(conversation, "about"));
        Assert.Equal("ask_signals", conversation.State.Top!.Step);
        Assert.Empty(Value(conversation, "signals"));
    }

    [Theory]
    [InlineData("de kinderen zijn er vaak bij")]
    [InlineData("mijn zoon ziet het ook")]
    public async Task Children_named_at_the_signs_of_a_couple_correct_nobody(string more)
    {
        var conversation = await NeighbourAsync("nl-NL", "een vrouw en haar man");

        await conversation.SayAsync(more);

        Assert.Contains("partner", Value(conversation, "about"));
    }

    [Theory]
    [InlineData("nl-NL", "ze heeft blauwe plekken", "ik hoor ook schreeuwen", "Is er nog meer?", "lijst")]
    [InlineData("en-US", "she has bruises", "and i hear shouting", "Anything else?", "list")]
    public async Task A_typed_sign_is_noted_in_a_line_and_more_is_asked_without_the_whole_card_again(string locale, string first, string second, string more, string list)
    {
        var conversation = await NeighbourAsync(locale, locale == "nl-NL" ? "een vrouw en haar man" : "a couple");

        foreach (var sign in new[] { first, second })
        {
            var replies = await conversation.SayAsync(sign);

            // Two messages: what was noted, and "Is er nog meer?" on its own (so an acknowledgement beside them joins nothing).
            Assert.Equal(2, replies.Count);
            Assert.DoesNotContain(replies, reply => reply.Checklist is not null);
            Assert.DoesNotContain(more, replies[0].Text, StringComparison.Ordinal);
            Assert.StartsWith(more, replies[1].Text, StringComparison.Ordinal);
            Assert.True(replies[1].ExpectsAnswer);
        }

        var card = (await conversation.SayAsync(list)).Last().Checklist;

        Assert.Equal(["shouting_or_screaming", "unexplained_injuries"], card!.Selected.Order());
    }

    [Theory]
    [InlineData("nl-NL", "hij heeft me een paar keer geduwd")]
    [InlineData("nl-NL", "hij heeft mij al twee keer geslagen")]
    [InlineData("nl-NL", "hij heeft me vorige week nog geslagen")]
    [InlineData("nl-NL", "ze heeft me gisteren nog hard geschopt")]
    [InlineData("en-US", "he has pushed me a few times")]
    public async Task Being_hurt_a_few_times_typed_at_who_are_you_is_about_oneself(string locale, string story)
    {
        var conversation = await TypedConversation.StartedAsync(fixture.Host.Services, locale);

        await conversation.SayAsync(story);

        Assert.Equal(["self"], Value(conversation, "role"));
    }

    [Theory]
    [InlineData("nl-NL", "al een jaar of twee")]
    [InlineData("nl-NL", "een jaar of 2")]
    [InlineData("nl-NL", "een maand of drie")]
    [InlineData("en-US", "for a year or two")]
    // Since the twenty-ninth round "een jaar of twee" (about two years) says how long, not how often: it is heard and
    // "Hoe vaak?" is asked again, instead of being taken for "often".
    public async Task A_year_or_two_at_how_often_is_heard_as_how_long(string locale, string answer)
    {
        var conversation = await NeighbourAsync(locale, locale == "nl-NL" ? "een vrouw en haar man" : "a couple");
        await conversation.SayAsync(locale == "nl-NL" ? "schreeuwen" : "shouting");
        await conversation.SayAsync(locale == "nl-NL" ? "klaar" : "done");
        Assert.Equal("ask_frequency", conversation.State.Top!.Step);

        var replies = await conversation.SayAsync(answer);

        Assert.Empty(Value(conversation, "frequency"));
        Assert.Contains(replies, reply => reply.Text.StartsWith(locale == "nl-NL" ? "Hoe vaak" : "How often", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("nl-NL", "ik ben de buurvrouw, mag ik niet gewoon de politie bellen?", "Bel dan meteen 112")]
    [InlineData("en-US", "i'm the neighbour, can't i just call the police?", "Then call 112 at once")]
    public async Task A_neighbour_who_asks_about_calling_the_police_is_a_neighbour_and_gets_the_answer(string locale, string message, string answer)
    {
        var conversation = await TypedConversation.StartedAsync(fixture.Host.Services, locale);

        await conversation.SayAsync(message);

        Assert.Equal(["neighbour"], Value(conversation, "role"));
        Assert.Contains(conversation.AllTexts, text => text.Contains(answer, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("en-US", "i'm her sister and i'm not allowed to tell anyone")]
    [InlineData("nl-NL", "ik ben haar zus en ik mag het aan niemand vertellen")]
    public async Task Her_sister_sworn_to_secrecy_is_family(string locale, string message)
    {
        var conversation = await TypedConversation.StartedAsync(fixture.Host.Services, locale);

        await conversation.SayAsync(message);

        Assert.Equal(["family_friend"], Value(conversation, "role"));
        Assert.DoesNotContain("controls_contacts", Value(conversation, "signals"));
    }

    [Theory]
    [InlineData("nl-NL", "ik ben 81 en mijn dochter neemt steeds geld van mijn rekening")]
    [InlineData("en-US", "i'm 81 and my daughter keeps taking money from my account")]
    public async Task An_older_man_whose_daughter_takes_his_money_is_about_himself_and_an_older_person(string locale, string story)
    {
        var conversation = await TypedConversation.StartedAsync(fixture.Host.Services, locale);

        await conversation.SayAsync(story);

        Assert.Equal(["self"], Value(conversation, "role"));
        Assert.Equal(["older_person"], Value(conversation, "about"));
        Assert.Contains("no_control_over_own_money", Value(conversation, "signals"));
    }
}
