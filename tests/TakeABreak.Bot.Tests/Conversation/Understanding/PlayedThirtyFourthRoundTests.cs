namespace TakeABreak.Bot.Tests.Conversation.Understanding;

/// <summary>
/// What playing whole typed conversations found in the thirty-fourth round: a young writer who said their age still
/// hearing "Ben je jonger dan 18, …"; a partner checking the phone answered as a question about safe contact; a grown son
/// living with an older mother read as her partner when the story is told in parts; a statement at a question with buttons
/// not understood; strangulation missing from a professional's Meldcode answers; "vaak geslagen" listed next to "geslagen";
/// thanks with a goodbye without "Graag gedaan"; and six more gaps found by playing.
/// </summary>
public sealed class PlayedThirtyFourthRoundTests(ConversationHostFixture fixture) : IClassFixture<ConversationHostFixture>
{
    /// <summary>A writer who said they are young hears De Kindertelefoon plainly, never as "if you are under 18".</summary>
    [Theory]
    [InlineData("nl-NL", "ik ben 13|mijn vader slaat mijn moeder|klaar|vaak|nee")]
    [InlineData("nl-NL", "ik ben 15 en mijn stiefvader slaat me")]
    [InlineData("nl-NL", "ik ben 14|mijn moeder slaat me en niemand gelooft me")]
    [InlineData("nl-NL", "ik ben 12|mijn broer slaat me|ik durf het niet te vertellen")]
    [InlineData("en-GB", "im 14|my dad hits me")]
    [InlineData("en-GB", "i'm 16 and my mum's boyfriend hits her|nobody believes me")]
    public async Task A_young_writer_who_said_their_age_gets_De_Kindertelefoon_without_a_condition(string locale, string messages)
    {
        var said = await HostedConversation.PlayedAsync(fixture.Host.Services, locale, messages);

        Assert.Contains(said, text => text.Contains("0800-0432", StringComparison.Ordinal));
        Assert.DoesNotContain(said, text => text.Contains(locale == "nl-NL" ? "jonger dan 18" : "under 18", StringComparison.Ordinal));
    }

    /// <summary>When nobody said an age, the condition stays: an adult may be telling about their own childhood home.</summary>
    [Theory]
    [InlineData("nl-NL", "mijn vader slaat me")]
    [InlineData("en-GB", "my dad hits me")]
    public async Task Without_an_age_De_Kindertelefoon_stays_a_condition(string locale, string messages)
    {
        var said = await HostedConversation.PlayedAsync(fixture.Host.Services, locale, messages);

        Assert.Contains(said, text => text.Contains(locale == "nl-NL" ? "jonger dan 18" : "under 18", StringComparison.Ordinal));
    }

    /// <summary>
    /// A partner who checks the phone, told by the one it happens to, is a sign of coercive control about herself: the
    /// victim's path with the sign, not how Moviera could contact her safely.
    /// </summary>
    [Theory]
    [InlineData("nl-NL", "hij checkt steeds mijn telefoon")]
    [InlineData("nl-NL", "hij kijkt steeds in mijn telefoon")]
    [InlineData("nl-NL", "mijn vriend leest al mijn berichten")]
    [InlineData("nl-NL", "hij kijkt mee op mijn telefoon en leest al mijn appjes")]
    [InlineData("en-GB", "my boyfriend reads all my messages")]
    [InlineData("en-GB", "he goes through my phone every night")]
    [InlineData("en-GB", "he checks my phone all the time")]
    public async Task A_partner_checking_the_phone_is_a_sign_of_control_about_oneself(string locale, string story)
    {
        var conversation = await TypedConversation.StartedAsync(fixture.Host.Services, locale);

        var replies = await conversation.SayAsync(story);

        Assert.Equal(["self"], conversation.State.Values.GetValueOrDefault("role") ?? []);
        Assert.Contains("controls_phone", conversation.State.Values.GetValueOrDefault("signals") ?? []);
        Assert.DoesNotContain(replies, reply => reply.Text.Contains(locale == "nl-NL" ? "Jij bepaalt hoe en wanneer Moviera contact" : "You decide how and when Moviera contacts you", StringComparison.Ordinal));
    }

