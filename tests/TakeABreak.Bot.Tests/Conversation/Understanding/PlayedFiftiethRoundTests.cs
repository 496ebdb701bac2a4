namespace TakeABreak.Bot.Tests.Conversation.Understanding;

/// <summary>
/// What playing residents, someone it happens to and a young person found in the fiftieth round: a doubt about getting
/// involved and a wish that it stops without trouble for him were not understood, "wat nu?" after calling 112, a name kept
/// as the safe moment, "ja" with a new sign at "Is er nog meer?", a young person after 112, three questions without an answer,
/// and an international student's story that lost its child.
/// </summary>
public sealed class PlayedFiftiethRoundTests(ConversationHostFixture fixture) : IClassFixture<ConversationHostFixture>
{
    private static bool Dutch(string locale) => locale == "nl-NL";

    private static string Texts(IEnumerable<TakeABreak.BotFramework.Schema.Activity> replies) => string.Join("\n", replies.Select(reply => reply.Text ?? ""));

    private static string NotUnderstood(string locale) => Dutch(locale) ? "begrijp ik niet" : "do not quite understand";

    /// <summary>
    /// A neighbour who doubts whether to get involved, at "Over wie maak je je zorgen?": heard calmly (it is good to think about
    /// it; Veilig Thuis gives advice, also anonymously) and the question comes again; it was "Dat begrijp ik niet goed".
    /// </summary>
    [Theory]
    [InlineData("nl-NL", "ik weet niet of ik me ermee moet bemoeien")]
    [InlineData("nl-NL", "moet ik me er wel mee bemoeien? het gaat me eigenlijk niks aan")]
    [InlineData("en-GB", "i don't know if i should get involved")]
    [InlineData("en-GB", "maybe it's none of my business")]
    public async Task A_doubt_about_getting_involved_is_answered_and_the_question_asked_again(string locale, string doubt)
    {
        var conversation = await HostedConversation.StartedAsync(fixture.Host.Services, locale, "webchat");
        await conversation.SayAsync(Dutch(locale) ? "ik ben de buurvrouw" : "i'm a neighbour");

        var replies = Texts(await conversation.SayAsync(doubt));

        Assert.Contains(Dutch(locale) ? "Het is goed dat je erover nadenkt." : "It is good that you are thinking about it.", replies, StringComparison.Ordinal);
        Assert.Contains("0800-2000", replies, StringComparison.Ordinal);
        Assert.Contains(Dutch(locale) ? "anoniem" : "anonymously", replies, StringComparison.Ordinal);
        Assert.Contains(Dutch(locale) ? "Over wie maak je je zorgen?" : "Who are you worried about?", replies, StringComparison.Ordinal);
        Assert.DoesNotContain(NotUnderstood(locale), replies, StringComparison.Ordinal);
    }

    /// <summary>
    /// Someone it happens to, at the signs of her own ("Wat gebeurt er bij jou?"), who does not want him to get in trouble:
    /// asking for advice is no report, Veilig Thuis advises anonymously and helps decide the next step; the list stays open and
    /// "klaar" goes on. It was "I do not quite understand that".
    /// </summary>
    [Theory]
    [InlineData("en-GB", "my boyfriend hits me", "i dont want him to get in trouble, i just want it to stop")]
    [InlineData("en-GB", "my husband pushes me", "I don't want to get him in trouble")]
    [InlineData("nl-NL", "mijn vriend slaat me", "ik wil niet dat hij in de problemen komt, ik wil gewoon dat het stopt")]
    [InlineData("nl-NL", "mijn man duwt me", "ik wil hem niet in de problemen brengen")]
    public async Task Not_wanting_him_in_trouble_at_her_own_signs_is_answered_and_the_list_goes_on(string locale, string story, string worry)
    {
        var conversation = await HostedConversation.StartedAsync(fixture.Host.Services, locale, "webchat");
        var atSigns = Texts(await conversation.SayAsync(story));
        Assert.Contains(Dutch(locale) ? "Wat gebeurt er bij jou?" : "What is happening to you?", atSigns, StringComparison.Ordinal);

        var replies = Texts(await conversation.SayAsync(worry));
        var done = Texts(await conversation.SayAsync(Dutch(locale) ? "klaar" : "done"));

        Assert.Contains(Dutch(locale) ? "Advies vragen is geen melding." : "Asking for advice is not a report.", replies, StringComparison.Ordinal);
        Assert.Contains("0800-2000", replies, StringComparison.Ordinal);
        Assert.Contains(Dutch(locale) ? "Is er nog meer?" : "Anything else?", replies, StringComparison.Ordinal);
        Assert.DoesNotContain(NotUnderstood(locale), replies, StringComparison.Ordinal);
        Assert.Contains(Dutch(locale) ? "Hoe vaak gebeurt het?" : "How often does it happen?", done, StringComparison.Ordinal);
    }

