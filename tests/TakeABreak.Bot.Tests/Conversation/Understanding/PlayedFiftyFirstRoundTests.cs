namespace TakeABreak.Bot.Tests.Conversation.Understanding;

/// <summary>
/// What playing the published host found in the fifty-first round: someone who called 112 was told that they may call, and
/// "wat nu?" then was not understood; a fear that he finds out or gets angry about seeking help was not understood.
/// </summary>
public sealed class PlayedFiftyFirstRoundTests(ConversationHostFixture fixture) : IClassFixture<ConversationHostFixture>
{
    private static bool Dutch(string locale) => locale == "nl-NL";

    private static string Texts(IEnumerable<TakeABreak.BotFramework.Schema.Activity> replies) => string.Join("\n", replies.Select(reply => reply.Text ?? ""));

    private static string NotUnderstood(string locale) => Dutch(locale) ? "begrijp ik niet" : "do not quite understand";

    /// <summary>
    /// A neighbour who heard "Bel nu 112" and says they called (or that help is there): it is good that they did, help is coming,
    /// stay where it is safest and let them in if that is safe, and afterwards Veilig Thuis and a question to Moviera. It was
    /// "Yes, you may always do that" ("called" read by its stem as "call 112"). "wat nu?" right after is answered, with no
    /// second "Bel nu 112" and no "not understood".
    /// </summary>
    [Theory]
    [InlineData("nl-NL", "ik ben de buurvrouw", "hij slaat haar nu", "ik heb 112 gebeld", "wat nu?")]
    [InlineData("nl-NL", "ik ben de buurvrouw", "hij slaat haar nu", "de politie komt eraan", "en nu?")]
    [InlineData("en-GB", "i'm a neighbour", "he is hitting her right now", "i called 112", "what now?")]
    [InlineData("en-GB", "i'm a neighbour", "he is hitting her right now", "the police are on their way", "what do i do now")]
    [InlineData("en-GB", "i'm a neighbour", "he is hitting her right now", "ambulance is here", "what now")]
    public async Task Having_called_112_is_acknowledged_with_what_happens_next_and_what_now_is_answered(string locale, string role, string danger, string called, string whatNow)
    {
        var conversation = await HostedConversation.StartedAsync(fixture.Host.Services, locale, "webchat");
        await conversation.SayAsync(role);
        var call112 = Dutch(locale) ? "Bel nu 112" : "Call 112 now";
        Assert.Contains(call112, Texts(await conversation.SayAsync(danger)), StringComparison.Ordinal);

        var replies = Texts(await conversation.SayAsync(called));
        var next = Texts(await conversation.SayAsync(whatNow));

        Assert.Contains(Dutch(locale) ? "Goed dat je hulp hebt gevraagd." : "Good that you called for help.", replies, StringComparison.Ordinal);
        Assert.Contains(Dutch(locale) ? "Blijf op de plek waar het voor jou het veiligst is." : "Stay where it is safest for you.", replies, StringComparison.Ordinal);
        Assert.Contains("0800-2000", replies, StringComparison.Ordinal);
        Assert.Contains("Moviera", replies, StringComparison.Ordinal);
        Assert.DoesNotContain(Dutch(locale) ? "Ja, dat mag altijd." : "Yes, you may always do that.", replies, StringComparison.Ordinal);
        Assert.Contains(Dutch(locale) ? "Wacht op de hulp" : "Wait for help", next, StringComparison.Ordinal);
        Assert.DoesNotContain(NotUnderstood(locale), next, StringComparison.Ordinal);
        Assert.DoesNotContain(call112, next, StringComparison.Ordinal);
    }

