namespace TakeABreak.Bot.Tests.Conversation.Understanding;

/// <summary>
/// What playing whole typed conversations found in the forty-first round: a yes or "klaar" followed by a request for Moviera
/// at the signs list read as closing the list, and "can i talk to moviera" not understood.
/// </summary>
public sealed class PlayedFortyFirstRoundTests(ConversationHostFixture fixture) : IClassFixture<ConversationHostFixture>
{
    private static bool Dutch(string locale) => locale == "nl-NL";

    private static string ConsentQuestion(string locale) => Dutch(locale) ? "Vind je het goed dat we dit naar Moviera sturen?" : "Do you agree that we send this to Moviera?";

    /// <summary>
    /// At the signs list with a sign ticked, a yes or "klaar" that goes on with a request for Moviera ("ja ik wil dit bespreken
    /// met iemand van moviera") asks for the request: the sign stays ticked and the consent question comes, not "Hoe vaak?".
    /// </summary>
    [Theory]
    [InlineData("nl-NL", "ja ik wil dit bespreken met iemand van moviera")]
    [InlineData("nl-NL", "klaar, ik wil met iemand van moviera praten")]
    [InlineData("nl-NL", "ok, kan iemand mij bellen?")]
    [InlineData("en-GB", "yes i want to talk to someone from moviera about this")]
    [InlineData("en-GB", "done, i want to talk to someone from moviera")]
    [InlineData("en-GB", "ok can someone call me")]
    public async Task A_yes_with_a_request_for_Moviera_at_the_open_signs_list_asks_for_the_request(string locale, string said)
    {
        var conversation = await TypedConversation.StartedAsync(fixture.Host.Services, locale);
        await conversation.SayEachAsync(Dutch(locale) ? "ik ben de buurvrouw|een stel|ik hoor geschreeuw" : "i am a neighbour|a couple|i hear shouting");

        var replies = await conversation.SayAsync(said);

        Assert.Contains(replies, reply => reply.Text == ConsentQuestion(locale));
        Assert.Equal(["shouting_or_screaming"], conversation.State.Values.GetValueOrDefault("signals") ?? []);
    }

    /// <summary>Asking to talk to Moviera in other words ("can i talk to moviera about this") is a request for a person at any step.</summary>
    [Theory]
    [InlineData("nl-NL", "ik ben de buurvrouw", "kan ik moviera spreken?")]
    [InlineData("nl-NL", "ik ben de buurvrouw|een stel", "ik wil met moviera spreken")]
    [InlineData("en-GB", "i am a neighbour", "can i talk to moviera about this")]
    [InlineData("en-GB", "i am a neighbour|a couple", "can i talk to moviera about this")]
    [InlineData("en-GB", "it is about me|my husband|he hits me", "i'd like to speak with moviera")]
    public async Task Asking_to_talk_to_Moviera_is_a_request_at_any_step(string locale, string before, string said)
    {
        var conversation = await TypedConversation.StartedAsync(fixture.Host.Services, locale);
        await conversation.SayEachAsync(before);

        var replies = await conversation.SayAsync(said);

        Assert.Contains(replies, reply => reply.Text == ConsentQuestion(locale));
    }

    /// <summary>A plain "ja" at the open signs list still closes it and asks how often.</summary>
    [Theory]
    [InlineData("nl-NL", "ja", "Hoe vaak gebeurt het?")]
    [InlineData("en-GB", "yes", "How often does it happen?")]
    public async Task A_plain_yes_at_the_open_signs_list_still_closes_it(string locale, string said, string next)
    {
        var conversation = await TypedConversation.StartedAsync(fixture.Host.Services, locale);
        await conversation.SayEachAsync(Dutch(locale) ? "ik ben de buurvrouw|een stel|ik hoor geschreeuw" : "i am a neighbour|a couple|i hear shouting");

        var replies = await conversation.SayAsync(said);

        Assert.Contains(replies, reply => reply.Text == next);
    }

