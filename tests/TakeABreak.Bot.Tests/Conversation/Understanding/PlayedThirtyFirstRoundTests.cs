namespace TakeABreak.Bot.Tests.Conversation.Understanding;

/// <summary>
/// What playing whole typed conversations found in the thirty-first round: an ex who keeps texting read as checking the
/// phone, a privacy question after the end that started the conversation again, a how-often answer at the serious things
/// that closed the list, a sign told again announced as new, "what can I do?" repeating the whole advice, resident lines
/// in a professional's answer about reporting, a Teams line in the widget, and the Meldcode offer in the widget without buttons.
/// </summary>
public sealed class PlayedThirtyFirstRoundTests(ConversationHostFixture fixture) : IClassFixture<ConversationHostFixture>
{
    /// <summary>An ex who keeps sending messages is stalking (belaging), not a partner who checks the phone.</summary>
    [Theory]
    [InlineData("nl-NL", "mijn ex blijft me berichten sturen")]
    [InlineData("nl-NL", "mijn ex blijft me maar appen en bellen")]
    [InlineData("nl-NL", "mijn ex laat me niet met rust, hij stuurt de hele dag berichten")]
    [InlineData("en-US", "my ex keeps texting me")]
    [InlineData("en-US", "my ex won't stop messaging me")]
    [InlineData("en-US", "my ex keeps calling and texting me all day")]
    [InlineData("en-US", "my ex messages me like 40 times a day")]
    [InlineData("nl-NL", "mijn ex appt me de hele tijd")]
    public async Task An_ex_who_keeps_sending_messages_is_stalking(string locale, string story)
    {
        var conversation = await TypedConversation.StartedAsync(fixture.Host.Services, locale);

        await conversation.SayAsync(story);

        Assert.Equal(["self"], conversation.State.Values.GetValueOrDefault("role") ?? []);
        Assert.Contains("stalking", conversation.State.Values.GetValueOrDefault("signals") ?? []);
        Assert.DoesNotContain("controls_phone", conversation.State.Values.GetValueOrDefault("signals") ?? []);
    }

    [Theory]
    [InlineData("nl-NL", "hij appt me de hele dag, ook al heb ik het uitgemaakt")]
    [InlineData("nl-NL", "hij blijft me berichten sturen terwijl het uit is")]
    [InlineData("en-US", "he texts me all day even though i broke up with him")]
    [InlineData("en-US", "he keeps messaging me although we split up")]
    public async Task Texting_all_day_after_the_break_up_is_stalking(string locale, string story)
    {
        var conversation = await TypedConversation.StartedAsync(fixture.Host.Services, locale);
        await conversation.SayAsync(locale == "nl-NL" ? "het gaat over mijzelf, mijn ex" : "it is about myself, my ex");

        await conversation.SayAsync(story);

        Assert.Contains("stalking", conversation.State.Values.GetValueOrDefault("signals") ?? []);
        Assert.DoesNotContain("controls_phone", conversation.State.Values.GetValueOrDefault("signals") ?? []);
    }

    [Theory]
    [InlineData("nl-NL", "mijn vriend leest mijn berichten")]
    [InlineData("en-US", "my boyfriend reads my messages")]
    public async Task A_partner_reading_the_messages_still_checks_the_phone(string locale, string story)
    {
        var conversation = await TypedConversation.StartedAsync(fixture.Host.Services, locale);

        await conversation.SayAsync(story);

        Assert.Contains("controls_phone", conversation.State.Values.GetValueOrDefault("signals") ?? []);
        Assert.DoesNotContain("stalking", conversation.State.Values.GetValueOrDefault("signals") ?? []);
    }

    private async Task<TypedConversation> EndedAsync(string locale)
    {
        var dutch = locale == "nl-NL";
        var conversation = await TypedConversation.StartedAsync(fixture.Host.Services, locale);
        await conversation.TypeANeighbourUpToTheOfferAsync();
        await conversation.SayAsync(dutch ? "nee" : "no");
        await conversation.SayAsync(dutch ? "nee" : "no");
        Assert.Null(conversation.State.Top);
        return conversation;
    }

