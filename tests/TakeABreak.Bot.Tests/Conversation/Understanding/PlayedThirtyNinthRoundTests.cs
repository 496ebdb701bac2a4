namespace TakeABreak.Bot.Tests.Conversation.Understanding;

/// <summary>
/// What playing whole typed conversations found in the thirty-ninth round: a partner who takes her wages not read as
/// control over money; "every day" lost next to "drinks a lot"; a worry that he finds out read as a no to sending the
/// request; a report already made answered with the Meldcode's first step; a care home answered as a family at home; an
/// e-mail address or phone number followed by "Wat je nu vertelt, maakt het ernstiger"; and "is dit stalking?" ticked as
/// stalking told.
/// </summary>
public sealed class PlayedThirtyNinthRoundTests(ConversationHostFixture fixture) : IClassFixture<ConversationHostFixture>
{
    private static bool Dutch(string locale) => locale == "nl-NL";

    /// <summary>A partner who takes her wages or keeps her money ("mijn man pakt mijn loon af") controls her money: that sign is ticked.</summary>
    [Theory]
    [InlineData("nl-NL", "mijn man pakt mijn loon af")]
    [InlineData("nl-NL", "hij houdt al mijn geld in")]
    [InlineData("nl-NL", "hij neemt mijn salaris af")]
    [InlineData("nl-NL", "mn man pakt elke maand me loon af")]
    [InlineData("en-GB", "he takes my wages")]
    [InlineData("en-GB", "my husband keeps my salary")]
    [InlineData("en-GB", "he takes my whole paycheck")]
    public async Task A_partner_who_takes_her_wages_controls_her_money(string locale, string said)
    {
        var conversation = await TypedConversation.StartedAsync(fixture.Host.Services, locale);
        await conversation.SayEachAsync(Dutch(locale) ? "het gaat over mij|mijn partner" : "it is about me|my partner");

        await conversation.SayAsync(said);

        Assert.Contains("controls_money", conversation.State.Values.GetValueOrDefault("signals") ?? []);
    }

    /// <summary>How often said with drinking a lot ("hij drinkt veel, elke dag") is kept: "every day" is often.</summary>
    [Theory]
    [InlineData("nl-NL", "hij drinkt veel, elke dag")]
    [InlineData("nl-NL", "hij drinkt elke dag veel en dan schreeuwt hij")]
    [InlineData("en-GB", "he drinks a lot every day")]
    [InlineData("en-GB", "he drinks a lot, every day")]
    [InlineData("en-GB", "every day he is drinking a lot and shouting at her")]
    public async Task How_often_said_with_drinking_a_lot_is_kept(string locale, string said)
    {
        var conversation = await TypedConversation.StartedAsync(fixture.Host.Services, locale);
        await conversation.SayEachAsync(Dutch(locale) ? "ik ben de buurvrouw|een stel" : "i am a neighbour|a couple");

        await conversation.SayAsync(said);

        Assert.Equal(["frequency_often"], conversation.State.Values.GetValueOrDefault("frequency") ?? []);
    }

    /// <summary>Drinking a lot alone is still no answer to how often.</summary>
    [Theory]
    [InlineData("en-GB", "he drinks a lot")]
    [InlineData("en-GB", "he has been drinking a lot lately")]
    public async Task Drinking_a_lot_alone_is_still_no_answer_to_how_often(string locale, string said)
    {
        var conversation = await TypedConversation.StartedAsync(fixture.Host.Services, locale);
        await conversation.SayEachAsync("i am a neighbour|a couple");

        await conversation.SayAsync(said);

        Assert.False(conversation.State.Values.ContainsKey("frequency"));
    }

