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
}