    /// <summary>
    /// Typos a neighbour makes in a hurry in a word of five letters ("elke avnod", "bij de bueren") or in "evry" are read at the
    /// open signs list as how often, as they are at the question itself: the list closes with the answer, as it does for "elke avond".
    /// </summary>
    [Theory]
    [InlineData("nl-NL", "elke avnod")]
    [InlineData("nl-NL", "bijna elke avodn")]
    [InlineData("nl-NL", "elke nacth wel")]
    [InlineData("en-GB", "evry night")]
    [InlineData("en-GB", "every nihgt")]
    public async Task A_hurried_typo_of_how_often_at_the_open_signs_list_is_how_often(string locale, string said)
    {
        var conversation = await TypedConversation.StartedAsync(fixture.Host.Services, locale);
        await conversation.SayEachAsync(Dutch(locale) ? "ik ben de buurvrouw|een stel|ik hoor geschreeuw" : "i am a neighbour|a couple|i hear shouting");

        await conversation.SayAsync(said);

        Assert.Equal(["frequency_often"], conversation.State.Values.GetValueOrDefault("frequency") ?? []);
        Assert.Equal("ask_serious", conversation.State.Top!.Step);
    }

    /// <summary>A first message with typos of "buurvrouw", "buren", "avond", "neighbour", "every" is read as it was meant.</summary>
    [Theory]
    [InlineData("nl-NL", "ik maak me zorgen om mijn buuvrouw, ik hoor elke avnod geschreeuw")]
    [InlineData("nl-NL", "ik hoor elke avnod geschreeuw bij de bueren")]
    [InlineData("en-GB", "i'm worried about my nieghbour, i hear shouting evry night")]
    [InlineData("en-GB", "my nieghbours are screaming evry nihgt")]
    public async Task A_first_message_with_hurried_typos_is_a_neighbour_who_hears_shouting_often(string locale, string said)
    {
        var conversation = await TypedConversation.StartedAsync(fixture.Host.Services, locale);

        await conversation.SayAsync(said);

        Assert.Equal(["neighbour"], conversation.State.Values.GetValueOrDefault("role") ?? []);
        Assert.Contains("shouting_or_screaming", conversation.State.Values.GetValueOrDefault("signals") ?? []);
        Assert.Equal(["frequency_often"], conversation.State.Values.GetValueOrDefault("frequency") ?? []);
    }

    /// <summary>A real word one letter from a short known word is not read as that word: "ze slaapt slecht" is no hitting, "ik vond" no evening.</summary>
    [Theory]
    [InlineData("nl-NL", "ze slaapt heel slecht")]
    [InlineData("nl-NL", "ik vond dat ze er moe uitzag")]
    [InlineData("en-GB", "she is never angry")]
    public async Task A_real_word_near_a_short_known_word_is_not_read_as_it(string locale, string said)
    {
        var conversation = await TypedConversation.StartedAsync(fixture.Host.Services, locale);
        await conversation.SayEachAsync(Dutch(locale) ? "ik ben de buurvrouw|een stel" : "i am a neighbour|a couple");

        await conversation.SayAsync(said);

        Assert.DoesNotContain("physical_violence", conversation.State.Values.GetValueOrDefault("signals") ?? []);
        Assert.False(conversation.State.Values.ContainsKey("frequency"));
    }

    /// <summary>
    /// A child heard screaming ("ik hoor een kind gillen") is "Schreeuwen of gillen", the sign of that name (it is listed for a
    /// child too), not "Kinderen die erg huilen"; a child who cries or shrieks still is.
    /// </summary>
    [Theory]
    [InlineData("nl-NL", "een kind", "ik hoor een kind gillen", "shouting_or_screaming")]
    [InlineData("nl-NL", "een kind", "het meisje gilt vaak", "shouting_or_screaming")]
    [InlineData("nl-NL", "een stel", "de kinderen gillen", "shouting_or_screaming")]
    [InlineData("nl-NL", "een kind", "ik hoor het kind huilen", "children_crying")]
    [InlineData("nl-NL", "een kind", "de kinderen krijsen vaak", "children_crying")]
    [InlineData("en-GB", "a child", "i hear a child screaming", "shouting_or_screaming")]
    [InlineData("en-GB", "a child", "the kids scream a lot", "shouting_or_screaming")]
    [InlineData("en-GB", "a child", "i hear the kids crying", "children_crying")]
    public async Task A_child_heard_screaming_is_screaming_and_a_child_heard_crying_is_crying(string locale, string about, string said, string sign)
    {
        var conversation = await TypedConversation.StartedAsync(fixture.Host.Services, locale);
        await conversation.SayEachAsync((Dutch(locale) ? "ik ben de buurvrouw|" : "i am a neighbour|") + about);

        await conversation.SayAsync(said);

        Assert.Equal([sign], conversation.State.Values.GetValueOrDefault("signals") ?? []);
    }