    /// <summary>
    /// At the consent question a worry that he finds out ("liever niet dat hij het te weten komt") is no no: the worry is
    /// answered (Moviera contacts only the way you choose; nothing goes to him) and the question comes again.
    /// </summary>
    [Theory]
    [InlineData("nl-NL", "liever niet dat hij het te weten komt")]
    [InlineData("nl-NL", "als hij het maar niet te weten komt")]
    [InlineData("nl-NL", "hij mag er niet achter komen")]
    [InlineData("en-GB", "i'd rather he doesnt find out")]
    [InlineData("en-GB", "he can't know about this")]
    [InlineData("en-GB", "as long as he doesn't find out")]
    public async Task A_worry_that_he_finds_out_at_the_consent_question_is_answered_and_no_no(string locale, string said)
    {
        var conversation = await TypedConversation.AtTheConsentQuestionAsync(fixture.Host.Services, locale);

        var replies = await conversation.SayAsync(said);

        Assert.False(conversation.State.Values.ContainsKey("consultation_consent"));
        Assert.Contains(replies, reply => reply.Text.Contains(Dutch(locale) ? "op de manier die jij kiest" : "the way you choose", StringComparison.Ordinal));
        Assert.Contains(replies, reply => reply.Text.StartsWith(Dutch(locale) ? "Vind je het goed dat we dit naar Moviera sturen?" : "Do you agree that we send this to Moviera?", StringComparison.Ordinal));
    }

    /// <summary>The same worry at the offer to talk to Moviera is answered, and the offer comes again.</summary>
    [Theory]
    [InlineData("nl-NL", "liever niet dat hij het te weten komt")]
    [InlineData("en-GB", "i'd rather he doesnt find out")]
    public async Task A_worry_that_he_finds_out_at_the_offer_is_answered_and_no_no(string locale, string said)
    {
        var conversation = await TypedConversation.StartedAsync(fixture.Host.Services, locale);
        await conversation.TypeANeighbourUpToTheOfferAsync();

        var replies = await conversation.SayAsync(said);

        Assert.False(conversation.State.Values.ContainsKey("consultation_wanted"));
        Assert.Contains(replies, reply => reply.Text.Contains(Dutch(locale) ? "op de manier die jij kiest" : "the way you choose", StringComparison.Ordinal));
        Assert.Equal("offer", conversation.State.Top!.Step);
    }

    /// <summary>A plain "liever niet" / "rather not" at the consent question stays a no.</summary>
    [Theory]
    [InlineData("nl-NL", "liever niet")]
    [InlineData("en-GB", "rather not")]
    public async Task A_plain_rather_not_at_the_consent_question_stays_a_no(string locale, string said)
    {
        var conversation = await TypedConversation.AtTheConsentQuestionAsync(fixture.Host.Services, locale);

        await conversation.SayAsync(said);

        Assert.Equal(["no"], conversation.State.Values.GetValueOrDefault("consultation_consent") ?? []);
    }

    /// <summary>
    /// A report already made ("ik heb al een melding gedaan") gets what Veilig Thuis does after a report, not the Meldcode's
    /// first step: also from a professional, on the website and in Teams.
    /// </summary>
    [Theory]
    [InlineData("nl-NL", "webchat", "ik ben huisarts", "ik heb al een melding gedaan")]
    [InlineData("nl-NL", "msteams", "", "ik heb al een melding gedaan bij veilig thuis, wat nu?")]
    [InlineData("nl-NL", "webchat", "ik ben de buurman", "ik heb vorige maand al veilig thuis gebeld")]
    [InlineData("en-GB", "webchat", "i'm a teacher", "i already reported it to veilig thuis")]
    [InlineData("en-GB", "msteams", "", "i have already made a report")]
    [InlineData("en-GB", "webchat", "i am a neighbour", "i already called veilig thuis last month")]
    public async Task A_report_already_made_gets_what_Veilig_Thuis_does_next(string locale, string channel, string before, string said)
    {
        var conversation = await TypedConversation.StartedAsync(fixture.Host.Services, locale, channel);
        if (before.Length > 0)
        {
            await conversation.SayAsync(before);
        }

        var replies = await conversation.SayAsync(said);

        Assert.Contains(replies, reply => reply.Text.Contains(Dutch(locale) ? "5 werkdagen" : "5 working days", StringComparison.Ordinal));
        Assert.DoesNotContain(replies, reply => reply.Text.Contains(Dutch(locale) ? "1. Breng de signalen in kaart." : "1. Map the signs.", StringComparison.Ordinal));
    }

