namespace TakeABreak.Bot.Tests.Conversation.Understanding;

/// <summary>
/// What playing whole typed conversations found in the thirtieth round: a crying child in a couple's story taken for a
/// correction of whom it is about, a blow lost next to a threat, a sign typed alone called "already told", anger at
/// seeing friends not read as controlling contacts, "she doesn't want to go to the police" not understood, and "skip" at
/// the phone number read as a wrong number.
/// </summary>
public sealed class PlayedThirtiethRoundTests(ConversationHostFixture fixture) : IClassFixture<ConversationHostFixture>
{
    /// <summary>A child crying in a couple's story is someone else there, at the signs and at the serious things: the partner case stays.</summary>
    [Theory]
    [InlineData("nl-NL", "soms huilt er ook een kind")]
    [InlineData("nl-NL", "er is ook een kind dat alles hoort")]
    [InlineData("nl-NL", "ze hebben een baby die vaak huilt")]
    [InlineData("en-US", "sometimes a child cries too")]
    [InlineData("en-US", "there is also a little boy who hears everything")]
    public async Task A_child_in_a_couples_story_keeps_the_partner_case(string locale, string child)
    {
        var dutch = locale == "nl-NL";
        foreach (var atTheSeriousThings in new[] { false, true })
        {
            var conversation = await TypedConversation.NeighbourOfACoupleAsync(fixture.Host.Services, locale);
            await conversation.SayAsync(dutch ? "hij schreeuwt tegen haar" : "he shouts at her");
            if (atTheSeriousThings)
            {
                await conversation.SayAsync(dutch ? "klaar" : "done");
                await conversation.SayAsync(dutch ? "vaak" : "often");
            }

            var replies = await conversation.SayAsync(child);

            Assert.Contains("partner", conversation.State.Values.GetValueOrDefault("about") ?? []);
            Assert.DoesNotContain(replies, reply => reply.Text.StartsWith(dutch ? "Ik pas je eerdere antwoord aan" : "I changed your earlier answer", StringComparison.Ordinal));
        }
    }

    [Fact]
    public async Task A_child_crying_told_with_soms_first_is_the_sign_children_crying()
    {
        var conversation = await TypedConversation.NeighbourOfACoupleAsync(fixture.Host.Services, "nl-NL");

        await conversation.SayAsync("soms huilt er ook een kind");

        Assert.Contains("children_crying", conversation.State.Values.GetValueOrDefault("signals") ?? []);
    }

    /// <summary>Only an explicit correction changes the case.</summary>
    [Theory]
    [InlineData("nl-NL", "nee, het gaat om een kind")]
    [InlineData("nl-NL", "het gaat eigenlijk om een kind")]
    [InlineData("en-US", "I meant the child")]
    [InlineData("en-US", "no, it is about a child")]
    public async Task An_explicit_correction_changes_the_case(string locale, string correction)
    {
        var conversation = await TypedConversation.NeighbourOfACoupleAsync(fixture.Host.Services, locale);
        await conversation.SayAsync(locale == "nl-NL" ? "hij schreeuwt tegen haar" : "he shouts at her");

        await conversation.SayAsync(correction);

        Assert.Equal(["child"], conversation.State.Values.GetValueOrDefault("about") ?? []);
    }

    /// <summary>A blow and a threat in one message are both signs: the threat's words do not cancel the blow.</summary>
    [Theory]
    [InlineData("en-US", "my neighbour's husband hit her and threatened to hurt her")]
    [InlineData("en-US", "her husband beats her and threatens to hurt her if she leaves")]
    [InlineData("en-US", "he pushed me and threatened to hurt me")]
    [InlineData("nl-NL", "haar man slaat haar en dreigt haar pijn te doen")]
    [InlineData("nl-NL", "mijn man heeft me geduwd en dreigde me pijn te doen")]
    public async Task A_blow_and_a_threat_in_one_message_tick_the_blow(string locale, string story)
    {
        var conversation = await TypedConversation.StartedAsync(fixture.Host.Services, locale);

        await conversation.SayAsync(story);

        Assert.Contains("physical_violence", conversation.State.Values.GetValueOrDefault("signals") ?? []);
    }

    [Theory]
    [InlineData("en-US", "my neighbour's husband threatened to hurt her")]
    [InlineData("nl-NL", "haar man dreigt haar pijn te doen")]
    public async Task A_threat_alone_is_still_no_blow(string locale, string story)
    {
        var conversation = await TypedConversation.StartedAsync(fixture.Host.Services, locale);

        await conversation.SayAsync(story);

        Assert.DoesNotContain("physical_violence", conversation.State.Values.GetValueOrDefault("signals") ?? []);
    }