    /// <summary>After the end, a question about privacy is answered; the conversation does not start again from the welcome.</summary>
    [Theory]
    [InlineData("nl-NL", "kan hij zien dat ik met jullie heb gepraat?", "geschiedenis", "Ik onthoud je antwoorden alleen voor dit gesprek")]
    [InlineData("nl-NL", "bewaren jullie dit gesprek?", "Ongeveer een dag na je laatste bericht", "Ik onthoud je antwoorden alleen voor dit gesprek")]
    [InlineData("nl-NL", "is dit anoniem?", "Je hoeft je naam niet te geven", "Je hoeft je naam niet te geven")]
    [InlineData("en-US", "can he find out i talked to you?", "history", "I only keep your answers for this conversation")]
    [InlineData("en-US", "do you keep this conversation?", "About a day after your last message", "I only keep your answers for this conversation")]
    [InlineData("en-US", "will anyone know i was here?", "private window", "About a day after your last message")]
    [InlineData("en-US", "will he know i used this?", "private window", "About a day after your last message")]
    [InlineData("nl-NL", "weet hij dat ik dit gebruik?", "geschiedenis", "Ongeveer een dag na je laatste bericht")]
    public async Task A_privacy_question_after_the_end_is_answered_without_starting_again(string locale, string question, string expected, string alsoExpected)
    {
        var conversation = await EndedAsync(locale);

        var replies = await conversation.SayAsync(question);

        var said = string.Join(" ", replies.Select(reply => reply.Text));
        Assert.True(said.Contains(expected, StringComparison.Ordinal), said);
        Assert.True(said.Contains(alsoExpected, StringComparison.Ordinal), said);
        Assert.DoesNotContain(locale == "nl-NL" ? "Wat past het best bij jou?" : "What fits you best?", said, StringComparison.Ordinal);
        Assert.Null(conversation.State.Top);
    }

    [Fact]
    public async Task A_new_story_after_the_end_still_starts_again()
    {
        var conversation = await EndedAsync("nl-NL");

        await conversation.SayAsync("mijn buurman slaat zijn vrouw");

        Assert.NotNull(conversation.State.Top);
    }

    private async Task<TypedConversation> AtTheSeriousThingsAsync(string locale)
    {
        var dutch = locale == "nl-NL";
        var conversation = await TypedConversation.NeighbourOfACoupleAsync(fixture.Host.Services, locale);
        await conversation.SayAsync(dutch ? "hij schreeuwt tegen haar" : "he shouts at her");
        await conversation.SayAsync(dutch ? "klaar" : "done");
        await conversation.SayAsync(dutch ? "soms" : "sometimes");
        Assert.Equal("ask_serious", conversation.State.Top!.Step);
        return conversation;
    }

    /// <summary>How often, told at the serious things, is kept as how often; the list stays open ("Is er nog meer?").</summary>
    [Theory]
    [InlineData("nl-NL", "ja bijna elke avond")]
    [InlineData("nl-NL", "ja, elke avond wel")]
    [InlineData("nl-NL", "bijna elke dag eigenlijk")]
    [InlineData("en-US", "yeah like every night")]
    [InlineData("en-US", "yes almost every day")]
    [InlineData("en-US", "pretty much every night")]
    public async Task How_often_at_the_serious_things_is_kept_and_the_list_stays_open(string locale, string often)
    {
        var conversation = await AtTheSeriousThingsAsync(locale);

        var replies = await conversation.SayAsync(often);

        Assert.Equal(["frequency_often"], conversation.State.Values.GetValueOrDefault("frequency") ?? []);
        Assert.Equal("ask_serious", conversation.State.Top!.Step);
        Assert.StartsWith(locale == "nl-NL" ? "Is een van deze dingen gebeurd?" : "Has any of these happened?", replies[^1].Text, StringComparison.Ordinal);
    }