    /// <summary>
    /// "weet niet, elke nacht zo'n beetje" / "idk like every night" is an answer about how often, at the open signs list and at
    /// the question itself: the "niet" of "weet niet" ends its clause and does not deny "elke nacht" after the comma.
    /// </summary>
    [Theory]
    [InlineData("nl-NL", "weet niet, elke nacht zo'n beetje")]
    [InlineData("nl-NL", "weet ik niet, elke avond wel")]
    [InlineData("nl-NL", "ik weet het niet. bijna elke dag")]
    [InlineData("en-GB", "idk like every night")]
    [InlineData("en-GB", "dont know, every night")]
    public async Task Not_knowing_and_then_every_night_is_often(string locale, string said)
    {
        var atTheList = await TypedConversation.StartedAsync(fixture.Host.Services, locale);
        await atTheList.SayEachAsync(Dutch(locale) ? "ik ben de buurvrouw|een stel|ik hoor geschreeuw" : "i am a neighbour|a couple|i hear shouting");
        var atTheQuestion = await TypedConversation.StartedAsync(fixture.Host.Services, locale);
        await atTheQuestion.SayEachAsync(Dutch(locale) ? "ik ben de buurvrouw|een stel|ik hoor geschreeuw|klaar" : "i am a neighbour|a couple|i hear shouting|done");

        await atTheList.SayAsync(said);
        await atTheQuestion.SayAsync(said);

        Assert.Equal(["frequency_often"], atTheList.State.Values.GetValueOrDefault("frequency") ?? []);
        Assert.Equal(["frequency_often"], atTheQuestion.State.Values.GetValueOrDefault("frequency") ?? []);
    }

    /// <summary>A negation in the same clause still denies: "niet elke nacht" is not often, "geen kinderen, wel een mes" has no children.</summary>
    [Theory]
    [InlineData("nl-NL", "niet elke nacht, soms")]
    [InlineData("en-GB", "not every night, sometimes")]
    public async Task A_negation_in_the_same_clause_still_denies(string locale, string said)
    {
        var conversation = await TypedConversation.StartedAsync(fixture.Host.Services, locale);
        await conversation.SayEachAsync(Dutch(locale) ? "ik ben de buurvrouw|een stel|ik hoor geschreeuw|klaar" : "i am a neighbour|a couple|i hear shouting|done");

        await conversation.SayAsync(said);

        Assert.Equal(["frequency_sometimes"], conversation.State.Values.GetValueOrDefault("frequency") ?? []);
    }

    /// <summary>
    /// A grandchild is a child: "kleinzoon" / "grandson" alone at "Over wie maak je je zorgen?", and a grandchild whose father
    /// hits her ("mijn kleindochter, haar vader slaat haar") is no parent harmed by their child. The flow asks no age.
    /// </summary>
    [Theory]
    [InlineData("nl-NL", "ik ben familie|kleinzoon")]
    [InlineData("nl-NL", "ik ben oma|kleindochter")]
    [InlineData("nl-NL", "ik maak me zorgen om mijn kleindochter, haar vader slaat haar")]
    [InlineData("nl-NL", "mijn kleinzoon wordt door zijn vader geslagen")]
    [InlineData("en-GB", "i am family|grandson")]
    [InlineData("en-GB", "i'm worried about my granddaughter, her dad hits her")]
    [InlineData("en-GB", "my grandson's mum hits him")]
    public async Task A_grandchild_is_a_child(string locale, string messages)
    {
        var conversation = await TypedConversation.StartedAsync(fixture.Host.Services, locale);

        await conversation.SayEachAsync(messages);

        Assert.Equal(["child"], conversation.State.Values.GetValueOrDefault("about") ?? []);
        Assert.DoesNotContain("child_attacks_parent", conversation.State.Values.GetValueOrDefault("signals") ?? []);
        Assert.Equal("ask_signals", conversation.State.Top!.Step);
    }

