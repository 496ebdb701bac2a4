namespace TakeABreak.Bot.Tests.Conversation.Understanding;

/// <summary>
/// What playing whole typed conversations found in the twenty-eighth round (issue "understanding people"): a neighbour who
/// hears "d'r man" shout, a mother whose son-in-law "wordt snel boos", someone who will call Moviera herself, and a
/// neighbour who goes on with the conversation after a request sent at the first question.
/// </summary>
public sealed class PlayedTwentyEighthRoundTests(ConversationHostFixture fixture) : IClassFixture<ConversationHostFixture>
{
    /// <summary>Her man, written the way people chat, is her partner: the story answers "Over wie maak je je zorgen?".</summary>
    [Theory]
    [InlineData("nl-NL", "ik maak me zorgen om mn buurvrouw ik hoor d'r man schreeuwen")]
    [InlineData("nl-NL", "ik maak me zorgen om mijn buurvrouw, ik hoor haar vent schreeuwen")]
    [InlineData("nl-NL", "mijn buurvrouw, ik hoor dr vriend steeds schreeuwen")]
    [InlineData("en-US", "I'm worried about my neighbour, I can hear her husband shouting")]
    public async Task A_neighbour_who_hears_her_man_shout_is_worried_about_a_partner(string locale, string story)
    {
        var conversation = await TypedConversation.StartedAsync(fixture.Host.Services, locale);

        await conversation.SayAsync(story);

        Assert.Contains("partner", conversation.State.Values.GetValueOrDefault("about") ?? []);
        Assert.Contains("shouting_or_screaming", conversation.State.Values.GetValueOrDefault("signals") ?? []);
    }

    /// <summary>"Klaar" with nobody chosen after a story that named no one says how to choose, not only "choose one".</summary>
    [Theory]
    [InlineData("nl-NL", "ik maak me zorgen om de buren, ik hoor de man schreeuwen", "klaar", "Een partner of ex-partner")]
    [InlineData("en-US", "I'm worried about the people next door, I hear the man shouting", "done", "A partner or ex-partner")]
    public async Task Done_with_nobody_chosen_after_a_story_says_whom_to_choose(string locale, string story, string done, string partner)
    {
        var conversation = await TypedConversation.StartedAsync(fixture.Host.Services, locale);
        await conversation.SayAsync(story);
        Assert.Contains("shouting_or_screaming", conversation.State.Values.GetValueOrDefault("signals") ?? []);

        var replies = await conversation.SayAsync(done);

        Assert.Contains(replies, reply => reply.Text.Contains(partner, StringComparison.Ordinal));
    }

    /// <summary>"Snel boos" about him tells how he is: it is no sign that she is restless or tense.</summary>
    [Theory]
    [InlineData("nl-NL", "ik maak me zorgen om mijn dochter, haar man wordt snel boos")]
    [InlineData("nl-NL", "ik maak me zorgen om mijn zus, haar vriend is snel boos en zij is bang")]
    [InlineData("nl-NL", "mijn buurvrouw is bang, hij wordt snel boos")]
    [InlineData("en-US", "I'm worried about my daughter, her husband gets angry quickly")]
    [InlineData("en-US", "I'm worried about my sister, her boyfriend is irritable and she is scared")]
    public async Task His_quick_anger_is_not_her_unrest(string locale, string story)
    {
        var conversation = await TypedConversation.StartedAsync(fixture.Host.Services, locale);

        await conversation.SayAsync(story);

        Assert.DoesNotContain("agitated", conversation.State.Values.GetValueOrDefault("signals") ?? []);
    }

    [Theory]
    [InlineData("nl-NL", "ik maak me zorgen om mijn zus, ze is erg gespannen")]
    [InlineData("en-US", "I'm worried about my sister, she is very tense")]
    public async Task Her_own_unrest_is_still_a_sign(string locale, string story)
    {
        var conversation = await TypedConversation.StartedAsync(fixture.Host.Services, locale);

        await conversation.SayAsync(story);

        Assert.Contains("agitated", conversation.State.Values.GetValueOrDefault("signals") ?? []);
    }