    /// <summary>The same worry told with a sign in one message ticks the sign and is answered as well.</summary>
    [Fact]
    public async Task Not_wanting_him_in_trouble_next_to_a_sign_ticks_the_sign_too()
    {
        var conversation = await TypedConversation.StartedAsync(fixture.Host.Services, "nl-NL", "webchat");
        await conversation.SayAsync("mijn vriend slaat me");

        var replies = string.Join("\n", (await conversation.SayAsync("hij controleert ook mijn telefoon, maar ik wil niet dat hij in de problemen komt")).Select(reply => reply.Text));

        Assert.Contains("Advies vragen is geen melding.", replies, StringComparison.Ordinal);
        Assert.Contains("controls_phone", conversation.State.Values.GetValueOrDefault("signals") ?? []);
    }

    /// <summary>
    /// A name typed at "Wanneer is het veilig om contact met je op te nemen?" ("Fatima", "je kunt vragen naar Sanne") is no
    /// moment: the bot says the name is asked later and asks for the moment again; a moment then goes on, and the name question
    /// takes the name. It was kept as the moment.
    /// </summary>
    [Theory]
    [InlineData("nl-NL", "Fatima")]
    [InlineData("nl-NL", "je kunt vragen naar Sanne")]
    [InlineData("en-GB", "Fatima")]
    [InlineData("en-GB", "my name is Sanne")]
    public async Task A_name_at_the_safe_moment_question_is_no_moment(string locale, string name)
    {
        var conversation = await TypedConversation.StartedAsync(fixture.Host.Services, locale, "webchat");
        await conversation.SayEachAsync(Dutch(locale) ? "mijn man slaat me|ik wil met iemand van moviera praten|ja|bellen|0612345678" : "my husband hits me|i want to talk to someone from moviera|yes|phone|0612345678");
        Assert.StartsWith("ask_safe_time", conversation.State.Top!.Step, StringComparison.Ordinal);

        var replies = string.Join("\n", (await conversation.SayAsync(name)).Select(reply => reply.Text));

        Assert.Contains(Dutch(locale) ? "Dat lijkt een naam. Naar je naam vraag ik straks." : "That looks like a name. I will ask for your name later.", replies, StringComparison.Ordinal);
        Assert.Contains(Dutch(locale) ? "Wanneer is het veilig om contact met je op te nemen?" : "When is it safe to contact you?", replies, StringComparison.Ordinal);
        Assert.False(conversation.State.Values.ContainsKey("contact_safe_time"));
        await conversation.SayAsync(Dutch(locale) ? "doordeweeks na 18 uur" : "weekdays after 6 pm");
        Assert.Equal([Dutch(locale) ? "doordeweeks na 18 uur" : "weekdays after 6 pm"], conversation.State.Values.GetValueOrDefault("contact_safe_time") ?? []);
    }

    /// <summary>A moment the finder does not know ("als de kust veilig is") is still kept, also capitalised words that are no name.</summary>
    [Theory]
    [InlineData("nl-NL", "Straks")]
    [InlineData("nl-NL", "als de kust veilig is")]
    [InlineData("en-GB", "Whenever")]
    public async Task A_moment_in_other_words_is_still_kept(string locale, string moment)
    {
        var conversation = await TypedConversation.StartedAsync(fixture.Host.Services, locale, "webchat");
        await conversation.SayEachAsync(Dutch(locale) ? "mijn man slaat me|ik wil met iemand van moviera praten|ja|bellen|0612345678" : "my husband hits me|i want to talk to someone from moviera|yes|phone|0612345678");

        await conversation.SayAsync(moment);

        Assert.Equal([moment], conversation.State.Values.GetValueOrDefault("contact_safe_time") ?? []);
    }