    /// <summary>Someone else's grandson who takes her money still makes her an older person; a son who hits his mother still is a child who hits.</summary>
    [Theory]
    [InlineData("nl-NL", "haar kleinzoon pakt steeds haar pinpas", "older_person")]
    [InlineData("nl-NL", "mijn zoon slaat mij", "parent_harmed_by_child")]
    [InlineData("en-GB", "her grandson keeps taking her bank card", "older_person")]
    [InlineData("en-GB", "my son hits me", "parent_harmed_by_child")]
    public async Task Someone_elses_grandson_and_a_son_who_hits_are_read_as_before(string locale, string said, string about)
    {
        var conversation = await TypedConversation.StartedAsync(fixture.Host.Services, locale);

        await conversation.SayAsync(said);

        Assert.Equal([about], conversation.State.Values.GetValueOrDefault("about") ?? []);
    }

    /// <summary>
    /// "bellen" / "call" once the conversation has ended, or at a question it does not answer, gets the numbers at once (112,
    /// Veilig Thuis 0800-2000) instead of the welcome or "Dat begrijp ik niet goed"; the conversation stays ended.
    /// </summary>
    [Theory]
    [InlineData("nl-NL", "stop", "bellen")]
    [InlineData("nl-NL", "ik ben de buurvrouw|een stel|ik hoor geschreeuw|klaar|vaak|nee|nee|overslaan", "bellen")]
    [InlineData("nl-NL", "ik ben de buurvrouw", "wie kan ik bellen?")]
    [InlineData("en-GB", "stop", "call")]
    [InlineData("en-GB", "i am a neighbour|a couple", "call")]
    [InlineData("en-GB", "i am a neighbour", "who should i call")]
    public async Task Bellen_gets_the_numbers_at_once(string locale, string before, string said)
    {
        var conversation = await TypedConversation.StartedAsync(fixture.Host.Services, locale);
        await conversation.SayEachAsync(before);
        var ended = conversation.State.Top is null;

        var replies = await conversation.SayAsync(said);

        Assert.Contains(replies, reply => reply.Text.Contains("112", StringComparison.Ordinal) && reply.Text.Contains("0800-2000", StringComparison.Ordinal));
        Assert.DoesNotContain(replies, reply => reply.Text.StartsWith(Dutch(locale) ? "Hallo." : "Hello.", StringComparison.Ordinal));
        Assert.DoesNotContain(replies, reply => reply.Text.StartsWith(Dutch(locale) ? "Dat begrijp ik niet goed" : "I do not quite understand", StringComparison.Ordinal));
        Assert.Equal(ended, conversation.State.Top is null);
    }

    /// <summary>"Bellen" where it is an answer still answers: the way Moviera contacts you, and a yes by phone at the consent.</summary>
    [Theory]
    [InlineData("nl-NL", "ja|ja", "bellen")]
    [InlineData("en-GB", "yes|yes", "phone")]
    [InlineData("nl-NL", "ja", "bellen")]
    [InlineData("en-GB", "yes", "phone")]
    public async Task Bellen_at_the_way_of_contact_is_still_a_phone_call(string locale, string before, string said)
    {
        var conversation = await TypedConversation.StartedAsync(fixture.Host.Services, locale);
        await conversation.TypeANeighbourUpToTheOfferAsync();
        await conversation.SayEachAsync(before);

        await conversation.SayAsync(said);

        Assert.Equal(["phone"], conversation.State.Values.GetValueOrDefault("contact_way") ?? []);
    }