    /// <summary>"Ik bel ze zelf wel" at the consent question: "ze" is Moviera, whom she calls herself, no story about someone else.</summary>
    [Theory]
    [InlineData("nl-NL", "ik bel ze zelf wel")]
    [InlineData("nl-NL", "ik bel ze zelf")]
    [InlineData("nl-NL", "ik neem zelf wel contact met ze op")]
    [InlineData("en-US", "i'll call them myself")]
    [InlineData("en-US", "I will contact them myself")]
    public async Task Calling_them_oneself_at_the_consent_question_is_a_yes_with_that_way(string locale, string self)
    {
        var dutch = locale == "nl-NL";
        var conversation = await TypedConversation.StartedAsync(fixture.Host.Services, locale);
        var reached = await conversation.TypeUntilAsync(
            dutch ? "Vind je het goed dat we dit naar Moviera sturen?" : "Do you agree that we send this to Moviera?",
            dutch ? ["mijn man duwt me", "klaar", "af en toe", "klaar", "ja"] : ["my husband pushes me", "done", "often", "done", "yes"]);
        Assert.True(reached is not null, string.Join("\n", conversation.AllTexts.TakeLast(6)));

        var replies = await conversation.SayAsync(self);

        Assert.True(conversation.State.Values.GetValueOrDefault("contact_way") is ["self"], string.Join("\n", replies.Select(reply => reply.Text)));
        Assert.DoesNotContain(replies, reply => reply.Text.StartsWith(dutch ? "Dat weet ik al" : "I already know", StringComparison.Ordinal));
    }

    /// <summary>
    /// A request begun at the first question whose story told who writes and about whom: "verder" after it was sent goes
    /// on with the conversation past what the story answered, not back to "Wat past het best bij jou?".
    /// </summary>
    [Theory]
    [InlineData("nl-NL", "ik wil met iemand van moviera praten", "mijn buurvrouw wordt geslagen door haar man", "verder")]
    [InlineData("nl-NL", "ik wil een mens spreken", "mijn buurvrouw wordt geslagen door haar man", "verder met het gesprek")]
    [InlineData("en-US", "i want to talk to a person", "my neighbour is beaten by her husband", "continue")]
    public async Task Going_on_after_a_request_sent_at_the_first_question_skips_what_the_story_answered(string locale, string request, string story, string goOn)
    {
        var dutch = locale == "nl-NL";
        var conversation = await TypedConversation.StartedAsync(fixture.Host.Services, locale);
        await conversation.SayAsync(request);
        await conversation.SayAsync(story);
        var reached = await conversation.TypeUntilAsync(
            dutch ? "Wil je nog verder met het gesprek" : "Would you like to go on with the conversation",
            dutch ? ["ja", "ik neem zelf contact op", "overslaan", "versturen"] : ["yes", "i will contact moviera myself", "skip", "send"]);
        Assert.True(reached is not null, string.Join("\n", conversation.AllTexts.TakeLast(6)));

        var replies = await conversation.SayAsync(goOn);

        Assert.DoesNotContain(replies, reply => reply.Text.StartsWith(dutch ? "Wat past het best bij jou?" : "What fits you best?", StringComparison.Ordinal));
        Assert.Equal(["neighbour"], conversation.State.Values.GetValueOrDefault("role") ?? []);
    }

    /// <summary>A sign told again at the signs list is acknowledged as told already, not "understood" as if it were new.</summary>
    [Theory]
    [InlineData("nl-NL", "ik maak me zorgen om mijn buurvrouw, haar man schreeuwt tegen haar", "ik hoor hem echt schreeuwen", "Je vertelde al: schreeuwen of gillen.")]
    [InlineData("nl-NL", "mijn man slaat me", "hij slaat me echt", "Je vertelde al")]
    [InlineData("en-US", "I'm worried about my neighbour, her husband shouts at her", "I really hear him shouting", "You already told me: shouting or screaming.")]
    public async Task A_sign_told_again_is_said_to_be_told_already(string locale, string story, string again, string known)
    {
        var conversation = await TypedConversation.StartedAsync(fixture.Host.Services, locale);
        await conversation.SayAsync(story);

        var replies = await conversation.SayAsync(again);

        Assert.Contains(replies, reply => reply.Text.StartsWith(known, StringComparison.Ordinal));
        Assert.DoesNotContain(replies, reply => reply.Text.StartsWith(locale == "nl-NL" ? "Ik begrijp" : "I understood", StringComparison.Ordinal));
    }