    /// <summary>A sign ticked in this turn is never "already told"; one told in an earlier turn is.</summary>
    [Theory]
    [InlineData("nl-NL", "schreeuwen", "blauwe plekken")]
    [InlineData("en-US", "shouting", "bruises")]
    public async Task A_sign_typed_alone_is_not_called_already_told(string locale, string first, string second)
    {
        var dutch = locale == "nl-NL";
        var told = dutch ? "Je vertelde al" : "You already told me";
        var conversation = await TypedConversation.NeighbourOfACoupleAsync(fixture.Host.Services, locale);

        var replies = await conversation.SayAsync(first);
        Assert.DoesNotContain(replies, reply => reply.Text.Contains(told, StringComparison.Ordinal));

        replies = await conversation.SayAsync(second);
        Assert.DoesNotContain(replies, reply => reply.Text.Contains(told, StringComparison.Ordinal) && reply.Text.Contains(dutch ? "verwondingen" : "injuries", StringComparison.Ordinal));

        replies = await conversation.SayAsync(first);
        Assert.Contains(replies, reply => reply.Text.Contains(told, StringComparison.Ordinal));
    }

    /// <summary>Told of a friend or a sister, anger at her seeing friends is controlling contacts too (played by the lead).</summary>
    [Theory]
    [InlineData("en-US", "my friend's boyfriend is really controlling", "he gets angry if she sees her friends")]
    [InlineData("nl-NL", "mijn zus en haar vriend", "hij wordt boos als ze met vriendinnen afspreekt")]
    public async Task Anger_at_her_seeing_friends_told_by_a_friend_is_controlling_contacts(string locale, string story, string sign)
    {
        var dutch = locale == "nl-NL";
        var conversation = await TypedConversation.StartedAsync(fixture.Host.Services, locale);
        if (dutch)
        {
            await conversation.SayAsync("ik ben familie");
        }

        await conversation.SayAsync(story);

        await conversation.SayAsync(sign);

        Assert.Equal(["family_friend"], conversation.State.Values.GetValueOrDefault("role") ?? []);
        Assert.Contains("controls_contacts", conversation.State.Values.GetValueOrDefault("signals") ?? []);
    }

    /// <summary>"she is my friend" and "my friend's boyfriend" at "What fits you best?" say the one who writes is a friend.</summary>
    [Theory]
    [InlineData("she is my friend")]
    [InlineData("my friend's husband scares me")]
    [InlineData("my best friend")]
    public async Task A_friend_named_as_my_friend_is_family_or_friend(string answer)
    {
        var conversation = await TypedConversation.StartedAsync(fixture.Host.Services, "en-US");

        await conversation.SayAsync(answer);

        Assert.Equal(["family_friend"], conversation.State.Values.GetValueOrDefault("role") ?? []);
    }