    /// <summary>A sign told again in other words is no news: "you already told me", never a second "I understood".</summary>
    [Theory]
    [InlineData("nl-NL", "ze schreeuwen weer")]
    [InlineData("nl-NL", "er wordt weer geschreeuwd")]
    [InlineData("en-US", "they're yelling again")]
    [InlineData("en-US", "there was screaming again")]
    public async Task A_sign_told_again_later_is_told_already(string locale, string again)
    {
        var dutch = locale == "nl-NL";
        foreach (var at in new[] { "ask_signals", "ask_frequency", "ask_serious" })
        {
            var conversation = at == "ask_serious" ? await AtTheSeriousThingsAsync(locale) : await TypedConversation.NeighbourOfACoupleAsync(fixture.Host.Services, locale);
            if (at != "ask_serious")
            {
                await conversation.SayAsync(dutch ? "hij schreeuwt tegen haar" : "he shouts at her");
            }

            if (at == "ask_frequency")
            {
                await conversation.SayAsync(dutch ? "klaar" : "done");
            }

            var replies = await conversation.SayAsync(again);

            Assert.Equal(at, conversation.State.Top!.Step);
            Assert.Equal(["shouting_or_screaming"], conversation.State.Values.GetValueOrDefault("signals") ?? []);
            Assert.DoesNotContain(replies, reply => reply.Text.StartsWith(dutch ? "Ik begrijp" : "I understood", StringComparison.Ordinal));
            Assert.Contains(replies, reply => reply.Text.StartsWith(dutch ? "Je vertelde al: schreeuwen" : "You already told me: shouting", StringComparison.Ordinal));
            Assert.True(replies[^1].ExpectsAnswer);
        }
    }

    private async Task<TypedConversation> AfterTheAdviceAsync(string locale)
    {
        var dutch = locale == "nl-NL";
        var conversation = await AtTheSeriousThingsAsync(locale);
        await conversation.SayAsync(dutch ? "nee" : "no");
        Assert.NotNull(conversation.State.Values.GetValueOrDefault("urgency"));
        return conversation;
    }

    /// <summary>"What can I do?" right after the advice gets the next step in short, not the whole advice again.</summary>
    [Theory]
    [InlineData("nl-NL", "wat kan ik doen?")]
    [InlineData("nl-NL", "maar wat moet ik nu doen")]
    [InlineData("en-US", "what can I do?")]
    [InlineData("en-US", "so what should i do now")]
    public async Task What_can_I_do_after_the_advice_gives_the_next_step_short(string locale, string question)
    {
        var dutch = locale == "nl-NL";
        var conversation = await AfterTheAdviceAsync(locale);
        var advice = conversation.Turns[^1].Select(reply => reply.Text).First(text => text.Contains(dutch ? "Wat kun je doen?" : "What can you do?", StringComparison.Ordinal));

        var replies = await conversation.SayAsync(question);

        Assert.DoesNotContain(replies, reply => reply.Text == advice);
        Assert.Contains(replies, reply => reply.Text.StartsWith(dutch ? "De eerste stap" : "The first step", StringComparison.Ordinal));
    }