    /// <summary>Where he is now ("hij is nu naar zijn werk"), told at a question, is heard and the question goes on.</summary>
    [Theory]
    [InlineData("nl-NL", "mijn man duwt me", "hij is nu naar zijn werk", "Dank je, dat is goed om te weten")]
    [InlineData("nl-NL", "mijn man duwt me", "hij is er nu niet", "Dank je, dat is goed om te weten")]
    [InlineData("nl-NL", "mijn vriend slaat me", "hij is nu op zijn werk gelukkig", "Dank je, dat is goed om te weten")]
    [InlineData("en-US", "my husband pushes me", "he is at work now", "Thank you, that is good to know")]
    [InlineData("en-US", "my husband pushes me", "he's not home right now", "Thank you, that is good to know")]
    public async Task Where_he_is_now_is_heard_at_a_question(string locale, string story, string whereHeIs, string heard)
    {
        var conversation = await TypedConversation.StartedAsync(fixture.Host.Services, locale);
        await conversation.SayAsync(story);

        var replies = await conversation.SayAsync(whereHeIs);

        Assert.Contains(replies, reply => reply.Text.StartsWith(heard, StringComparison.Ordinal));
        Assert.DoesNotContain(replies, reply => reply.Text.StartsWith(locale == "nl-NL" ? "Dat begrijp ik niet" : "I don't understand", StringComparison.Ordinal));
    }

    /// <summary>
    /// "Ja soms ook mij" from a 15-year-old who told that the father hits the mother: it happens to them too. That keeps the
    /// list open; it does not close it as if "ja" meant "that is all".
    /// </summary>
    [Theory]
    [InlineData("nl-NL", "ik ben 15", "mijn vader slaat mijn moeder", "ja soms ook mij", "Het gebeurt dus ook bij jou")]
    [InlineData("nl-NL", "ik ben 15", "mijn vader slaat mijn moeder", "mij ook", "Het gebeurt dus ook bij jou")]
    [InlineData("nl-NL", "ik ben 14", "mijn stiefvader schreeuwt tegen mijn moeder", "ja en soms ook tegen mij", "Het gebeurt dus ook bij jou")]
    [InlineData("en-US", "i'm 15", "my dad hits my mum", "yes sometimes me too", "So it happens to you too")]
    public async Task Me_too_at_the_signs_keeps_the_list_open(string locale, string age, string story, string meToo, string heard)
    {
        var dutch = locale == "nl-NL";
        var conversation = await TypedConversation.StartedAsync(fixture.Host.Services, locale);
        await conversation.SayAsync(age);
        await conversation.SayAsync(story);

        var replies = await conversation.SayAsync(meToo);

        Assert.Contains(replies, reply => reply.Text.StartsWith(heard, StringComparison.Ordinal));
        Assert.Contains(replies, reply => reply.Text.Contains(dutch ? "Is er nog meer?" : "Anything else?", StringComparison.Ordinal));
    }

    /// <summary>A knife told at the feedback question is added to the story, and "een keer" there does not change how often.</summary>
    [Theory]
    [InlineData("nl-NL", "hij heeft een mes gepakt een keer")]
    [InlineData("nl-NL", "hij heeft een keer een mes gepakt")]
    [InlineData("en-US", "he pulled a knife on me once")]
    public async Task A_knife_told_at_the_feedback_question_is_kept_and_how_often_stays(string locale, string knife)
    {
        var dutch = locale == "nl-NL";
        var conversation = await TypedConversation.StartedAsync(fixture.Host.Services, locale);
        var reached = await conversation.TypeUntilAsync(
            dutch ? "Had je iets aan dit gesprek?" : "Was this conversation helpful?",
            dutch ? ["mijn man duwt me", "klaar", "vaak", "klaar", "nee"] : ["my husband pushes me", "done", "often", "done", "no"]);
        Assert.True(reached is not null, string.Join("\n", conversation.AllTexts.TakeLast(6)));

        await conversation.SayAsync(knife);

        Assert.Equal(["frequency_often"], conversation.State.Values.GetValueOrDefault("frequency") ?? []);
        Assert.Contains("weapons_used", conversation.State.Values.GetValueOrDefault("serious_factors") ?? []);
    }