    /// <summary>Told in the first turn after "Bel nu 112", before any role: the same answer, and "wat nu?" gets one too.</summary>
    [Theory]
    [InlineData("nl-NL", "hij slaat haar nu", "ik heb 112 gebeld", "wat nu?")]
    [InlineData("en-GB", "he is hitting her right now", "i called 112", "what now?")]
    public async Task Having_called_112_right_after_the_112_answer_is_acknowledged_and_what_now_answered(string locale, string danger, string called, string whatNow)
    {
        var conversation = await HostedConversation.StartedAsync(fixture.Host.Services, locale, "webchat");
        await conversation.SayAsync(danger);

        var replies = Texts(await conversation.SayAsync(called));
        var next = Texts(await conversation.SayAsync(whatNow));

        Assert.Contains(Dutch(locale) ? "De hulp komt eraan of is er al." : "Help is on its way or is already there.", replies, StringComparison.Ordinal);
        Assert.Contains(Dutch(locale) ? "Wacht op de hulp" : "Wait for help", next, StringComparison.Ordinal);
        Assert.DoesNotContain(NotUnderstood(locale), next, StringComparison.Ordinal);
    }

    /// <summary>Danger told again after calling ("hij is terug, wat nu?") is still answered with 112, not with what to do while waiting.</summary>
    [Theory]
    [InlineData("nl-NL", "hij slaat haar nu", "ik heb 112 gebeld", "hij is terug, wat nu?")]
    [InlineData("en-GB", "he is hitting her right now", "i called 112", "he's back, what now")]
    public async Task Danger_again_after_calling_still_gets_112(string locale, string danger, string called, string again)
    {
        var conversation = await HostedConversation.StartedAsync(fixture.Host.Services, locale, "webchat");
        await conversation.SayAsync(danger);
        await conversation.SayAsync(called);

        var replies = Texts(await conversation.SayAsync(again));

        Assert.Contains(Dutch(locale) ? "Bel nu 112" : "Call 112 now", replies, StringComparison.Ordinal);
    }

    /// <summary>
    /// "wat nu?" with no 112 called before is no answer about waiting for help: it is what it was (here not understood at the
    /// role question), so the answer after 112 is only said after a call.
    /// </summary>
    [Fact]
    public async Task What_now_without_a_call_before_gets_no_answer_about_waiting_for_help()
    {
        var conversation = await HostedConversation.StartedAsync(fixture.Host.Services, "nl-NL", "webchat");

        var replies = Texts(await conversation.SayAsync("wat nu?"));

        Assert.DoesNotContain("Wacht op de hulp", replies, StringComparison.Ordinal);
    }

    /// <summary>
    /// Someone it happens to, at a question, afraid that he finds out or gets angry when she seeks help: a calm answer (advice
    /// from Veilig Thuis can be anonymous and they help think about a safe next step; on the website the quick exit and that
    /// the chat is not kept on the device), then the question again. It was "Dat begrijp ik niet goed".
    /// </summary>
    [Theory]
    [InlineData("nl-NL", "mijn vriend slaat me", "ik wil niet dat hij boos wordt als ik hulp zoek")]
    [InlineData("nl-NL", "mijn vriend slaat me", "hij mag niet weten dat ik dit doe")]
    [InlineData("nl-NL", "mijn man duwt me", "wat als hij erachter komt dat ik hulp zoek?")]
    [InlineData("en-GB", "my boyfriend hits me", "what if he finds out I'm asking for help")]
    [InlineData("en-GB", "my boyfriend hits me", "he can't know i'm doing this")]
    [InlineData("en-GB", "my husband pushes me", "he will be angry if he finds out")]
    public async Task A_fear_that_he_finds_out_is_answered_and_the_question_asked_again(string locale, string story, string fear)
    {
        var conversation = await HostedConversation.StartedAsync(fixture.Host.Services, locale, "webchat");
        var atSigns = Texts(await conversation.SayAsync(story));
        var question = Dutch(locale) ? "Wat gebeurt er bij jou?" : "What is happening to you?";
        Assert.Contains(question, atSigns, StringComparison.Ordinal);

        var replies = Texts(await conversation.SayAsync(fear));

        Assert.Contains(Dutch(locale) ? "Het is begrijpelijk dat je daar bang voor bent." : "It is understandable that you are afraid of that.", replies, StringComparison.Ordinal);
        Assert.Contains("0800-2000", replies, StringComparison.Ordinal);
        Assert.Contains(Dutch(locale) ? "anoniem" : "anonymously", replies, StringComparison.Ordinal);
        Assert.Contains(Dutch(locale) ? "Snel weg" : "Leave now", replies, StringComparison.Ordinal);
        Assert.DoesNotContain(NotUnderstood(locale), replies, StringComparison.Ordinal);
        Assert.Contains(Dutch(locale) ? "Is er nog meer?" : "Anything else?", replies, StringComparison.Ordinal);
    }