    /// <summary>
    /// "ja ik hoor ook geschreeuw van een man" at "Is er nog meer?": a yes with a sign says there is more, so the sign is added
    /// and the list stays open (it closed the list). "nee" and "dat was het" still close it.
    /// </summary>
    [Theory]
    [InlineData("nl-NL", "ik hoor vaak geschreeuw", "ja ik hoor ook geschreeuw van een man", "nee")]
    [InlineData("nl-NL", "ik hoor vaak geschreeuw", "ja, en ze heeft blauwe plekken", "dat was het")]
    [InlineData("en-GB", "i hear shouting a lot", "yes she also has bruises", "that's all")]
    public async Task A_yes_with_a_sign_at_anything_else_keeps_the_list_open(string locale, string first, string more, string closing)
    {
        var conversation = await TypedConversation.StartedAsync(fixture.Host.Services, locale, "webchat");
        await conversation.SayEachAsync((Dutch(locale) ? "ik ben de buurvrouw|een stel|" : "i'm a neighbour|a couple|") + first);
        Assert.Equal("ask_signals", conversation.State.Top!.Step);

        var replies = string.Join("\n", (await conversation.SayAsync(more)).Select(reply => reply.Text));

        Assert.Equal("ask_signals", conversation.State.Top!.Step);
        Assert.Contains(Dutch(locale) ? "Is er nog meer?" : "Anything else?", replies, StringComparison.Ordinal);
        Assert.Contains("shouting_or_screaming", conversation.State.Values.GetValueOrDefault("signals") ?? []);
        await conversation.SayAsync(closing);
        Assert.NotEqual("ask_signals", conversation.State.Top!.Step);
    }

    /// <summary>A bare "ja" or "ja klaar" after signs were ticked still closes the list.</summary>
    [Theory]
    [InlineData("ja")]
    [InlineData("ja klaar")]
    public async Task A_bare_yes_after_signs_still_closes_the_list(string yes)
    {
        var conversation = await TypedConversation.StartedAsync(fixture.Host.Services, "nl-NL", "webchat");
        await conversation.SayEachAsync("ik ben de buurvrouw|een stel|ik hoor vaak geschreeuw");

        await conversation.SayAsync(yes);

        Assert.NotEqual("ask_signals", conversation.State.Top!.Step);
    }

    /// <summary>
    /// A young person who told danger at home and heard "Call 112 now", then says "I'm 16, it's my dad": De Kindertelefoon is
    /// named and the conversation goes on as the young person's own ("What is happening to you?"), as when both are told in one
    /// message; it asked "Do you live with them yourself? And are you under 18?" of someone who had just said so.
    /// </summary>
    [Theory]
    [InlineData("en-GB", "my dad is hitting my mum right now", "I'm 16, it's my dad")]
    [InlineData("nl-NL", "mijn vader slaat mijn moeder nu", "ik ben 16, het is mijn vader")]
    public async Task A_young_person_after_112_gets_the_follow_up_for_a_young_person(string locale, string danger, string young)
    {
        var conversation = await HostedConversation.StartedAsync(fixture.Host.Services, locale, "webchat");
        var acute = Texts(await conversation.SayAsync(danger));
        Assert.Contains(Dutch(locale) ? "Bel nu 112." : "Call 112 now.", acute, StringComparison.Ordinal);

        var replies = Texts(await conversation.SayAsync(young));

        Assert.Contains("0800-0432", replies, StringComparison.Ordinal);
        Assert.Contains(Dutch(locale) ? "Wat gebeurt er bij jou?" : "What is happening to you?", replies, StringComparison.Ordinal);
        Assert.DoesNotContain(Dutch(locale) ? "Woon je zelf bij hen thuis?" : "Do you live with them yourself?", replies, StringComparison.Ordinal);
    }