    /// <summary>"Ok" right after an information answer acknowledges it: it is no yes to the question asked again.</summary>
    [Theory]
    [InlineData("nl-NL", "wat doet moviera eigenlijk?", "ok")]
    [InlineData("nl-NL", "wat is veilig thuis?", "oke")]
    [InlineData("en-US", "what does moviera do?", "ok")]
    public async Task Ok_after_an_information_answer_is_no_yes(string locale, string question, string ok)
    {
        var dutch = locale == "nl-NL";
        var conversation = await TypedConversation.StartedAsync(fixture.Host.Services, locale);
        var reached = await conversation.TypeUntilAsync(
            dutch ? "Wil je dit bespreken met iemand van Moviera?" : "Would you like to talk this through with someone from Moviera?",
            dutch ? ["mijn man duwt me", "klaar", "vaak", "klaar"] : ["my husband pushes me", "done", "often", "done"]);
        Assert.True(reached is not null, string.Join("\n", conversation.AllTexts.TakeLast(6)));
        await conversation.SayAsync(question);

        var replies = await conversation.SayAsync(ok);

        Assert.DoesNotContain(replies, reply => reply.Text.Contains(dutch ? "Vind je het goed" : "Do you agree", StringComparison.Ordinal));
        Assert.Contains(replies, reply => reply.Text.StartsWith(dutch ? "Wil je dit bespreken" : "Would you like to talk this through", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("nl-NL", "ok")]
    [InlineData("en-US", "ok")]
    public async Task Ok_without_an_information_answer_before_is_still_a_yes(string locale, string ok)
    {
        var dutch = locale == "nl-NL";
        var conversation = await TypedConversation.StartedAsync(fixture.Host.Services, locale);
        var reached = await conversation.TypeUntilAsync(
            dutch ? "Wil je dit bespreken met iemand van Moviera?" : "Would you like to talk this through with someone from Moviera?",
            dutch ? ["mijn man duwt me", "klaar", "vaak", "klaar"] : ["my husband pushes me", "done", "often", "done"]);
        Assert.True(reached is not null, string.Join("\n", conversation.AllTexts.TakeLast(6)));

        var replies = await conversation.SayAsync(ok);

        Assert.Contains(replies, reply => reply.Text.Contains(dutch ? "Vind je het goed" : "Do you agree", StringComparison.Ordinal));
    }

    /// <summary>
    /// A request asked for before anything was told is explained as not urgent; a story with a serious sign told at its
    /// consent question makes it more urgent, so the request's urgency is worked out again before the time question.
    /// </summary>
    [Theory]
    [InlineData("nl-NL", "ik wil een mens spreken", "mijn buurvrouw is door haar man gewurgd", "ja", "bellen", "urgent acute")]
    [InlineData("nl-NL", "ik wil met iemand van moviera praten", "mijn man heeft me gisteren geslagen", "ja", "bel me maar", "concern urgent acute")]
    [InlineData("en-US", "i want to talk to a person", "my neighbour was strangled by her husband", "yes", "phone", "urgent acute")]
    public async Task A_serious_story_told_during_a_request_makes_the_request_more_urgent(string locale, string request, string story, string yes, string way, string expected)
    {
        var conversation = await TypedConversation.StartedAsync(fixture.Host.Services, locale);
        await conversation.SayAsync(request);
        await conversation.SayAsync(story);
        Assert.Equal(["information"], conversation.State.Values.GetValueOrDefault("consultation_urgency") ?? []);

        await conversation.SayAsync(yes);
        await conversation.SayAsync(way);
        await conversation.SayAsync("0612345678");

        var urgency = conversation.State.Values.GetValueOrDefault("consultation_urgency") ?? [];
        Assert.True(urgency is [var level] && expected.Split(' ').Contains(level), string.Join("\n", conversation.AllTexts.TakeLast(6)) + "\n" + string.Join(",", urgency));
    }

    /// <summary>Found by playing an expat in English: "he's at work now" says where he is, not that the writer is a colleague.</summary>
    [Theory]
    [InlineData("en-US", "he's at work now")]
    [InlineData("en-US", "he is at work")]
    [InlineData("nl-NL", "hij is nu op zijn werk")]
    public async Task Where_he_is_now_at_the_first_question_makes_nobody_a_colleague(string locale, string whereHeIs)
    {
        var conversation = await TypedConversation.StartedAsync(fixture.Host.Services, locale);

        await conversation.SayAsync(whereHeIs);

        Assert.False(conversation.State.Values.ContainsKey("role"));
    }

    /// <summary>A husband who controls "our" money is told about by the one it happens to.</summary>
    [Theory]
    [InlineData("en-US", "my husband controls all our money and I can't work here without him")]
    [InlineData("en-US", "my husband controls our money")]
    [InlineData("nl-NL", "mijn man beheert al ons geld")]
    public async Task A_husband_who_controls_our_money_is_a_story_about_oneself(string locale, string story)
    {
        var conversation = await TypedConversation.StartedAsync(fixture.Host.Services, locale);

        await conversation.SayAsync(story);

        Assert.Equal(["self"], conversation.State.Values.GetValueOrDefault("role") ?? []);
        Assert.Contains("partner", conversation.State.Values.GetValueOrDefault("about") ?? []);
    }

    /// <summary>Contacting Moviera oneself, said at the offer to talk to Moviera, is no partner who controls contacts.</summary>
    [Theory]
    [InlineData("en-US", "I'll contact them myself")]
    [InlineData("nl-NL", "ik neem zelf wel contact op")]
    public async Task Contacting_Moviera_oneself_at_the_offer_ticks_no_sign(string locale, string self)
    {
        var dutch = locale == "nl-NL";
        var conversation = await TypedConversation.StartedAsync(fixture.Host.Services, locale);
        var reached = await conversation.TypeUntilAsync(
            dutch ? "Wil je dit bespreken met iemand van Moviera?" : "Would you like to talk this through with someone from Moviera?",
            dutch ? ["mijn man duwt me", "klaar", "vaak", "klaar"] : ["my husband pushes me", "done", "often", "done"]);
        Assert.True(reached is not null, string.Join("\n", conversation.AllTexts.TakeLast(6)));

        await conversation.SayAsync(self);

        Assert.DoesNotContain("controls_contacts", conversation.State.Values.GetValueOrDefault("signals") ?? []);
    }

    /// <summary>Found by playing a neighbour: children heard crying, told at the serious things, are no correction of "a couple".</summary>
    [Theory]
    [InlineData("nl-NL", "ik woon naast een stel en ik hoor vaak gegil", "ze gillen allebei, soms hoor ik ook kinderen huilen")]
    [InlineData("en-US", "I live next to a couple and I often hear screaming", "they both scream, sometimes I hear children crying too")]
    public async Task Children_heard_crying_at_the_serious_things_do_not_replace_the_couple(string locale, string story, string children)
    {
        var dutch = locale == "nl-NL";
        var conversation = await TypedConversation.StartedAsync(fixture.Host.Services, locale);
        var reached = await conversation.TypeUntilAsync(
            dutch ? "Is een van deze dingen gebeurd?" : "Has any of these happened?",
            dutch ? [story, "klaar"] : [story, "done"]);
        Assert.True(reached is not null, string.Join("\n", conversation.AllTexts.TakeLast(6)));

        await conversation.SayAsync(children);

        Assert.Contains("partner", conversation.State.Values.GetValueOrDefault("about") ?? []);
        Assert.Contains("children_crying", conversation.State.Values.GetValueOrDefault("signals") ?? []);
    }
}