    /// <summary>While contact with Moviera is being arranged, the same words are about being contacted safely.</summary>
    [Theory]
    [InlineData("nl-NL", "ik wil een mens spreken|ja", "hij kijkt altijd in mijn telefoon")]
    [InlineData("en-GB", "i want to talk to a person|yes", "he reads my messages")]
    [InlineData("en-GB", "i want to talk to a person|yes", "he checks my phone")]
    public async Task Checking_the_phone_told_while_contact_is_arranged_gets_the_safe_ways(string locale, string before, string story)
    {
        var conversation = await TypedConversation.StartedAsync(fixture.Host.Services, locale);
        await conversation.SayEachAsync(before);

        var replies = await conversation.SayAsync(story);

        Assert.Contains(replies, reply => reply.Text.Contains(locale == "nl-NL" ? "Jij bepaalt hoe en wanneer Moviera contact" : "You decide how and when Moviera contacts you", StringComparison.Ordinal));
    }

    /// <summary>
    /// A grown son or daughter who lives with an older parent is no partner, also when the story tells it in parts ("…, and
    /// he shouts at her"): the "unless" of one part holds for the whole message, as it does in one sentence.
    /// </summary>
    [Theory]
    [InlineData("en-GB", "i am a neighbour", "she is 79 and her son is living with her and he shouts at her")]
    [InlineData("en-GB", "i am a neighbour", "an old lady, her son moved in with her and he pushes her around")]
    [InlineData("en-GB", "i am a neighbour", "she is 80, my son moved in with her and he yells at her")]
    [InlineData("nl-NL", "ik ben de buurvrouw", "ze is 82 en haar zoon woont bij haar, ik hoor hem tegen haar schreeuwen")]
    [InlineData("nl-NL", "ik ben de buurvrouw", "een oudere dame, haar zoon is bij haar ingetrokken en hij duwt haar")]
    [InlineData("nl-NL", "ik ben de buurvrouw", "ze is 78, mijn zoon is bij haar ingetrokken en hij scheldt haar uit")]
    public async Task A_grown_son_living_with_an_older_woman_told_in_parts_is_no_partner(string locale, string role, string story)
    {
        var conversation = await TypedConversation.StartedAsync(fixture.Host.Services, locale);
        await conversation.SayAsync(role);

        await conversation.SayAsync(story);

        var about = conversation.State.Values.GetValueOrDefault("about") ?? [];
        Assert.Contains("older_person", about);
        Assert.DoesNotContain("partner", about);
    }

    [Theory]
    [InlineData("nl-NL", "ik ben de buurvrouw", "ze is 40, haar man slaat haar en de kinderen horen het")]
    [InlineData("en-GB", "i am a neighbour", "she is 75, her husband hits her and her son lives abroad")]
    public async Task Her_husband_told_in_parts_is_still_a_partner(string locale, string role, string story)
    {
        var conversation = await TypedConversation.StartedAsync(fixture.Host.Services, locale);
        await conversation.SayAsync(role);

        await conversation.SayAsync(story);

        Assert.Contains("partner", conversation.State.Values.GetValueOrDefault("about") ?? []);
    }

    /// <summary>Thanks with a goodbye is answered first ("Graag gedaan"), then the goodbye; the conversation closes.</summary>
    [Theory]
    [InlineData("nl-NL", "ik ben de buurvrouw|een stel|ik hoor vaak geschreeuw|klaar|nee|nee", "dankjewel, doei")]
    [InlineData("nl-NL", "ik ben de buurvrouw|een stel|ik hoor vaak geschreeuw|klaar|nee|nee|3", "bedankt, doei")]
    [InlineData("nl-NL", "ik ben de buurvrouw|een stel", "ok dank je wel, tot ziens")]
    [InlineData("nl-NL", "", "dankjewel doei")]
    [InlineData("en-GB", "i am a neighbour|a couple|i often hear shouting|done|no|no", "thanks, bye")]
    [InlineData("en-GB", "i am a neighbour|a couple", "ok thanks bye")]
    [InlineData("en-GB", "", "thank you, goodbye")]
    public async Task Thanks_and_goodbye_is_answered_with_youre_welcome_then_a_goodbye(string locale, string before, string goodbye)
    {
        var dutch = locale == "nl-NL";
        var conversation = await TypedConversation.StartedAsync(fixture.Host.Services, locale);
        foreach (var message in before.Split('|', StringSplitOptions.RemoveEmptyEntries))
        {
            await conversation.SayAsync(message);
        }

        var replies = await conversation.SayAsync(goodbye);

        Assert.StartsWith(dutch ? "Graag gedaan" : "You are welcome", replies[0].Text, StringComparison.Ordinal);
        Assert.Contains(replies, reply => reply.Text.StartsWith(dutch ? "Dag" : "Goodbye", StringComparison.Ordinal) && reply.Text.Contains("112", StringComparison.Ordinal));
        Assert.Null(conversation.State.Top);
        Assert.DoesNotContain(replies, reply => reply.Text.StartsWith(dutch ? "Dat begrijp ik niet" : "I do not quite understand", StringComparison.Ordinal));
    }