    /// <summary>
    /// Someone who heard "Call 112 now", called and asks what now: no second "Call 112 now" (the bare "nu" of "wat nu?" was read
    /// as "it is happening now" after the disclosure); a reply that says it is happening again still gets it.
    /// </summary>
    [Theory]
    [InlineData("nl-NL", "hij slaat haar nu", "ik heb 112 gebeld", "wat nu?", "hij is terug, wat nu?")]
    [InlineData("en-GB", "he is hitting her right now", "i called 112", "what now?", "he's back, what now")]
    public async Task What_now_after_calling_112_gets_no_second_112_unless_it_happens_again(string locale, string danger, string called, string whatNow, string again)
    {
        var conversation = await HostedConversation.StartedAsync(fixture.Host.Services, locale, "webchat");
        var call112 = Dutch(locale) ? "Bel nu 112" : "Call 112 now";
        Assert.Contains(call112, Texts(await conversation.SayAsync(danger)), StringComparison.Ordinal);
        await conversation.SayAsync(called);

        var replies = Texts(await conversation.SayAsync(whatNow));
        var happensAgain = Texts(await conversation.SayAsync(again));

        Assert.DoesNotContain(call112, replies, StringComparison.Ordinal);
        Assert.Contains(call112, happensAgain, StringComparison.Ordinal);
    }

    /// <summary>
    /// Three questions without an answer before, asked at "Over wie maak je je zorgen?": each is answered in the conversation's
    /// language with what DOMAIN.md supports, and the question comes again. Which languages Moviera speaks is not known: the
    /// bot says so, and that Moviera's staff can tell. "can they call me back in English?" no longer switches the language.
    /// </summary>
    [Theory]
    [InlineData("en-GB", "Can I tell the teacher instead?", "A teacher works with the Meldcode")]
    [InlineData("nl-NL", "Kan ik het ook aan de juf vertellen?", "Een leerkracht werkt met de Meldcode")]
    [InlineData("en-GB", "what is the difference between Veilig Thuis and Moviera?", "Moviera also helps people it happens to")]
    [InlineData("nl-NL", "wat is het verschil tussen Veilig Thuis en Moviera?", "Moviera helpt ook mensen die het zelf meemaken")]
    [InlineData("en-GB", "can they call me back in English?", "Moviera's staff can tell you")]
    [InlineData("nl-NL", "kunnen ze me in het Engels terugbellen?", "Dat kunnen de medewerkers van Moviera je vertellen")]
    public async Task Questions_without_an_answer_before_are_answered_and_the_question_asked_again(string locale, string asked, string answer)
    {
        var conversation = await HostedConversation.StartedAsync(fixture.Host.Services, locale, "webchat");
        await conversation.SayAsync(Dutch(locale) ? "ik ben de buurvrouw" : "i'm a neighbour");

        var replies = Texts(await conversation.SayAsync(asked));

        Assert.Contains(answer, replies, StringComparison.Ordinal);
        Assert.Contains(Dutch(locale) ? "Over wie maak je je zorgen?" : "Who are you worried about?", replies, StringComparison.Ordinal);
        Assert.DoesNotContain(NotUnderstood(locale), replies, StringComparison.Ordinal);
        Assert.DoesNotContain(Dutch(locale) ? "I will speak English" : "I will speak English with you now", replies, StringComparison.Ordinal);
    }

    /// <summary>
    /// "I'm an international student and my landlord's child is being hit": the student is the one who writes, the child is
    /// still a child (the words that say the writer is a student cancelled the child for the whole message). A student alone
    /// stays no child, and a teacher's student still is one.
    /// </summary>
    [Theory]
    [InlineData("en-GB", "I'm an international student and my landlord's child is being hit", true)]
    [InlineData("en-GB", "i am a student and the kids next door are alone all day", true)]
    [InlineData("en-GB", "Hello, I'm an international student in Utrecht and I'm worried about my flatmate", false)]
    [InlineData("en-GB", "i'm a teacher and a student in my class has bruises", true)]
    [InlineData("nl-NL", "ik ben een internationale student en het kind van mijn huisbaas wordt geslagen", true)]
    [InlineData("nl-NL", "ik ben student en ik maak me zorgen om mijn huisgenote", false)]
    public async Task A_student_who_writes_keeps_a_child_named_in_the_same_message(string locale, string story, bool child)
    {
        var conversation = await TypedConversation.StartedAsync(fixture.Host.Services, locale, "webchat");

        await conversation.SayAsync(story);

        Assert.Equal(child, (conversation.State.Values.GetValueOrDefault("about") ?? []).Contains("child"));
    }
}