    /// <summary>
    /// A phone number given with the yes to the offer is already known when the request is explained: the bot does not say
    /// it will ask how Moviera can reach you. Without a number it still does.
    /// </summary>
    [Theory]
    [InlineData("nl-NL", "ja, bel me op 06-12345678", false)]
    [InlineData("nl-NL", "ja", true)]
    [InlineData("en-GB", "yes, call me on 0612345678", false)]
    [InlineData("en-GB", "yes", true)]
    public async Task The_explanation_promises_to_ask_how_to_reach_you_only_when_it_is_not_known(string locale, string said, bool promised)
    {
        var conversation = await TypedConversation.StartedAsync(fixture.Host.Services, locale);
        await conversation.TypeANeighbourUpToTheOfferAsync();

        var replies = await conversation.SayAsync(said);

        Assert.Contains(replies, reply => reply.Text == ConsentQuestion(locale));
        Assert.Equal(promised, replies.Any(reply => reply.Text.Contains(Dutch(locale) ? "vraag ik hoe Moviera je kan bereiken" : "I ask how Moviera can reach you", StringComparison.Ordinal)));
    }

    /// <summary>
    /// Found by playing a boy of 16 in chat style: "im 16 my mums new bf keeps shouting n breaking stuff" is a young person at
    /// home (the mother's new boyfriend, as her boyfriend already was), and "can i talk to some1" asks for a person.
    /// </summary>
    [Theory]
    [InlineData("en-GB", "im 16 my mums new bf keeps shouting n breaking stuff")]
    [InlineData("en-GB", "im 15 and my mum's new boyfriend yells all the time")]
    [InlineData("nl-NL", "ik ben 16 en de nieuwe vriend van mijn moeder schreeuwt steeds")]
    public async Task A_young_person_whose_mothers_new_boyfriend_shouts_is_about_home(string locale, string said)
    {
        var conversation = await TypedConversation.StartedAsync(fixture.Host.Services, locale);

        await conversation.SayAsync(said);

        Assert.Equal(["self"], conversation.State.Values.GetValueOrDefault("role") ?? []);
        Assert.Equal(["child"], conversation.State.Values.GetValueOrDefault("about") ?? []);
    }

    [Theory]
    [InlineData("en-GB", "can i talk to some1")]
    [InlineData("en-GB", "i want to talk to some1 pls")]
    public async Task Some1_is_someone(string locale, string said)
    {
        var conversation = await TypedConversation.StartedAsync(fixture.Host.Services, locale);
        await conversation.SayAsync("i am a neighbour");

        var replies = await conversation.SayAsync(said);

        Assert.Contains(replies, reply => reply.Text == ConsentQuestion(locale));
    }

    /// <summary>
    /// Found by playing a district nurse: "hij zorgt alleen voor haar" at the serious things is no request to go back a question
    /// ("vorige" shares its stem with "voor"); it tells that she depends on him. "vorige" alone still asks to go back.
    /// </summary>
    [Theory]
    [InlineData("nl-NL", "hij zorgt alleen voor haar")]
    [InlineData("en-GB", "he cares for her on his own")]
    public async Task Caring_for_her_alone_is_dependence_not_going_back(string locale, string said)
    {
        var conversation = await TypedConversation.StartedAsync(fixture.Host.Services, locale);
        await conversation.SayEachAsync(Dutch(locale) ? "ik ben de buurvrouw|een stel|ik hoor geschreeuw|klaar|vaak" : "i am a neighbour|a couple|i hear shouting|done|often");

        var replies = await conversation.SayAsync(said);

        Assert.DoesNotContain(replies, reply => reply.Text.StartsWith(Dutch(locale) ? "Een vraag terug" : "I cannot go back", StringComparison.Ordinal));
        Assert.Contains("isolated_or_dependent", conversation.State.Values.GetValueOrDefault("serious_factors") ?? []);
    }

    [Fact]
    public async Task Vorige_alone_still_asks_to_go_back()
    {
        var conversation = await TypedConversation.StartedAsync(fixture.Host.Services, "nl-NL");
        await conversation.SayAsync("ik ben de buurvrouw");

        var replies = await conversation.SayAsync("vorige");

        Assert.Contains(replies, reply => reply.Text.StartsWith("Een vraag terug", StringComparison.Ordinal));
    }
}