    /// <summary>A report already made, told at the offer to talk to Moviera, is answered and the offer comes again.</summary>
    [Theory]
    [InlineData("nl-NL", "ik heb al een melding gedaan")]
    [InlineData("en-GB", "i already reported it to veilig thuis")]
    public async Task A_report_already_made_at_the_offer_is_answered(string locale, string said)
    {
        var conversation = await TypedConversation.StartedAsync(fixture.Host.Services, locale);
        await conversation.TypeANeighbourUpToTheOfferAsync();

        var replies = await conversation.SayAsync(said);

        Assert.Contains(replies, reply => reply.Text.Contains(Dutch(locale) ? "5 werkdagen" : "5 working days", StringComparison.Ordinal));
        Assert.Equal("offer", conversation.State.Top!.Step);
    }

    /// <summary>
    /// A relative worried about abuse in a care home gets advice for a care home: Veilig Thuis, and the care home's
    /// management; not the advice for a family at home (that ends with keeping your name from the family).
    /// </summary>
    [Theory]
    [InlineData("nl-NL", "ik maak me zorgen om mijn vader in het verpleeghuis, de verzorgers zijn ruw met hem|klaar|vaak|nee")]
    [InlineData("nl-NL", "ik ben familie|een oudere|mijn moeder woont in een zorginstelling en een verzorgster duwt haar|klaar|een paar keer|nee")]
    [InlineData("en-GB", "the carers are rough with my dad in the care home|done|often|no")]
    [InlineData("en-GB", "i'm worried about my mum in her nursing home, a carer shouts at her|done|a few times|no")]
    public async Task A_relative_worried_about_a_care_home_gets_advice_for_a_care_home(string locale, string messages)
    {
        var conversation = await TypedConversation.StartedAsync(fixture.Host.Services, locale);

        await conversation.SayEachAsync(messages);

        var said = string.Join("\n", conversation.AllTexts);
        Assert.Contains(Dutch(locale) ? "de leiding van" : "the management of", said, StringComparison.Ordinal);
        Assert.DoesNotContain(Dutch(locale) ? "niet aan de familie te vertellen" : "keep your name from the family", said, StringComparison.Ordinal);
    }

    /// <summary>
    /// A neighbour who asks "wat kan ik doen?" before saying whom it is about, and never named a care home, hears no advice for a
    /// care home (found by playing the widget: the care home's advice had become what no other case matched).
    /// </summary>
    [Theory]
    [InlineData("nl-NL", "ik hoor al weken bijna elke avond geschreeuw bij de buren|ik ben de buurvrouw|vaak|wat kan ik doen?")]
    [InlineData("en-GB", "i hear shouting next door almost every evening|i'm the neighbour|often|what can i do?")]
    public async Task A_neighbour_who_never_named_a_care_home_hears_no_advice_for_one(string locale, string messages)
    {
        var conversation = await TypedConversation.StartedAsync(fixture.Host.Services, locale);

        await conversation.SayEachAsync(messages);

        var said = string.Join("\n", conversation.AllTexts);
        Assert.Contains(Dutch(locale) ? "Wat kun je doen?" : "What can you do?", said, StringComparison.Ordinal);
        Assert.DoesNotContain(Dutch(locale) ? "de leiding van" : "the management of", said, StringComparison.Ordinal);
    }

    /// <summary>A professional who works in a care home hears no line for a relative.</summary>
    [Theory]
    [InlineData("nl-NL", "ik werk in een verpleeghuis")]
    [InlineData("en-GB", "i work in a care home")]
    [InlineData("en-GB", "i'm a nurse in a nursing home")]
    public async Task A_professional_in_a_care_home_hears_no_line_for_a_relative(string locale, string said)
    {
        var conversation = await TypedConversation.StartedAsync(fixture.Host.Services, locale);

        var replies = await conversation.SayAsync(said);

        Assert.DoesNotContain(replies, reply => reply.Text.Contains(Dutch(locale) ? "zorginstelling gebeurt" : "happens in a care home", StringComparison.Ordinal));
    }

