namespace TakeABreak.Bot.Tests.Conversation.Understanding;

/// <summary>
/// What playing whole typed conversations found in the twenty-ninth round (issue "understanding people"): a neighbour who
/// answers "Over wie maak je je zorgen?" with "mijn buurvrouw", "verder" kept as a name, a question about talking to
/// Moviera taken for a request, "ja echt" closing the signs, how long read as how often, crying children at the serious
/// things, and anger read as shouting.
/// </summary>
public sealed class PlayedTwentyNinthRoundTests(ConversationHostFixture fixture) : IClassFixture<ConversationHostFixture>
{
    /// <summary>A neighbour named as the whole answer says whom, not which case: one short question asks who hurts her.</summary>
    [Theory]
    [InlineData("nl-NL", "mijn buurvrouw", "mijn buurvrouw")]
    [InlineData("nl-NL", "mijn buurvrouw", "de vrouw")]
    [InlineData("nl-NL", "buur", "de buurvrouw")]
    [InlineData("nl-NL", "buur", "de vrouw hiernaast")]
    [InlineData("en-US", "neighbour", "my neighbour")]
    [InlineData("en-US", "neighbour", "the woman next door")]
    [InlineData("en-US", "I'm a neighbour", "the lady next door")]
    public async Task A_neighbour_named_as_the_whole_answer_gets_a_short_question_whom_it_is_about(string locale, string role, string whom)
    {
        var dutch = locale == "nl-NL";
        var conversation = await TypedConversation.StartedAsync(fixture.Host.Services, locale);
        await conversation.SayAsync(role);
        Assert.Equal("ask_about", conversation.State.Top!.Step);

        var replies = await conversation.SayAsync(whom);

        Assert.Contains(replies, reply => reply.Text.StartsWith(dutch ? "Wie doet die persoon pijn" : "Who hurts that person", StringComparison.Ordinal));
        Assert.DoesNotContain(replies, reply => reply.Text.StartsWith(dutch ? "Dat begrijp ik niet" : "I do not quite understand", StringComparison.Ordinal));
        Assert.Equal("ask_about", conversation.State.Top!.Step);
    }