    /// <summary>A goodbye without thanks closes too; "dag" alone still greets, and "elke dag" is still how often.</summary>
    [Theory]
    [InlineData("nl-NL", "doei")]
    [InlineData("en-GB", "bye")]
    public async Task A_goodbye_closes_the_conversation(string locale, string goodbye)
    {
        var conversation = await TypedConversation.StartedAsync(fixture.Host.Services, locale);
        await conversation.SayAsync(locale == "nl-NL" ? "ik ben de buurvrouw" : "i am a neighbour");

        var replies = await conversation.SayAsync(goodbye);

        Assert.Null(conversation.State.Top);
        Assert.Contains(replies, reply => reply.Text.Contains("112", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Dag_alone_still_greets()
    {
        var conversation = await TypedConversation.StartedAsync(fixture.Host.Services, "nl-NL");

        await conversation.SayAsync("dag");

        Assert.Equal("ask_role", conversation.State.Top!.Step);
    }

    /// <summary>
    /// A statement that answers nothing at a question with buttons ("ze is nu thuis bij hem" at "Waar wil je mee beginnen?")
    /// is heard and the question comes again; no "Dat begrijp ik niet goed". A jumble of letters is still not understood.
    /// </summary>
    [Theory]
    [InlineData("nl-NL", "msteams", "ik ben wijkverpleegkundige|een stel", "ze is nu thuis bij hem")]
    [InlineData("nl-NL", "msteams", "", "de moeder heeft het me vanochtend verteld")]
    [InlineData("en-GB", "msteams", "i work at a primary school", "i spoke to the mother yesterday")]
    [InlineData("en-GB", "msteams", "", "she came to see me this morning")]
    [InlineData("nl-NL", "directline", "ik ben de buurvrouw|een stel|ik hoor vaak geschreeuw|klaar|nee", "ze is nu bij haar zus")]
    [InlineData("en-GB", "directline", "i am a neighbour|a couple|i often hear shouting|done|no", "she is staying with her sister now")]
    public async Task A_statement_at_a_question_with_buttons_is_heard_and_the_question_comes_again(string locale, string channel, string before, string statement)
    {
        var dutch = locale == "nl-NL";
        var conversation = await TypedConversation.StartedAsync(fixture.Host.Services, locale, channel);
        foreach (var message in before.Split('|', StringSplitOptions.RemoveEmptyEntries))
        {
            await conversation.SayAsync(message);
        }

        var step = conversation.State.Top!.Step;
        var replies = await conversation.SayAsync(statement);

        Assert.DoesNotContain(replies, reply => reply.Text.StartsWith(dutch ? "Dat begrijp ik niet" : "I do not quite understand", StringComparison.Ordinal));
        Assert.Contains(replies, reply => reply.Text.StartsWith(dutch ? "Dank je dat je dat vertelt" : "Thank you for telling me", StringComparison.Ordinal));
        Assert.Equal(step, conversation.State.Top!.Step);
        Assert.True(replies[^1].ExpectsAnswer);
    }

    [Theory]
    [InlineData("nl-NL", "asdf qwer zxcv")]
    [InlineData("en-GB", "blah blah blah")]
    public async Task A_jumble_of_letters_at_a_question_with_buttons_is_still_not_understood(string locale, string jumble)
    {
        var conversation = await TypedConversation.StartedAsync(fixture.Host.Services, locale);

        var replies = await conversation.SayAsync(jumble);

        Assert.Contains(replies, reply => reply.Text.StartsWith(locale == "nl-NL" ? "Dat begrijp ik niet" : "I do not quite understand", StringComparison.Ordinal));
    }

    /// <summary>
    /// A professional who told of strangulation hears, in the Meldcode advice and when asking whether to report, that it is a
    /// strong warning sign (DOMAIN.md) to weigh in step 4, and that reporting is the norm with acute or structural unsafety.
    /// </summary>
    [Theory]
    [InlineData("nl-NL", "ik ben huisarts|signalen bespreken|een stel|een patiënte vertelt dat haar man haar heeft gewurgd|klaar|klaar", "moet ik dit melden?")]
    [InlineData("nl-NL", "ik ben maatschappelijk werker|signalen bespreken|een stel|haar vriend heeft haar vorige maand bij de keel gepakt|klaar|klaar", "moet ik melden?")]
    [InlineData("en-GB", "i'm a GP|talk through signs|a couple|a patient told me her husband strangled her|done|done", "should i report it?")]
    [InlineData("en-GB", "i'm a social worker|talk through signs|a couple|her boyfriend choked her last month|done|done", "do i have to report this?")]
    public async Task A_professional_who_told_of_strangulation_hears_it_is_a_strong_warning_sign(string locale, string messages, string question)
    {
        var dutch = locale == "nl-NL";
        var strongSign = dutch ? "sterk waarschuwingsteken: het maakt de situatie ernstiger" : "strong warning sign: it makes the situation more serious";
        var conversation = await TypedConversation.StartedAsync(fixture.Host.Services, locale, "msteams");
        await conversation.SayEachAsync(messages);

        Assert.Contains(conversation.AllTexts, text => text.Contains(strongSign, StringComparison.Ordinal));

        var replies = await conversation.SayAsync(question);

        Assert.Contains(replies, reply => reply.Text.Contains(strongSign, StringComparison.Ordinal));
        // With a case told, the answer follows steps 4 and 5 in their order (round 47).
        Assert.Contains(replies, reply => reply.Text.Contains(dutch ? "beslis je in stap 5" : "you decide in step 5", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("nl-NL", "ik ben huisarts|signalen bespreken|een stel|ik zie blauwe plekken|klaar|vaak|nee", "moet ik dit melden?")]
    [InlineData("en-GB", "i'm a GP|talk through signs|a couple|i see bruises|done|often|no", "should i report it?")]
    public async Task Without_strangulation_the_reporting_answer_names_none(string locale, string messages, string question)
    {
        var conversation = await TypedConversation.StartedAsync(fixture.Host.Services, locale, "msteams");
        await conversation.SayEachAsync(messages);

        await conversation.SayAsync(question);

        Assert.DoesNotContain(conversation.AllTexts, text => text.Contains(locale == "nl-NL" ? "gewurgd" : "strangled", StringComparison.Ordinal));
    }

    /// <summary>The estimate lists "vaak geslagen" once: not also the plain "geslagen" nor "Het gebeurt vaak".</summary>
    [Theory]
    [InlineData("nl-NL", "ik ben de buurvrouw|een stel|ik zie dat hij haar vaak slaat|klaar|nee", "Iemand wordt vaak geslagen", "Iemand wordt geslagen", "Het gebeurt vaak.")]
    [InlineData("nl-NL", "mijn man slaat me bijna elke dag|klaar|nee", "Iemand wordt vaak geslagen", "Iemand wordt geslagen", "Het gebeurt vaak.")]
    [InlineData("en-GB", "i am a neighbour|a couple|he hits her all the time|done|no", "Someone is often hit", "Someone is hit", "It happens often.")]
    [InlineData("en-GB", "my boyfriend hits me every week|done|no", "Someone is often hit", "Someone is hit", "It happens often.")]
    public async Task A_frequency_variant_of_a_reason_is_listed_without_the_plain_one(string locale, string messages, string often, string plain, string frequency)
    {
        var conversation = await TypedConversation.StartedAsync(fixture.Host.Services, locale);
        await conversation.SayEachAsync(messages);

        var estimate = conversation.AllTexts.Single(text => text.Contains(often, StringComparison.Ordinal));
        var lines = estimate.Split('\n');
        Assert.DoesNotContain(lines, line => line.Contains(plain, StringComparison.Ordinal));
        Assert.DoesNotContain(lines, line => line.Trim() == "- " + frequency);
    }

    [Theory]
    [InlineData("nl-NL", "ik ben de buurvrouw|een stel|ik heb een keer gezien dat hij haar sloeg|klaar|nee", "Iemand wordt geslagen")]
    [InlineData("en-GB", "i am a neighbour|a couple|i once saw him hit her|done|no", "Someone is hit")]
    public async Task Violence_once_keeps_the_plain_reason(string locale, string messages, string plain)
    {
        var conversation = await TypedConversation.StartedAsync(fixture.Host.Services, locale);
        await conversation.SayEachAsync(messages);

        Assert.Contains(conversation.AllTexts, text => text.Contains(plain, StringComparison.Ordinal));
    }

    /// <summary>Found by playing: an older mother who got thin and has no money left shows neglect and no say over her money.</summary>
    [Theory]
    [InlineData("nl-NL", "ik maak me zorgen om mijn moeder, ze is 81 en sinds mijn broer bij haar woont is ze heel stil en mager geworden en ze heeft geen geld meer")]
    [InlineData("nl-NL", "ik ben de buurvrouw|een oudere|ze is zo mager en ze heeft nooit meer geld")]
    [InlineData("en-GB", "my gran is 84, she has got so thin lately and has no money left since my uncle moved in")]
    [InlineData("en-GB", "i am a neighbour|an older person|she is getting thinner and never has any money")]
    public async Task An_older_person_grown_thin_without_money_shows_neglect_and_no_say_over_money(string locale, string messages)
    {
        var conversation = await TypedConversation.StartedAsync(fixture.Host.Services, locale);
        await conversation.SayEachAsync(messages);

        var signals = conversation.State.Values.GetValueOrDefault("signals") ?? [];
        Assert.Contains("older_person_neglected", signals);
        Assert.Contains("no_control_over_own_money", signals);
    }

    /// <summary>
    /// Found by playing: "als ik met vriendinnen afspreek wordt hij boos" is her own friends in her own story, not a friend
    /// who worries about someone; a partner who wants to know where she is controls her contacts.
    /// </summary>
    [Theory]
    [InlineData("nl-NL", "mijn vriend is soms zo jaloers, hij wil altijd weten waar ik ben en als ik met vriendinnen afspreek wordt hij boos en gooit hij met dingen")]
    [InlineData("nl-NL", "als ik met mijn vrienden afspreek wordt mijn man kwaad")]
    [InlineData("en-GB", "my boyfriend gets so jealous, he always wants to know where i am and when i meet my friends he gets angry and throws things")]
    [InlineData("en-GB", "my husband goes mad when i see my friends")]
    public async Task Her_own_friends_in_her_own_story_make_no_friend_who_worries(string locale, string story)
    {
        var conversation = await TypedConversation.StartedAsync(fixture.Host.Services, locale);

        await conversation.SayAsync(story);

        Assert.Equal(["self"], conversation.State.Values.GetValueOrDefault("role") ?? []);
        Assert.Contains("controls_contacts", conversation.State.Values.GetValueOrDefault("signals") ?? []);
    }

    [Theory]
    [InlineData("nl-NL", "mijn vriendin wordt geslagen door haar man")]
    [InlineData("en-GB", "my friend is being hit by her husband")]
    public async Task A_friend_who_worries_about_a_friend_is_still_family_or_friend(string locale, string story)
    {
        var conversation = await TypedConversation.StartedAsync(fixture.Host.Services, locale);

        await conversation.SayAsync(story);

        Assert.Equal(["family_friend"], conversation.State.Values.GetValueOrDefault("role") ?? []);
    }

    /// <summary>Found by playing: a young person asking what happens to a parent if they tell gets the answer for the fear of telling.</summary>
    [Theory]
    [InlineData("en-GB", "im 16 and my dad gets drunk and smashes stuff|done|every weekend|no", "what will happen to my dad if i tell someone?", "It is brave that you tell me this")]
    [InlineData("en-GB", "im 15", "will my dad go to prison if i tell?", "It is brave that you tell me this")]
    [InlineData("nl-NL", "ik ben 14|mijn vader slaat mijn moeder|klaar|vaak|nee", "wat gebeurt er met mijn vader als ik het vertel?", "Het is moedig dat je dit vertelt")]
    [InlineData("nl-NL", "ik ben 13", "gaat mijn vader dan naar de gevangenis?", "Het is moedig dat je dit vertelt")]
    public async Task Asking_what_happens_to_a_parent_after_telling_is_answered(string locale, string before, string question, string answer)
    {
        var conversation = await TypedConversation.StartedAsync(fixture.Host.Services, locale);
        await conversation.SayEachAsync(before);

        var replies = await conversation.SayAsync(question);

        Assert.Contains(replies, reply => reply.Text.StartsWith(answer, StringComparison.Ordinal));
    }

    /// <summary>Found by playing in Teams: a question about reporting without the client's consent is answered with open reporting.</summary>
    [Theory]
    [InlineData("nl-NL", "signalen bespreken", "wat als ze geen toestemming geeft?", "Als professional meld je open")]
    [InlineData("nl-NL", "ik ben huisarts|signalen bespreken|een stel|ze heeft blauwe plekken|klaar|soms|nee", "en als hij geen toestemming geeft?", "Als professional meld je open")]
    [InlineData("en-GB", "talk through signs", "what if she doesn't give consent?", "As a professional you report openly")]
    [InlineData("en-GB", "i'm a GP|talk through signs|a couple|she has bruises|done|sometimes|no", "can i do it without her consent?", "As a professional you report openly")]
    public async Task Reporting_without_consent_asked_in_Teams_is_answered(string locale, string before, string question, string answer)
    {
        var conversation = await TypedConversation.StartedAsync(fixture.Host.Services, locale, "msteams");
        await conversation.SayEachAsync(before);

        var replies = await conversation.SayAsync(question);

        Assert.Contains(replies, reply => reply.Text.StartsWith(answer, StringComparison.Ordinal));
    }

    /// <summary>Found by playing: a serious thing told at the signs (noted for the serious things) is never answered with "none of these fit".</summary>
    [Theory]
    [InlineData("nl-NL", "msteams", "ik ben huisarts|signalen bespreken|een stel|een patiënte vertelt dat haar man haar heeft gewurgd", "klaar", "Geen van deze past")]
    [InlineData("nl-NL", "directline", "ik ben de buurvrouw|een stel|hij heeft gedreigd haar te vermoorden", "klaar", "Geen van deze past")]
    [InlineData("en-GB", "msteams", "i'm a GP|talk through signs|a couple|a patient told me her husband strangled her", "done", "None of these fit")]
    [InlineData("en-GB", "directline", "i am a neighbour|a couple|he threatened to kill her", "done", "None of these fit")]
    public async Task A_serious_thing_told_at_the_signs_is_no_none_of_these(string locale, string channel, string before, string done, string none)
    {
        var conversation = await TypedConversation.StartedAsync(fixture.Host.Services, locale, channel);
        await conversation.SayEachAsync(before);

        var replies = await conversation.SayAsync(done);

        Assert.DoesNotContain(replies, reply => reply.Text.StartsWith(none, StringComparison.Ordinal));
        Assert.Equal("ask_serious", conversation.State.Top!.Step);
    }

    /// <summary>Found by playing: neighbours who "fight a lot" with a little boy around are a couple and a child, not a child alone.</summary>
    [Theory]
    [InlineData("en-GB", "so my neighbours upstairs they fight a lot, like really loud, and yesterday i heard something smash and her crying. theres a little boy too maybe 5", "partner")]
    [InlineData("en-GB", "i am a neighbour|the couple next door are always arguing and there are two kids", "partner")]
    [InlineData("nl-NL", "ik ben de buurvrouw|de buren hebben steeds ruzie en er is een jongetje van 5", "partner")]
    public async Task Neighbours_who_fight_a_lot_are_a_couple(string locale, string messages, string expected)
    {
        var conversation = await TypedConversation.StartedAsync(fixture.Host.Services, locale);
        await conversation.SayEachAsync(messages);

        Assert.Contains(expected, conversation.State.Values.GetValueOrDefault("about") ?? []);
    }

    [Theory]
    [InlineData("en-GB", "i am a neighbour|the kids next door fight with each other all day")]
    [InlineData("en-GB", "my kids fight a lot with each other")]
    public async Task Children_who_fight_each_other_are_no_couple(string locale, string messages)
    {
        var conversation = await TypedConversation.StartedAsync(fixture.Host.Services, locale);
        await conversation.SayEachAsync(messages);

        Assert.DoesNotContain("partner", conversation.State.Values.GetValueOrDefault("about") ?? []);
    }
}