    /// <summary>
    /// A phone number or e-mail address typed in the request tells nothing new: it is never followed by "Wat je nu vertelt,
    /// maakt het ernstiger", also when what was told before the request is urgent.
    /// </summary>
    [Theory]
    [InlineData("nl-NL", "mijn man slaat me elke dag|ik wil een mens spreken|ja|bellen", "0612345678")]
    [InlineData("nl-NL", "mijn man slaat me elke dag|ik wil een mens spreken|ja|bellen", "bel me op 06-12345678")]
    [InlineData("nl-NL", "mijn buurvrouw wordt elke week geslagen door haar man|ik wil een mens spreken|ja|e-mail", "a.jansen@example.nl")]
    [InlineData("en-GB", "my neighbour's husband hits her every day|i want to talk to a person|yes|phone", "call me on 06-12345678")]
    [InlineData("en-GB", "my husband hits me every day|i want to talk to a person|yes|email", "my email is a.jansen@example.nl")]
    public async Task A_phone_number_or_address_in_the_request_makes_nothing_more_serious(string locale, string before, string said)
    {
        var conversation = await TypedConversation.StartedAsync(fixture.Host.Services, locale);
        await conversation.SayEachAsync(before);

        var replies = await conversation.SayAsync(said);

        Assert.DoesNotContain(replies, reply => reply.Text.Contains(Dutch(locale) ? "maakt het ernstiger" : "makes it more serious", StringComparison.Ordinal));
        Assert.Contains(replies, reply => reply.Text.StartsWith(Dutch(locale) ? "Wanneer is het veilig" : "When is it safe", StringComparison.Ordinal));
    }

    /// <summary>What was told before the request being urgent is said when the request is explained: Moviera contacts the same working day.</summary>
    [Theory]
    [InlineData("nl-NL", "mijn man slaat me elke dag|ik wil een mens spreken", "dezelfde werkdag")]
    [InlineData("en-GB", "my husband hits me every day|i want to talk to a person", "the same working day")]
    public async Task An_urgent_story_before_the_request_is_said_when_it_is_explained(string locale, string messages, string howSoon)
    {
        var conversation = await TypedConversation.StartedAsync(fixture.Host.Services, locale);

        var replies = await conversation.SayEachAsync(messages);

        Assert.Contains(replies, reply => reply.Text.Contains(howSoon, StringComparison.Ordinal));
    }

    /// <summary>
    /// "Is dit stalking?" asks what the word means: it is answered (what stalking is) and the sign is not ticked; the list
    /// stays open.
    /// </summary>
    [Theory]
    [InlineData("nl-NL", "is dit stalking?")]
    [InlineData("nl-NL", "wat is stalking eigenlijk?")]
    [InlineData("nl-NL", "is dat stalking")]
    [InlineData("en-GB", "is this stalking?")]
    [InlineData("en-GB", "what does stalking mean?")]
    [InlineData("en-GB", "so is that stalking?")]
    public async Task Asking_whether_it_is_stalking_is_answered_and_not_ticked(string locale, string said)
    {
        var conversation = await TypedConversation.StartedAsync(fixture.Host.Services, locale);
        await conversation.SayEachAsync(Dutch(locale) ? "ik ben de buurvrouw|een stel" : "i am a neighbour|a couple");

        var replies = await conversation.SayAsync(said);

        Assert.DoesNotContain("stalking", conversation.State.Values.GetValueOrDefault("signals") ?? []);
        Assert.Contains(replies, reply => reply.Text.StartsWith(Dutch(locale) ? "Iemand steeds volgen, lastigvallen" : "Following someone all the time", StringComparison.Ordinal));
        Assert.Equal("ask_signals", conversation.State.Top!.Step);
    }

    /// <summary>Stalking told with the question ("hij staat steeds voor mijn deur, is dit stalking?") is ticked from what was told.</summary>
    [Theory]
    [InlineData("nl-NL", "mijn ex|hij staat steeds voor mijn deur, is dit stalking?")]
    [InlineData("en-GB", "my ex|he keeps texting me, is this stalking?")]
    public async Task Stalking_told_with_the_question_is_ticked(string locale, string messages)
    {
        var conversation = await TypedConversation.StartedAsync(fixture.Host.Services, locale);
        await conversation.SayAsync(Dutch(locale) ? "het gaat over mij" : "it is about me");

        await conversation.SayEachAsync(messages);

        Assert.Contains("stalking", conversation.State.Values.GetValueOrDefault("signals") ?? []);
    }
}