    /// <summary>A professional asking whether to report gets the Meldcode view, without the lines for residents.</summary>
    [Theory]
    [InlineData("nl-NL", "msteams", "moet ik dit melden?")]
    [InlineData("nl-NL", "msteams", "moet ik een melding doen?")]
    [InlineData("en-US", "msteams", "should I report this?")]
    [InlineData("nl-NL", "directline", "moet ik dit melden?")]
    [InlineData("en-US", "directline", "do i have to report this?")]
    public async Task A_professional_asking_about_reporting_gets_the_meldcode_view(string locale, string channel, string question)
    {
        var dutch = locale == "nl-NL";
        var conversation = await TypedConversation.StartedAsync(fixture.Host.Services, locale, channel);
        if (channel == "directline")
        {
            await conversation.SayAsync(dutch ? "ik ben wijkverpleegkundige" : "i am a community nurse");
        }

        await conversation.SayAsync(dutch ? "ik wil signalen bespreken" : "i want to talk through signs");

        var replies = await conversation.SayAsync(question);

        var said = string.Join(" ", replies.Select(reply => reply.Text));
        Assert.True(said.Contains(dutch ? "Als professional volg je de Meldcode" : "As a professional you follow the Meldcode", StringComparison.Ordinal), said);
        Assert.DoesNotContain(dutch ? "Ben je geen professional?" : "Are you not a professional?", said, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("nl-NL", "moet ik dit melden?")]
    [InlineData("en-US", "should I report this?")]
    public async Task A_neighbour_asking_about_reporting_still_gets_the_lines_for_residents(string locale, string question)
    {
        var conversation = await TypedConversation.NeighbourOfACoupleAsync(fixture.Host.Services, locale);

        var replies = await conversation.SayAsync(question);

        Assert.Contains(replies, reply => reply.Text.Contains(locale == "nl-NL" ? "Ben je geen professional?" : "Are you not a professional?", StringComparison.Ordinal));
    }

    /// <summary>Asking about staying anonymous is answered for the channel: no Teams line in the widget, no widget line in Teams.</summary>
    [Theory]
    [InlineData("nl-NL", "directline", "ik wil anoniem blijven, kan dat?", "Ja.")]
    [InlineData("en-US", "directline", "can i stay anonymous?", "Yes.")]
    [InlineData("nl-NL", "msteams", "ik wil anoniem blijven, kan dat?", "Nee, in Teams niet helemaal")]
    [InlineData("en-US", "msteams", "can i stay anonymous?", "Not completely, in Teams")]
    public async Task Staying_anonymous_is_answered_for_the_channel(string locale, string channel, string question, string expected)
    {
        var conversation = await TypedConversation.StartedAsync(fixture.Host.Services, locale, channel);

        var replies = await conversation.SayAsync(question);

        var said = string.Join(" ", replies.Select(reply => reply.Text));
        Assert.True(said.Contains(expected, StringComparison.Ordinal), said);
        if (channel == "msteams")
        {
            Assert.DoesNotContain(locale == "nl-NL" ? "Snel weg" : "Leave now", said, StringComparison.Ordinal);
        }
        else
        {
            Assert.DoesNotContain("Teams", said, StringComparison.Ordinal);
        }
    }

    /// <summary>In the widget the Meldcode offer to a professional is a question with buttons, as in Teams; typed answers work.</summary>
    [Theory]
    [InlineData("nl-NL", "ik ben huisarts")]
    [InlineData("en-US", "i am a GP")]
    public async Task The_meldcode_offer_in_the_widget_is_a_question_with_buttons(string locale, string who)
    {
        var conversation = await TypedConversation.StartedAsync(fixture.Host.Services, locale);

        var replies = await conversation.SayAsync(who);

        Assert.Contains(replies, reply => reply.Text.Contains("Meldcode", StringComparison.Ordinal) && reply.Choices.Count == 2 && reply.ExpectsAnswer);
    }

    [Theory]
    [InlineData("nl-NL", "eerst de stappen graag", "meldcode")]
    [InlineData("nl-NL", "ik wil signalen bespreken", "signals")]
    [InlineData("en-US", "the steps first please", "meldcode")]
    [InlineData("en-US", "i want to talk about what i see", "signals")]
    public async Task A_typed_answer_to_the_meldcode_offer_in_the_widget_is_understood(string locale, string answer, string expected)
    {
        var conversation = await TypedConversation.StartedAsync(fixture.Host.Services, locale);
        await conversation.SayAsync(locale == "nl-NL" ? "ik ben huisarts" : "i am a GP");

        await conversation.SayAsync(answer);

        Assert.Equal([expected], conversation.State.Values.GetValueOrDefault("meldcode_start") ?? []);
    }

    [Fact]
    public async Task A_professionals_story_is_kept_through_the_meldcode_offer_in_the_widget()
    {
        var conversation = await TypedConversation.StartedAsync(fixture.Host.Services, "nl-NL");

        var replies = await conversation.SayAsync("ik ben huisarts en een patiënte heeft blauwe plekken van haar man");
        Assert.Contains(replies, reply => reply.Text.Contains("Waar wil je mee beginnen?", StringComparison.Ordinal));
        replies = await conversation.SayAsync("signalen bespreken");

        Assert.Equal(["partner"], conversation.State.Values.GetValueOrDefault("about") ?? []);
        Assert.DoesNotContain(replies, reply => reply.Text.StartsWith("Over wie maak je je zorgen?", StringComparison.Ordinal));
    }

    /// <summary>Played: "hij zei dat ik het ging merken als ik niet terug kom" at the serious things is a threat.</summary>
    [Theory]
    [InlineData("nl-NL", "hij zei dat ik het ging merken als ik niet terug kom")]
    [InlineData("nl-NL", "hij zei dat ik er spijt van zou krijgen")]
    [InlineData("en-US", "he said i'd regret it if i didn't come back")]
    [InlineData("en-US", "he told me i would be sorry")]
    public async Task A_threat_told_in_the_past_at_the_serious_things_is_a_threat(string locale, string threat)
    {
        var conversation = await AtTheSeriousThingsAsync(locale);

        await conversation.SayAsync(threat);

        Assert.Contains("threats_other", conversation.State.Values.GetValueOrDefault("serious_factors") ?? []);
    }

    /// <summary>Played: a volunteer's "she is not allowed out of the house" is a partner who controls contacts, kept from the first message.</summary>
    [Theory]
    [InlineData("en-US", "i volunteer at the food bank and one of our clients said she is not allowed out of the house", "her husband")]
    [InlineData("en-US", "i'm a volunteer and a woman told me her husband won't let her out", "her husband")]
    [InlineData("nl-NL", "ik ben vrijwilliger bij de voedselbank en een cliënte zegt dat ze de deur niet uit mag", "haar man")]
    [InlineData("nl-NL", "ik ben vrijwilliger en een vrouw vertelde dat ze van haar man het huis niet uit mag", "haar man")]
    public async Task Not_allowed_out_of_the_house_is_a_partner_who_controls_contacts(string locale, string story, string who)
    {
        var conversation = await TypedConversation.StartedAsync(fixture.Host.Services, locale);
        await conversation.SayAsync(story);
        if (!(conversation.State.Values.GetValueOrDefault("about") ?? []).Contains("partner"))
        {
            await conversation.SayAsync(who);
        }

        Assert.Equal(["volunteer"], conversation.State.Values.GetValueOrDefault("role") ?? []);
        Assert.Contains("controls_contacts", conversation.State.Values.GetValueOrDefault("signals") ?? []);
    }

    /// <summary>Played: a man hit by his wife who fears nobody believes him gets no Kindertelefoon line.</summary>
    [Theory]
    [InlineData("en-US", "my wife hits me", "i'm a man, nobody would believe me")]
    [InlineData("en-US", "my wife hits me", "no one believes me")]
    [InlineData("nl-NL", "mijn vrouw slaat me", "ik ben een man, niemand gelooft me")]
    public async Task An_adult_not_believed_gets_no_kindertelefoon_line(string locale, string story, string notBelieved)
    {
        var conversation = await TypedConversation.StartedAsync(fixture.Host.Services, locale);
        await conversation.SayAsync(story);

        var replies = await conversation.SayAsync(notBelieved);

        var said = string.Join(" ", replies.Select(reply => reply.Text));
        Assert.True(said.Contains("0800-2000", StringComparison.Ordinal), said);
        Assert.DoesNotContain("Kindertelefoon", said, StringComparison.Ordinal);
    }
}
