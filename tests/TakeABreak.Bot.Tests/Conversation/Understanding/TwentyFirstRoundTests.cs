namespace TakeABreak.Bot.Tests.Conversation.Understanding;

/// <summary>
/// What residents typed in the twenty-first round: Dutch learned as a second language ("mijn man is mij slaan"), one act
/// told among others with words between ("she also threw a glass at me once"), the first sign told with how often at the
/// open signs list, and how often something happens each month; and what went wrong in the conversations played as new
/// users in the sixteenth session: an older man whose son takes his money was sent to De Kindertelefoon,
/// "but he is also sweet to the kids" changed whom it was about, "not sure if this counts as abuse" ticked hitting, "ik ben
/// haar dochter" was read as a child, asking whether it can be anonymous was no yes or no, and "it happens I don't know".
/// </summary>
public sealed class TwentyFirstRoundTests(ConversationHostFixture fixture) : IClassFixture<ConversationHostFixture>
{
    [Theory]
    [InlineData("mijn man is mij slaan")]
    [InlineData("mijn man is me slaan")]
    [InlineData("mijn vriend mij slaan en schoppen")]
    public async Task Second_language_Dutch_about_her_own_partner_is_about_herself(string story)
    {
        var opening = await TypedConversation.StartedAsync(fixture.Host.Services, "nl-NL");
        await opening.SayAsync(story);

        Assert.Equal(["self"], opening.State.Values["role"]);
        Assert.Equal(["partner"], opening.State.Values["about"]);

        var answer = await TypedConversation.StartedAsync(fixture.Host.Services, "nl-NL");
        await answer.SayAsync("hallo");
        await answer.SayAsync(story);

        Assert.Equal(["self"], answer.State.Values["role"]);
        Assert.Contains("physical_violence", answer.State.Values["signals"]);
    }

    /// <summary>A sign told once among others, with words between "also" and "once": it does not answer how often it all happens.</summary>
    [Theory]
    [InlineData("en-US", "my husband calls me names", "she also threw a glass at me once")]
    [InlineData("en-US", "my husband calls me names", "he also grabbed my arm really hard once")]
    [InlineData("nl-NL", "mijn man scheldt me uit", "hij gooide ook een keer een glas naar me")]
    [InlineData("nl-NL", "mijn man scheldt me uit", "hij heeft ook zo hard aan mijn arm getrokken, één keer")]
    public async Task One_act_told_among_others_with_words_between_is_no_answer_to_how_often(string locale, string story, string sign)
    {
        var conversation = await TypedConversation.StartedAsync(fixture.Host.Services, locale);
        await conversation.SayAsync(story);

        await conversation.SayAsync(sign);

        Assert.False(conversation.State.Values.ContainsKey("frequency"));
    }

    /// <summary>The first sign typed at the open signs list with how often is ticked, how often is noted, and the list stays open.</summary>
    [Theory]
    [InlineData("nl-NL", "hij heeft haar één keer geslagen", "physical_violence", "frequency_once")]
    [InlineData("nl-NL", "ze had één keer een blauw oog", "unexplained_injuries", "frequency_once")]
    [InlineData("nl-NL", "ik hoor elke maand geschreeuw", "shouting_or_screaming", "frequency_often")]
    [InlineData("nl-NL", "ik hoor vaak schreeuwen", "shouting_or_screaming", "frequency_often")]
    [InlineData("en-US", "he hit her once", "physical_violence", "frequency_once")]
    [InlineData("en-US", "i hear shouting every month", "shouting_or_screaming", "frequency_often")]
    public async Task The_first_sign_told_with_how_often_is_ticked_and_the_list_stays_open(string locale, string sign, string signal, string frequency)
    {
        var dutch = locale == "nl-NL";
        var conversation = await TypedConversation.StartedAsync(fixture.Host.Services, locale);
        await conversation.SayAsync(dutch ? "buur" : "neighbour");
        await conversation.SayAsync(dutch ? "een vrouw en haar man" : "a couple");

        var replies = await conversation.SayAsync(sign);

        Assert.Equal("ask_signals", conversation.State.Top!.Step);
        Assert.Contains(signal, conversation.State.Values["signals"]);
        Assert.Equal([frequency], conversation.State.Values["frequency"]);
        Assert.Contains(replies, reply => reply.Text.Contains(dutch ? "Is er nog meer?" : "Anything else?", StringComparison.Ordinal));

        var closing = await conversation.SayAsync(dutch ? "klaar" : "done");

        Assert.DoesNotContain(closing, reply => reply.Text.StartsWith(dutch ? "Hoe vaak" : "How often", StringComparison.Ordinal));
    }