    /// <summary>A first message in English with one English function word and words only English uses switches to English.</summary>
    [Theory]
    [InlineData("my friend's boyfriend is really jealous")]
    [InlineData("my sister's husband is scary")]
    [InlineData("worried about my mum")]
    public async Task An_english_first_story_is_answered_in_english(string first)
    {
        var conversation = await TypedConversation.StartedAsync(fixture.Host.Services, "nl-NL");

        var replies = await conversation.SayAsync(first);

        Assert.StartsWith("en", conversation.State.Locale);
        Assert.DoesNotContain(replies, reply => reply.Text.StartsWith("Ik begrijp", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("mijn boyfriend is echt jaloers")]
    [InlineData("mijn vriendin wordt geslagen door haar vriend")]
    public async Task A_dutch_message_with_an_english_word_stays_dutch(string first)
    {
        var conversation = await TypedConversation.StartedAsync(fixture.Host.Services, "nl-NL");

        await conversation.SayAsync(first);

        Assert.StartsWith("nl", conversation.State.Locale ?? "nl-NL");
    }

    /// <summary>A pupil telling that her father gets angry when her mother cries talks about fighting at home (played by the lead).</summary>
    [Theory]
    [InlineData("she says daddy gets angry when mummy cries")]
    [InlineData("he told me his dad gets mad when his mum cries")]
    public async Task A_child_telling_of_a_fathers_anger_at_her_mothers_crying_talks_about_fighting_at_home(string sign)
    {
        var conversation = await TypedConversation.StartedAsync(fixture.Host.Services, "en-US");
        await conversation.SayAsync("i'm a teacher and worried about a pupil");

        await conversation.SayAsync(sign);

        Assert.Contains("child_hears_fighting", conversation.State.Values.GetValueOrDefault("signals") ?? []);
    }

    /// <summary>Anger at seeing friends is controlling contacts.</summary>
    [Theory]
    [InlineData("en-US", "he gets angry if i see friends")]
    [InlineData("en-US", "he gets mad when i meet my friends")]
    [InlineData("en-US", "she gets angry when i go out with friends")]
    [InlineData("nl-NL", "ze wordt boos als ik met vrienden afspreek")]
    [InlineData("nl-NL", "hij wordt kwaad als ik mijn vriendinnen zie")]
    [InlineData("nl-NL", "hij is boos als ik met vriendinnen wil afspreken")]
    public async Task Anger_at_seeing_friends_is_controlling_contacts(string locale, string sign)
    {
        var dutch = locale == "nl-NL";
        var conversation = await TypedConversation.StartedAsync(fixture.Host.Services, locale);
        await conversation.SayAsync(dutch ? "het gaat over mij" : "it is about me");
        await conversation.SayAsync(dutch ? "mijn partner" : "my partner");

        await conversation.SayAsync(sign);

        Assert.Contains("controls_contacts", conversation.State.Values.GetValueOrDefault("signals") ?? []);
    }

    /// <summary>"She doesn't want to go to the police" at the signs is a worry: it is answered calmly and the signs stay where they were.</summary>
    [Theory]
    [InlineData("nl-NL", "ze wil niet naar de politie")]
    [InlineData("nl-NL", "ze wil geen aangifte doen")]
    [InlineData("nl-NL", "ze durft niet naar de politie")]
    [InlineData("en-US", "she doesn't want to go to the police")]
    [InlineData("en-US", "she does not want to involve the police")]
    [InlineData("en-US", "she won't go to the police")]
    public async Task Not_wanting_the_police_is_answered_and_the_signs_go_on(string locale, string worry)
    {
        var dutch = locale == "nl-NL";
        var conversation = await TypedConversation.StartedAsync(fixture.Host.Services, locale);
        await conversation.SayAsync(dutch ? "mijn buurvrouw wordt geslagen door haar man" : "my neighbour's husband hits her");
        var step = conversation.State.Top!.Step;

        var replies = await conversation.SayAsync(worry);

        Assert.DoesNotContain(replies, reply => reply.Text.StartsWith(dutch ? "Dat begrijp ik niet" : "I do not quite understand", StringComparison.Ordinal));
        Assert.Contains(replies, reply => reply.Text.Contains("Veilig Thuis", StringComparison.Ordinal) && reply.Text.Contains(dutch ? "anoniem" : "anonymous", StringComparison.Ordinal));
        Assert.Equal(step, conversation.State.Top!.Step);
    }

    /// <summary>A refusal at the phone number is no wrong number: the request goes on without one.</summary>
    [Theory]
    [InlineData("nl-NL", "overslaan")]
    [InlineData("nl-NL", "liever niet")]
    [InlineData("nl-NL", "dat geef ik liever niet")]
    [InlineData("en-US", "skip")]
    [InlineData("en-US", "rather not")]
    [InlineData("en-US", "i'd rather not give my number")]
    public async Task A_refusal_at_the_phone_number_goes_on_without_a_number(string locale, string refusal)
    {
        var dutch = locale == "nl-NL";
        var conversation = await TypedConversation.StartedAsync(fixture.Host.Services, locale);
        var reached = await conversation.TypeUntilAsync(
            dutch ? "Wat is je telefoonnummer?" : "What is your phone number?",
            dutch ? ["ik wil met iemand van moviera praten", "mijn buurvrouw wordt geslagen door haar man", "ja", "bellen"]
                : ["i want to talk to a person", "my neighbour is beaten by her husband", "yes", "phone"]);
        Assert.True(reached is not null, string.Join("\n", conversation.AllTexts.TakeLast(6)));

        var replies = await conversation.SayAsync(refusal);

        Assert.DoesNotContain(replies, reply => reply.Text.StartsWith(dutch ? "Dat lijkt geen" : "That does not look like", StringComparison.Ordinal));
        Assert.DoesNotContain(replies, reply => reply.Text.StartsWith(dutch ? "Wat is je telefoonnummer?" : "What is your phone number?", StringComparison.Ordinal));
        Assert.Contains(replies, reply => reply.Text.StartsWith(dutch ? "Hoe wil je dat Moviera contact met je opneemt?" : "How would you like Moviera to contact you?", StringComparison.Ordinal));
        Assert.False(conversation.State.Values.ContainsKey("contact_address"));
    }

    /// <summary>A teacher who says who she is in the web chat hears that the Meldcode steps are there, as in Teams; "stappen meldcode" then shows them.</summary>
    [Theory]
    [InlineData("nl-NL", "ik ben leerkracht en ik maak me zorgen om een leerling", "stappen meldcode", "1. Breng de signalen in kaart.")]
    [InlineData("nl-NL", "ik werk als wijkverpleegkundige en maak me zorgen om een cliënt", "stappen meldcode", "1. Breng de signalen in kaart.")]
    [InlineData("en-US", "i am a teacher and i'm worried about a pupil", "meldcode steps", "1. Map the signs.")]
    public async Task A_professional_in_the_web_chat_is_offered_the_Meldcode_steps(string locale, string first, string ask, string step)
    {
        var conversation = await TypedConversation.StartedAsync(fixture.Host.Services, locale, "webchat");

        var replies = await conversation.SayAsync(first);

        // Since the thirty-first round a question with buttons, as in Teams (PlayedThirtyFirstRoundTests).
        Assert.Contains(replies, reply => reply.Text.Contains(locale == "nl-NL" ? "Waar wil je mee beginnen?" : "Where would you like to start?", StringComparison.Ordinal) && reply.Choices.Count == 2);
        replies = await conversation.SayAsync(ask);
        Assert.Contains(replies, reply => reply.Text.Contains(step, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("webchat", "mijn buurvrouw wordt geslagen door haar man")]
    [InlineData("webchat", "ik ben vrijwilliger bij de voedselbank en maak me zorgen om een moeder")]
    [InlineData("msteams", "ik ben leerkracht en ik maak me zorgen om een leerling")]
    public async Task Others_and_Teams_get_no_second_Meldcode_offer(string channel, string first)
    {
        var conversation = await TypedConversation.StartedAsync(fixture.Host.Services, "nl-NL", channel);

        await conversation.SayAsync(first);

        Assert.DoesNotContain(conversation.AllTexts, text => text.Contains("Typ dan 'stappen meldcode'", StringComparison.Ordinal));
    }

    /// <summary>Asking what the Meldcode says after its overview gets the step one is at or the steps in short, never the whole overview again.</summary>
    [Theory]
    [InlineData("nl-NL", "wat moet ik volgens de meldcode", "1. Breng de signalen in kaart.")]
    [InlineData("nl-NL", "wat zegt de meldcode", "1. Breng de signalen in kaart.")]
    [InlineData("en-US", "what does the meldcode say I should do", "1. Map the signs.")]
    public async Task Asking_what_the_Meldcode_says_right_after_its_overview_gives_the_first_step(string locale, string question, string firstStepOfTheOverview)
    {
        var dutch = locale == "nl-NL";
        var conversation = await TypedConversation.StartedAsync(fixture.Host.Services, locale, "msteams");
        await conversation.SayAsync(dutch ? "ik ben leerkracht" : "i am a teacher");
        var overview = await conversation.SayAsync(dutch ? "de stappen van de meldcode" : "the steps of the meldcode");
        Assert.Contains(overview, reply => reply.Text.Contains(firstStepOfTheOverview, StringComparison.Ordinal));

        var replies = await conversation.SayAsync(question);

        Assert.DoesNotContain(replies, reply => reply.Text.Contains(firstStepOfTheOverview, StringComparison.Ordinal) && reply.Text.Contains("5.", StringComparison.Ordinal));
        Assert.Contains(replies, reply => reply.Text.Contains(dutch ? "Stap 1" : "Step 1", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("nl-NL")]
    [InlineData("en-US")]
    public async Task Asking_what_the_Meldcode_says_after_the_steps_gets_them_in_short(string locale)
    {
        var dutch = locale == "nl-NL";
        var conversation = await TypedConversation.StartedAsync(fixture.Host.Services, locale, "msteams");
        await conversation.SayAsync(dutch ? "de stappen van de meldcode" : "the steps of the meldcode");
        await conversation.SayAsync(dutch ? "nee" : "no");
        await conversation.SayAsync(dutch ? "ja" : "yes");

        var replies = await conversation.SayAsync(dutch ? "wat moet ik volgens de meldcode doen?" : "what does the meldcode say I should do?");

        Assert.Contains(replies, reply => reply.Text.StartsWith(dutch ? "Kort, de vijf stappen" : "In short, the five steps", StringComparison.Ordinal));
    }

    /// <summary>Played: "liever niet bellen, hij kijkt soms mee op mijn telefoon" at the way of contact was not understood.</summary>
    [Theory]
    [InlineData("nl-NL", "liever niet bellen, hij kijkt soms mee op mijn telefoon")]
    [InlineData("nl-NL", "bel me niet")]
    [InlineData("en-US", "please don't call me, he goes through my phone")]
    public async Task Not_by_phone_at_the_way_of_contact_is_answered_and_asked_again(string locale, string notByPhone)
    {
        var dutch = locale == "nl-NL";
        var conversation = await TypedConversation.StartedAsync(fixture.Host.Services, locale);
        var reached = await conversation.TypeUntilAsync(
            dutch ? "Hoe wil je dat Moviera contact met je opneemt?" : "How would you like Moviera to contact you?",
            dutch ? ["ik wil met iemand van moviera praten", "mijn ex stuurt me elke dag berichten en ik ben bang", "ja"]
                : ["i want to talk to a person", "my ex sends me messages every day and i am scared", "yes"]);
        Assert.True(reached is not null, string.Join("\n", conversation.AllTexts.TakeLast(6)));

        var replies = await conversation.SayAsync(notByPhone);

        Assert.Contains(replies, reply => reply.Text.StartsWith(dutch ? "Dat is goed: Moviera belt je dan niet." : "That is fine: Moviera will not call you then.", StringComparison.Ordinal));
        Assert.Contains(replies, reply => reply.Text.StartsWith(dutch ? "Hoe wil je dat Moviera contact met je opneemt?" : "How would you like Moviera to contact you?", StringComparison.Ordinal));
        Assert.NotEqual(["phone"], conversation.State.Values.GetValueOrDefault("contact_way") ?? []);
    }

    /// <summary>Played: "moet ik eerst met de huisarts overleggen?" from a GP assistant got "Dat weet ik al: je vraagt het voor je werk".</summary>
    [Theory]
    [InlineData("nl-NL", "moet ik eerst met de huisarts overleggen?")]
    [InlineData("nl-NL", "mag ik dit met een collega bespreken?")]
    [InlineData("en-US", "should I talk to the GP first?")]
    [InlineData("en-US", "can I discuss it with a colleague?")]
    [InlineData("en-US", "should i talk to a colleague first?")]
    public async Task A_professional_asking_whether_to_consult_a_colleague_hears_step_2(string locale, string question)
    {
        var dutch = locale == "nl-NL";
        var conversation = await TypedConversation.StartedAsync(fixture.Host.Services, locale, "webchat");
        await conversation.SayAsync(dutch ? "ik ben doktersassistente bij een huisartsenpraktijk" : "i am a medical assistant at a GP practice");
        await conversation.SayAsync(dutch ? "een oudere mevrouw van 84 heeft steeds nieuwe blauwe plekken" : "an older lady of 84 keeps coming in with new bruises");

        var replies = await conversation.SayAsync(question);

        Assert.Contains(replies, reply => reply.Text.Contains(dutch ? "stap 2 van de Meldcode" : "step 2 of the Meldcode", StringComparison.Ordinal));
    }

    /// <summary>Played: a GP assistant's "een oudere mevrouw van 84, haar zoon zorgt voor haar" was read as a child and an older person.</summary>
    [Theory]
    [InlineData("nl-NL", "ik ben doktersassistente", "een oudere mevrouw van 84, haar zoon zorgt voor haar")]
    [InlineData("nl-NL", "buur", "een oudere mevrouw van 84 en haar zoon zorgt voor haar")]
    [InlineData("en-US", "neighbour", "an old lady of 84, her son looks after her")]
    public async Task The_son_of_an_older_person_told_in_parts_is_no_child_at_risk(string locale, string role, string about)
    {
        var conversation = await TypedConversation.StartedAsync(fixture.Host.Services, locale);
        await conversation.SayAsync(role);

        await conversation.SayAsync(about);

        Assert.Equal(["older_person"], conversation.State.Values.GetValueOrDefault("about") ?? []);
    }

    [Fact]
    public async Task Labels_typed_as_a_list_are_all_meant()
    {
        var conversation = await TypedConversation.StartedAsync(fixture.Host.Services, "nl-NL");
        await conversation.SayAsync("buur");

        await conversation.SayAsync("een kind, een oudere");

        Assert.Equal(["child", "older_person"], conversation.State.Values.GetValueOrDefault("about") ?? []);
    }
}