    /// <summary>Once it is known whom it is about, "mijn buurvrouw" at the signs is read as before ("Dat weet ik al"), never swallowed silently.</summary>
    [Fact]
    public async Task A_neighbour_named_once_the_case_is_known_gets_no_short_question()
    {
        var conversation = await TypedConversation.StartedAsync(fixture.Host.Services, "nl-NL");
        await conversation.SayAsync("ik woon naast een jong stel");
        Assert.Equal("ask_signals", conversation.State.Top!.Step);

        var replies = await conversation.SayAsync("mijn buurvrouw");

        Assert.DoesNotContain(replies, reply => reply.Text.StartsWith("Wie doet die persoon pijn", StringComparison.Ordinal));
        Assert.Contains(replies, reply => reply.Text.StartsWith("Dat weet ik al: je bent een buur", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("nl-NL", "haar man")]
    [InlineData("en-US", "her husband")]
    public async Task After_the_short_question_her_partner_answers_it(string locale, string partner)
    {
        var conversation = await TypedConversation.StartedAsync(fixture.Host.Services, locale);
        await conversation.SayAsync(locale == "nl-NL" ? "buur" : "neighbour");
        await conversation.SayAsync(locale == "nl-NL" ? "mijn buurvrouw" : "my neighbour");

        await conversation.SayAsync(partner);

        Assert.Equal(["partner"], conversation.State.Values.GetValueOrDefault("about") ?? []);
    }

    /// <summary>Navigation or refusal at "Hoe mag Moviera je noemen?" is never a name: nothing is kept.</summary>
    [Theory]
    [InlineData("nl-NL", "verder")]
    [InlineData("nl-NL", "volgende")]
    [InlineData("nl-NL", "liever niet")]
    [InlineData("nl-NL", "anoniem")]
    [InlineData("nl-NL", "weet ik niet")]
    [InlineData("nl-NL", "ga maar door")]
    [InlineData("en-US", "next")]
    [InlineData("en-US", "skip")]
    [InlineData("en-US", "rather not")]
    [InlineData("en-US", "anonymous")]
    public async Task Going_on_at_the_name_question_is_no_name(string locale, string goOn)
    {
        var dutch = locale == "nl-NL";
        var conversation = await TypedConversation.StartedAsync(fixture.Host.Services, locale);
        var reached = await conversation.TypeUntilAsync(
            dutch ? "Hoe mag Moviera je noemen?" : "What may Moviera call you?",
            dutch ? ["ik wil met iemand van moviera praten", "mijn buurvrouw wordt geslagen door haar man", "ja", "ik neem zelf contact op"]
                : ["i want to talk to a person", "my neighbour is beaten by her husband", "yes", "i will contact moviera myself"]);
        Assert.True(reached is not null, string.Join("\n", conversation.AllTexts.TakeLast(6)));

        await conversation.SayAsync(goOn);

        Assert.False(conversation.State.Values.ContainsKey("contact_first_name"), string.Join(",", conversation.State.Values.GetValueOrDefault("contact_first_name") ?? []));
    }

    [Theory]
    [InlineData("nl-NL", "Sanne")]
    [InlineData("en-US", "Tom")]
    public async Task A_name_at_the_name_question_is_kept(string locale, string name)
    {
        var dutch = locale == "nl-NL";
        var conversation = await TypedConversation.StartedAsync(fixture.Host.Services, locale);
        await conversation.TypeUntilAsync(
            dutch ? "Hoe mag Moviera je noemen?" : "What may Moviera call you?",
            dutch ? ["ik wil met iemand van moviera praten", "mijn buurvrouw wordt geslagen door haar man", "ja", "ik neem zelf contact op"]
                : ["i want to talk to a person", "my neighbour is beaten by her husband", "yes", "i will contact moviera myself"]);

        await conversation.SayAsync(name);

        Assert.Equal([name], conversation.State.Values.GetValueOrDefault("contact_first_name") ?? []);
    }

    /// <summary>A question about what talking to Moviera is like, at the feedback question, is answered; no request starts.</summary>
    [Theory]
    [InlineData("nl-NL", "wat gebeurt er als ik iemand van moviera spreek")]
    [InlineData("nl-NL", "wat gebeurt er als ik met moviera praat?")]
    [InlineData("nl-NL", "hoe gaat een gesprek met moviera")]
    [InlineData("en-US", "what happens if I talk to someone from Moviera")]
    [InlineData("en-US", "what happens when i speak to moviera?")]
    public async Task Asking_what_happens_when_talking_to_Moviera_is_answered_and_the_question_comes_again(string locale, string question)
    {
        var dutch = locale == "nl-NL";
        var conversation = await TypedConversation.StartedAsync(fixture.Host.Services, locale);
        var reached = await conversation.TypeUntilAsync(
            dutch ? "Had je iets aan dit gesprek?" : "Was this conversation helpful?",
            dutch ? ["mijn man duwt me", "klaar", "af en toe", "klaar", "nee"] : ["my husband pushes me", "done", "sometimes", "done", "no"]);
        Assert.True(reached is not null, string.Join("\n", conversation.AllTexts.TakeLast(6)));

        var replies = await conversation.SayAsync(question);

        Assert.Contains(replies, reply => reply.Text.Contains(dutch ? "Dat is een mens, geen computer" : "That is a person, not a computer", StringComparison.Ordinal));
        Assert.Contains(replies, reply => reply.Text.StartsWith(dutch ? "Had je iets aan dit gesprek?" : "Was this conversation helpful?", StringComparison.Ordinal));
        Assert.DoesNotContain(replies, reply => reply.Text.StartsWith(dutch ? "Vind je het goed dat we dit naar Moviera sturen?" : "Do you agree that we send this to Moviera?", StringComparison.Ordinal));
    }

    /// <summary>"ja echt" after the bot said back a sign affirms it: the list of signs stays open; "klaar" still closes it.</summary>
    [Theory]
    [InlineData("nl-NL", "mijn man slaat me", "hij schreeuwt ook", "ja echt")]
    [InlineData("nl-NL", "mijn man slaat me", "hij schreeuwt ook", "ja zeker")]
    [InlineData("nl-NL", "ik maak me zorgen om mijn buurvrouw, haar man slaat haar", "ze heeft blauwe plekken", "ja echt waar")]
    [InlineData("en-US", "my husband hits me", "he shouts too", "yes really")]
    [InlineData("en-US", "my husband hits me", "he shouts too", "yes definitely")]
    public async Task Yes_really_after_a_sign_said_back_keeps_the_list_open(string locale, string story, string sign, string really)
    {
        var conversation = await TypedConversation.StartedAsync(fixture.Host.Services, locale);
        await conversation.SayAsync(story);
        await conversation.SayAsync(sign);
        var step = conversation.State.Top!.Step;
        Assert.StartsWith("ask_signals", step);

        var replies = await conversation.SayAsync(really);

        Assert.Equal(step, conversation.State.Top!.Step);
        Assert.DoesNotContain(replies, reply => reply.Text.StartsWith(locale == "nl-NL" ? "Hoe vaak" : "How often", StringComparison.Ordinal));

        await conversation.SayAsync(locale == "nl-NL" ? "klaar" : "done");
        Assert.NotEqual(step, conversation.State.Top!.Step);
    }

    /// <summary>How long it has gone on is no answer to how often: no frequency is ticked from it.</summary>
    [Theory]
    [InlineData("nl-NL", "al een jaar of zo")]
    [InlineData("nl-NL", "sinds de zomer")]
    [InlineData("nl-NL", "het gaat al maanden zo")]
    [InlineData("en-US", "for about a year")]
    [InlineData("en-US", "since the summer")]
    [InlineData("en-US", "it's been going on for months")]
    public async Task How_long_at_how_often_ticks_no_frequency(string locale, string howLong)
    {
        var dutch = locale == "nl-NL";
        var conversation = await TypedConversation.StartedAsync(fixture.Host.Services, locale);
        await conversation.SayAsync(dutch ? "mijn man slaat me" : "my husband hits me");
        await conversation.SayAsync(dutch ? "klaar" : "done");
        Assert.Equal("ask_frequency", conversation.State.Top!.Step);

        var replies = await conversation.SayAsync(howLong);

        Assert.False(conversation.State.Values.ContainsKey("frequency"), string.Join(",", conversation.State.Values.GetValueOrDefault("frequency") ?? []));
        Assert.Contains(replies, reply => reply.Text.StartsWith(dutch ? "Hoe vaak gebeurt het?" : "How often does it happen?", StringComparison.Ordinal));
        Assert.DoesNotContain(replies, reply => reply.Text.StartsWith(dutch ? "Dat begrijp ik niet" : "I do not quite understand", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("nl-NL", "al een jaar of zo, bijna elke week")]
    [InlineData("en-US", "for about a year, almost every week")]
    public async Task How_long_with_how_often_is_how_often(string locale, string answer)
    {
        var conversation = await TypedConversation.StartedAsync(fixture.Host.Services, locale);
        await conversation.SayAsync(locale == "nl-NL" ? "mijn man slaat me" : "my husband hits me");
        await conversation.SayAsync(locale == "nl-NL" ? "klaar" : "done");

        await conversation.SayAsync(answer);

        Assert.Equal(["frequency_often"], conversation.State.Values.GetValueOrDefault("frequency") ?? []);
    }

    /// <summary>Children who cry when it happens are there: at the serious things that ticks "children see or hear it".</summary>
    [Theory]
    [InlineData("nl-NL", "de kinderen huilen dan")]
    [InlineData("nl-NL", "mijn zoontje huilt als het gebeurt")]
    [InlineData("nl-NL", "de kids gaan dan huilen")]
    [InlineData("en-US", "the kids cry when it happens")]
    [InlineData("en-US", "my daughter starts crying")]
    public async Task Children_crying_told_at_the_serious_things_are_children_present(string locale, string crying)
    {
        var dutch = locale == "nl-NL";
        var conversation = await TypedConversation.StartedAsync(fixture.Host.Services, locale);
        await conversation.SayAsync(dutch ? "mijn man slaat me" : "my husband hits me");
        await conversation.SayAsync(dutch ? "klaar" : "done");
        await conversation.SayAsync(dutch ? "vaak" : "often");
        Assert.Equal("ask_serious", conversation.State.Top!.Step);

        await conversation.SayAsync(crying);

        Assert.Contains("children_present", conversation.State.Values.GetValueOrDefault("serious_factors") ?? []);
    }

    /// <summary>Anger at her crying is no shouting: "schreeuwen of gillen" is ticked only when the text says it.</summary>
    [Theory]
    [InlineData("nl-NL", "papa wordt boos als mama huilt")]
    [InlineData("nl-NL", "mijn vader wordt boos als mijn moeder huilt")]
    [InlineData("en-US", "dad gets angry when mum cries")]
    public async Task Anger_when_she_cries_is_no_shouting(string locale, string story)
    {
        var conversation = await TypedConversation.StartedAsync(fixture.Host.Services, locale);
        await conversation.SayAsync(locale == "nl-NL" ? "ik ben 13" : "i am 13");

        await conversation.SayAsync(story);

        Assert.DoesNotContain("shouting_or_screaming", conversation.State.Values.GetValueOrDefault("signals") ?? []);
    }

    [Theory]
    [InlineData("nl-NL", "papa schreeuwt als mama huilt")]
    [InlineData("en-US", "dad yells when mum cries")]
    public async Task Shouting_when_she_cries_is_still_shouting(string locale, string story)
    {
        var conversation = await TypedConversation.StartedAsync(fixture.Host.Services, locale);
        await conversation.SayAsync(locale == "nl-NL" ? "ik ben 13" : "i am 13");

        await conversation.SayAsync(story);

        Assert.Contains("shouting_or_screaming", conversation.State.Values.GetValueOrDefault("signals") ?? []);
    }

    // Found while playing the round.

    /// <summary>A threat to hurt her if she leaves, told at the serious things, is a threat: nobody is said to be hit.</summary>
    [Theory]
    [InlineData("en-US", "she said he threatened to hurt her if she leaves")]
    [InlineData("en-US", "he says he will hurt her if she goes to the police")]
    [InlineData("nl-NL", "hij dreigt haar pijn te doen als ze weggaat")]
    public async Task A_threat_to_hurt_is_a_threat_not_someone_hit(string locale, string threat)
    {
        var dutch = locale == "nl-NL";
        var conversation = await TypedConversation.StartedAsync(fixture.Host.Services, locale);
        await conversation.SayAsync(dutch ? "ik maak me zorgen om mijn vriendin, haar vriend is erg jaloers en controleert haar telefoon" : "I'm worried, my best friend's boyfriend is really jealous and checks her phone");
        await conversation.SayAsync(dutch ? "klaar" : "done");
        await conversation.SayAsync(dutch ? "elke week" : "every week");
        Assert.Equal("ask_serious", conversation.State.Top!.Step);

        await conversation.SayAsync(threat);

        Assert.Contains("threats_other", conversation.State.Values.GetValueOrDefault("serious_factors") ?? []);
        Assert.DoesNotContain("physical_violence", conversation.State.Values.GetValueOrDefault("signals") ?? []);
    }

    /// <summary>"He calls her stupid in front of people" puts her down.</summary>
    [Theory]
    [InlineData("en-US", "he also calls her stupid in front of people")]
    [InlineData("en-US", "he calls her fat and ugly")]
    [InlineData("nl-NL", "hij noemt haar dom waar iedereen bij is")]
    public async Task Calling_her_stupid_is_putting_her_down(string locale, string story)
    {
        var conversation = await TypedConversation.StartedAsync(fixture.Host.Services, locale);
        await conversation.SayAsync(locale == "nl-NL" ? "ik maak me zorgen om mijn vriendin, haar vriend is erg jaloers" : "I'm worried, my best friend's boyfriend is really jealous");

        await conversation.SayAsync(story);

        Assert.Contains("belittled_or_humiliated", conversation.State.Values.GetValueOrDefault("signals") ?? []);
    }

    /// <summary>"verder" at the feedback question goes on (skips it); it is not asked again.</summary>
    [Theory]
    [InlineData("nl-NL", "verder")]
    [InlineData("en-US", "next")]
    public async Task Going_on_at_the_feedback_question_skips_it(string locale, string goOn)
    {
        var dutch = locale == "nl-NL";
        var conversation = await TypedConversation.StartedAsync(fixture.Host.Services, locale);
        await conversation.TypeUntilAsync(
            dutch ? "Had je iets aan dit gesprek?" : "Was this conversation helpful?",
            dutch ? ["mijn man duwt me", "klaar", "af en toe", "klaar", "nee"] : ["my husband pushes me", "done", "sometimes", "done", "no"]);

        var replies = await conversation.SayAsync(goOn);

        Assert.DoesNotContain(replies, reply => reply.Text.StartsWith(dutch ? "Had je iets aan dit gesprek?" : "Was this conversation helpful?", StringComparison.Ordinal));
        Assert.DoesNotContain(replies, reply => reply.Text.StartsWith(dutch ? "Goed, we gaan verder" : "All right, let us go on", StringComparison.Ordinal));
    }

    /// <summary>"Het is me opgevallen" (I noticed) is no typo of "afgevallen" (lost weight): no neglect is ticked from it.</summary>
    [Theory]
    [InlineData("nl-NL", "het is me de laatste maanden opgevallen")]
    [InlineData("nl-NL", "dat viel me op toen ik er was")]
    public async Task Noticing_is_no_sign_of_neglect(string locale, string noticed)
    {
        var conversation = await TypedConversation.StartedAsync(fixture.Host.Services, locale);
        await conversation.SayAsync("ik werk in de thuiszorg en ik maak me zorgen om een cliënt van 86, ze is erg stil");

        await conversation.SayAsync(noticed);

        Assert.DoesNotContain("older_person_neglected", conversation.State.Values.GetValueOrDefault("signals") ?? []);
    }

    [Fact]
    public async Task Losing_weight_is_still_a_sign_of_neglect()
    {
        var conversation = await TypedConversation.StartedAsync(fixture.Host.Services, "nl-NL");
        await conversation.SayAsync("ik werk in de thuiszorg en ik maak me zorgen om een cliënt van 86, ze is erg stil");

        await conversation.SayAsync("ze is erg afgevallen");

        Assert.Contains("older_person_neglected", conversation.State.Values.GetValueOrDefault("signals") ?? []);
    }

    /// <summary>A young person asking to talk to someone without their parents knowing is answered; no request to Moviera starts.</summary>
    [Theory]
    [InlineData("nl-NL", "kan ik ook met iemand praten zonder dat mijn ouders het weten")]
    [InlineData("nl-NL", "kan ik met iemand praten zonder dat mijn moeder het weet?")]
    [InlineData("en-US", "can I talk to someone without my parents knowing")]
    public async Task Talking_without_the_parents_knowing_is_answered_with_who_listens(string locale, string question)
    {
        var dutch = locale == "nl-NL";
        var conversation = await TypedConversation.StartedAsync(fixture.Host.Services, locale);
        var reached = await conversation.TypeUntilAsync(
            dutch ? "Had je iets aan dit gesprek?" : "Was this conversation helpful?",
            dutch ? ["ik ben 13", "mijn vader slaat mijn moeder", "klaar", "vaak", "klaar"] : ["i am 13", "my dad hits my mum", "done", "often", "done"]);
        Assert.True(reached is not null, string.Join("\n", conversation.AllTexts.TakeLast(6)));

        var replies = await conversation.SayAsync(question);

        Assert.Contains(replies, reply => reply.Text.Contains("0800-0432", StringComparison.Ordinal));
        Assert.DoesNotContain(replies, reply => reply.Text.StartsWith(dutch ? "Vind je het goed dat we dit naar Moviera sturen?" : "Do you agree that we send this to Moviera?", StringComparison.Ordinal));
    }

    /// <summary>"Komen ze erachter dat ik het heb gemeld?" at the offer to talk to Moviera asks what Veilig Thuis does with a report.</summary>
    [Theory]
    [InlineData("nl-NL", "komen ze erachter dat ik het heb gemeld?")]
    [InlineData("nl-NL", "komt hij erachter dat ik heb gebeld?")]
    [InlineData("en-US", "will they find out that I reported it?")]
    public async Task Will_they_find_out_is_answered(string locale, string question)
    {
        var dutch = locale == "nl-NL";
        var conversation = await TypedConversation.StartedAsync(fixture.Host.Services, locale);
        var reached = await conversation.TypeUntilAsync(
            dutch ? "Wil je dit bespreken met iemand van Moviera?" : "Would you like to talk this through with someone from Moviera?",
            dutch ? ["ik woon naast een jong stel, ik hoor hem vaak tegen haar schreeuwen", "klaar", "klaar"] : ["I live next to a young couple, I often hear him shouting at her", "done", "done"]);
        Assert.True(reached is not null, string.Join("\n", conversation.AllTexts.TakeLast(6)));

        var replies = await conversation.SayAsync(question);

        Assert.Contains(replies, reply => reply.Text.Contains(dutch ? "Veilig Thuis weet wie er meldt" : "Veilig Thuis knows who reported", StringComparison.Ordinal));
    }

    /// <summary>A young person whose parents quarrel a lot sees or hears fighting at home.</summary>
    [Theory]
    [InlineData("nl-NL", "mijn ouders maken heel vaak ruzie")]
    [InlineData("nl-NL", "mijn ouders hebben steeds ruzie")]
    [InlineData("en-US", "my parents are always arguing")]
    public async Task Parents_who_quarrel_are_fighting_a_young_person_hears(string locale, string story)
    {
        var conversation = await TypedConversation.StartedAsync(fixture.Host.Services, locale);
        await conversation.SayAsync(locale == "nl-NL" ? "hoi ik ben 13" : "hi i am 13");

        await conversation.SayAsync(story);

        Assert.Contains("child_hears_fighting", conversation.State.Values.GetValueOrDefault("signals") ?? []);
    }
}