    /// <summary>The same fear at the first question, before anything is known: answered, and the first question comes again.</summary>
    [Theory]
    [InlineData("nl-NL", "hij mag niet weten dat ik dit doe", "Wat past het best bij jou?")]
    [InlineData("en-GB", "what if he finds out i'm asking for help", "What fits you best?")]
    public async Task A_fear_that_he_finds_out_at_the_first_question_is_answered_and_asked_again(string locale, string fear, string question)
    {
        var conversation = await HostedConversation.StartedAsync(fixture.Host.Services, locale, "webchat");

        var replies = Texts(await conversation.SayAsync(fear));

        Assert.Contains(Dutch(locale) ? "Het is begrijpelijk dat je daar bang voor bent." : "It is understandable that you are afraid of that.", replies, StringComparison.Ordinal);
        Assert.Contains(question, replies, StringComparison.Ordinal);
        Assert.DoesNotContain(NotUnderstood(locale), replies, StringComparison.Ordinal);
    }

    /// <summary>
    /// "mijn vriend kijkt elke avond in mijn telefoon en heeft een app waarmee hij ziet waar ik ben": the "Ik begrijp" line names
    /// that he tracks where she is, not only the phone; an app that shows where she is, told alone, is the same sign.
    /// </summary>
    [Theory]
    [InlineData("nl-NL", "mijn vriend kijkt elke avond in mijn telefoon en heeft een app waarmee hij ziet waar ik ben", "volgt waar ik ben")]
    [InlineData("en-GB", "my boyfriend checks my phone every night and has an app that shows him where i am", "tracks where I am")]
    public async Task Location_tracking_is_named_in_what_the_bot_understood(string locale, string story, string named)
    {
        var conversation = await HostedConversation.StartedAsync(fixture.Host.Services, locale, "webchat");

        var replies = Texts(await conversation.SayAsync(story));

        Assert.Contains(Dutch(locale) ? "Ik begrijp:" : "I understood:", replies, StringComparison.Ordinal);
        Assert.Contains(named, replies, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("nl-NL", "mijn vriend heeft een app waarmee hij ziet waar ik ben")]
    [InlineData("en-GB", "my boyfriend has an app that shows him where i am")]
    [InlineData("en-GB", "my husband tracks my location all the time")]
    public async Task An_app_that_shows_where_she_is_is_a_partner_who_checks_the_phone(string locale, string story)
    {
        var conversation = await TypedConversation.StartedAsync(fixture.Host.Services, locale, "webchat");

        await conversation.SayAsync(story);

        Assert.Contains("controls_phone", conversation.State.Values.GetValueOrDefault("signals") ?? []);
    }

    /// <summary>
    /// A young person whose own story goes on after "Call 112 now" ("I'm 16, it's my dad"): the "Ik begrijp" line is the young
    /// person's own (it is about themselves, someone at home), as when both are told in one message, not "familie of een
    /// vriend(in)" and "een partner of ex-partner" from the message before.
    /// </summary>
    [Theory]
    [InlineData("en-GB", "my dad is hitting my mum right now", "I'm 16, it's my dad", "it is about yourself", "you are family or a friend")]
    [InlineData("nl-NL", "mijn vader slaat mijn moeder nu", "ik ben 16, het is mijn vader", "het gaat over jezelf", "je bent familie of een vriend(in)")]
    public async Task A_young_person_after_112_hears_their_own_story_understood(string locale, string danger, string young, string own, string relative)
    {
        var conversation = await HostedConversation.StartedAsync(fixture.Host.Services, locale, "webchat");
        await conversation.SayAsync(danger);

        var replies = Texts(await conversation.SayAsync(young));

        Assert.Contains(own, replies, StringComparison.Ordinal);
        Assert.DoesNotContain(relative, replies, StringComparison.Ordinal);
        Assert.DoesNotContain(Dutch(locale) ? "een partner of ex-partner" : "a partner or ex-partner", replies, StringComparison.Ordinal);
    }

    /// <summary>
    /// A name typed in lower case at "Wanneer is het veilig om contact met je op te nemen?" ("fatima", "je kunt naar sanne
    /// vragen") is no moment, as a capitalised one is not: the bot says the name is asked later and asks for the moment again.
    /// </summary>
    [Theory]
    [InlineData("nl-NL", "fatima")]
    [InlineData("nl-NL", "je kunt naar sanne vragen")]
    [InlineData("en-GB", "fatima")]
    [InlineData("en-GB", "ask for sanne")]
    public async Task A_lower_case_name_at_the_safe_moment_question_is_no_moment(string locale, string name)
    {
        var conversation = await TypedConversation.StartedAsync(fixture.Host.Services, locale, "webchat");
        await conversation.SayEachAsync(Dutch(locale) ? "mijn man slaat me|ik wil met iemand van moviera praten|ja|bellen|0612345678" : "my husband hits me|i want to talk to someone from moviera|yes|phone|0612345678");
        Assert.StartsWith("ask_safe_time", conversation.State.Top!.Step, StringComparison.Ordinal);

        var replies = string.Join("\n", (await conversation.SayAsync(name)).Select(reply => reply.Text));

        Assert.Contains(Dutch(locale) ? "Dat lijkt een naam." : "That looks like a name.", replies, StringComparison.Ordinal);
        Assert.False(conversation.State.Values.ContainsKey("contact_safe_time"));
    }

    /// <summary>Moments in lower case that the finder does not know are still kept as the moment, never read as a name.</summary>
    [Theory]
    [InlineData("nl-NL", "na vijven")]
    [InlineData("nl-NL", "morgenochtend")]
    [InlineData("nl-NL", "s avonds")]
    [InlineData("nl-NL", "savonds")]
    [InlineData("nl-NL", "dinsdags")]
    [InlineData("nl-NL", "tussendoor")]
    [InlineData("en-GB", "evenings")]
    [InlineData("en-GB", "weekdays")]
    [InlineData("en-GB", "whenever")]
    public async Task A_lower_case_moment_is_still_kept(string locale, string moment)
    {
        var conversation = await TypedConversation.StartedAsync(fixture.Host.Services, locale, "webchat");
        await conversation.SayEachAsync(Dutch(locale) ? "mijn man slaat me|ik wil met iemand van moviera praten|ja|bellen|0612345678" : "my husband hits me|i want to talk to someone from moviera|yes|phone|0612345678");

        var replies = string.Join("\n", (await conversation.SayAsync(moment)).Select(reply => reply.Text));

        Assert.DoesNotContain(Dutch(locale) ? "Dat lijkt een naam." : "That looks like a name.", replies, StringComparison.Ordinal);
        Assert.True(conversation.State.Values.ContainsKey("contact_safe_time"));
    }

    /// <summary>
    /// Help called some time before ("ik heb vorige week 112 gebeld") at a checklist: good that they did then, they may always
    /// call again, Veilig Thuis; no "help is on its way" (which is for help called now), and the list stays open. As small talk
    /// it closed the list ("Ik ga verder met wat je tot nu toe vertelde").
    /// </summary>
    [Theory]
    [InlineData("nl-NL", "ik ben de buurvrouw|een stel|ik hoor vaak geschreeuw", "ik heb vorige week 112 gebeld")]
    [InlineData("nl-NL", "ik ben de buurvrouw|een stel|ik hoor vaak geschreeuw", "ik heb al eens de politie gebeld")]
    [InlineData("en-GB", "i'm a neighbour|a couple|i hear shouting a lot", "i called the police last week")]
    public async Task Help_called_before_is_no_help_on_its_way_and_the_list_stays_open(string locale, string before, string called)
    {
        var conversation = await TypedConversation.StartedAsync(fixture.Host.Services, locale, "webchat");
        await conversation.SayEachAsync(before);

        var replies = string.Join("\n", (await conversation.SayAsync(called)).Select(reply => reply.Text));

        Assert.Contains(Dutch(locale) ? "Goed dat je toen hulp hebt gevraagd." : "Good that you asked for help then.", replies, StringComparison.Ordinal);
        Assert.DoesNotContain(Dutch(locale) ? "De hulp komt eraan" : "Help is on its way", replies, StringComparison.Ordinal);
        Assert.Equal("ask_signals", conversation.State.Top!.Step);
    }

    /// <summary>
    /// "wat nu?" / "what now?" at the offer to talk to Moviera, with no 112 called: what you can do (the first step), not "Ik
    /// begrijp het nog niet"; "who can i talk to" at the end is answered with where to go.
    /// </summary>
    [Theory]
    [InlineData("nl-NL", "ik ben de buurvrouw|een stel|ik hoor vaak geschreeuw|klaar|nee|nee", "wat nu?", "De eerste stap")]
    [InlineData("en-GB", "i'm a neighbour|a couple|i hear shouting a lot|done|no|no", "what now?", "The first step")]
    [InlineData("en-GB", "im 15 and my mum's boyfriend shouts at us all the time|done|no", "who can i talk to", "0800-0432")]
    [InlineData("nl-NL", "ik ben 15 en de vriend van mijn moeder schreeuwt de hele tijd|klaar|nee", "met wie kan ik praten?", "0800-0432")]
    public async Task What_now_and_who_to_talk_to_are_answered(string locale, string before, string asked, string answer)
    {
        var conversation = await HostedConversation.StartedAsync(fixture.Host.Services, locale, "webchat");
        await conversation.SayEachAsync(before);

        var replies = Texts(await conversation.SayAsync(asked));

        Assert.Contains(answer, replies, StringComparison.Ordinal);
        Assert.DoesNotContain(NotUnderstood(locale), replies, StringComparison.Ordinal);
        Assert.DoesNotContain(Dutch(locale) ? "begrijp het nog niet" : "still do not understand", replies, StringComparison.Ordinal);
    }

    /// <summary>
    /// "what if i make it worse?" from a friend at the offer to talk to Moviera ticked "it happens more often or gets worse";
    /// it is a worry about helping: answered (do not confront him, a quiet moment, Veilig Thuis) and nothing is ticked.
    /// </summary>
    [Theory]
    [InlineData("en-GB", "i'm worried about my best friend|her boyfriend decides who she sees|done|no|idk", "what if i make it worse?", "That is an understandable worry.")]
    [InlineData("nl-NL", "ik maak me zorgen om mijn beste vriendin|haar vriend bepaalt met wie ze omgaat|klaar|nee|weet ik niet", "maak ik het niet erger?", "Dat is een begrijpelijke zorg.")]
    public async Task A_fear_of_making_it_worse_is_answered_and_ticks_nothing(string locale, string before, string worry, string answer)
    {
        var conversation = await TypedConversation.StartedAsync(fixture.Host.Services, locale, "webchat");
        await conversation.SayEachAsync(before);

        var replies = string.Join("\n", (await conversation.SayAsync(worry)).Select(reply => reply.Text));

        Assert.Contains(answer, replies, StringComparison.Ordinal);
        Assert.DoesNotContain("trend_worse", conversation.State.Values.SelectMany(pair => pair.Value));
    }
}