    /// <summary>What comes back every month or more is often; a few times in all, or a few times a year, is a few times.</summary>
    [Theory]
    [InlineData("nl-NL", "elke maand", "frequency_often")]
    [InlineData("nl-NL", "een paar keer per maand", "frequency_often")]
    [InlineData("nl-NL", "twee keer in de maand", "frequency_often")]
    [InlineData("nl-NL", "een keer per maand", "frequency_often")]
    [InlineData("nl-NL", "een paar keer per jaar", "frequency_sometimes")]
    [InlineData("nl-NL", "elk jaar", "frequency_sometimes")]
    [InlineData("en-US", "every month", "frequency_often")]
    [InlineData("en-US", "a few times a month", "frequency_often")]
    [InlineData("en-US", "twice a month", "frequency_often")]
    [InlineData("en-US", "once a month", "frequency_often")]
    [InlineData("en-US", "a few times a year", "frequency_sometimes")]
    [InlineData("en-US", "every year", "frequency_sometimes")]
    public async Task Every_month_or_more_is_often_in_both_languages(string locale, string answer, string expected)
    {
        var conversation = await TypedConversation.StartedAsync(fixture.Host.Services, locale);
        await conversation.SayAsync(locale == "nl-NL" ? "buur" : "neighbour");
        await conversation.SayAsync(locale == "nl-NL" ? "een vrouw en haar man" : "a couple");
        await conversation.SayAsync("1, 2");

        await conversation.SayAsync(answer);

        Assert.Equal([expected], conversation.State.Values["frequency"]);
    }

    [Theory]
    [InlineData("nl-NL", "mijn zoon neemt steeds geld van mijn rekening")]
    [InlineData("nl-NL", "mijn dochter pakt geld uit mijn portemonnee")]
    [InlineData("en-US", "my son takes money from my account")]
    public async Task A_parent_whose_son_takes_their_money_is_harmed_by_their_child_not_a_child_at_home(string locale, string story)
    {
        var conversation = await TypedConversation.StartedAsync(fixture.Host.Services, locale);

        await conversation.SayAsync(story);

        Assert.Equal(["self"], conversation.State.Values["role"]);
        Assert.Equal(["parent_harmed_by_child"], conversation.State.Values["about"]);
        Assert.Contains("no_control_over_own_money", conversation.State.Values["signals"]);
    }

    [Theory]
    [InlineData("nl-NL", "mijn zus haar man is heel jaloers", "ja maar hij is ook heel lief voor de kinderen", "verwarrend")]
    [InlineData("en-US", "my sister's husband is very jealous", "yes but he is also really sweet with the kids", "confusing")]
    public async Task Someone_also_kind_to_the_children_is_heard_and_changes_nobody(string locale, string story, string kind, string heard)
    {
        var conversation = await TypedConversation.StartedAsync(fixture.Host.Services, locale);
        await conversation.SayAsync(story);
        Assert.Equal(["partner"], conversation.State.Values["about"]);

        var replies = await conversation.SayAsync(kind);

        Assert.Equal(["partner"], conversation.State.Values["about"]);
        Assert.Equal("ask_signals", conversation.State.Top!.Step);
        Assert.Contains(replies, reply => reply.Text.Contains(heard, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("i am not sure if this counts as abuse")]
    [InlineData("i dont know if it was abuse")]
    public async Task Asking_whether_it_counts_as_abuse_ticks_no_hitting(string doubt)
    {
        var conversation = await TypedConversation.StartedAsync(fixture.Host.Services, "en-US");

        await conversation.SayAsync(doubt);

        Assert.DoesNotContain("physical_violence", conversation.State.Values.GetValueOrDefault("signals") ?? []);
    }

    [Theory]
    [InlineData("nl-NL", "ik ben haar dochter")]
    [InlineData("en-US", "im her son")]
    public async Task The_writer_who_is_her_son_or_daughter_is_no_child_at_risk(string locale, string relation)
    {
        var conversation = await TypedConversation.StartedAsync(fixture.Host.Services, locale);
        await conversation.SayAsync(locale == "nl-NL" ? "ik maak me zorgen om mijn moeder" : "i am worried about my mother");

        await conversation.SayAsync(relation);

        Assert.DoesNotContain("child", conversation.State.Values.GetValueOrDefault("about") ?? []);
    }

    [Theory]
    [InlineData("nl-NL", "mag ik dit anoniem doen?", "Je hoeft je naam niet te geven")]
    [InlineData("nl-NL", "kan dat anoniem", "Je hoeft je naam niet te geven")]
    [InlineData("en-US", "can i do this anonymously?", "You do not have to give your name")]
    public async Task Asking_at_the_consent_question_whether_it_can_be_anonymous_is_answered(string locale, string question, string answer)
    {
        var conversation = await TypedConversation.StartedAsync(fixture.Host.Services, locale);
        var dutch = locale == "nl-NL";
        var reached = await conversation.TypeUntilAsync(
            dutch ? "Wil je dit bespreken met iemand van Moviera?" : "Would you like to talk this through with someone from Moviera?",
            dutch ? "ik sla mijn vrouw" : "i hit my wife");
        Assert.True(reached is not null, string.Join("\n", conversation.AllTexts.TakeLast(6)));

        var replies = await conversation.SayAsync(question);

        Assert.Contains(replies, reply => reply.Text.Contains(answer, StringComparison.Ordinal));
        Assert.DoesNotContain(replies, reply => reply.Text.StartsWith(dutch ? "Ik weet niet zeker" : "I am not sure", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("nl-NL", "weet ik niet", "je weet niet hoe vaak het gebeurt")]
    [InlineData("en-US", "i dont know", "you do not know how often it happens")]
    public async Task Not_knowing_how_often_is_said_back_in_plain_words(string locale, string unknown, string said)
    {
        var conversation = await TypedConversation.StartedAsync(fixture.Host.Services, locale);
        await conversation.SayAsync(locale == "nl-NL" ? "mijn man scheldt me uit" : "my husband calls me names");
        await conversation.SayAsync(locale == "nl-NL" ? "klaar" : "done");

        var replies = await conversation.SayAsync(locale == "nl-NL" ? $"{unknown}, hij duwt me ook" : $"{unknown}, he also pushes me");

        Assert.Contains(replies, reply => reply.Text.Contains(said, StringComparison.Ordinal));
    }

    /// <summary>"takes my mum's bank card": the money of the writer's mother, not the writer's own: no role "about myself".</summary>
    [Theory]
    [InlineData("en-US", "my dad takes my mums bank card and she cant buy anything")]
    [InlineData("en-US", "my dad takes my mum's bank card")]
    [InlineData("nl-NL", "mijn vader pakt mijn moeder haar pinpas af")]
    public async Task A_parent_who_takes_the_other_parents_money_is_no_story_about_the_writer(string locale, string story)
    {
        var conversation = await TypedConversation.StartedAsync(fixture.Host.Services, locale);

        await conversation.SayAsync(story);

        Assert.DoesNotContain("self", conversation.State.Values.GetValueOrDefault("role") ?? []);
    }
}
