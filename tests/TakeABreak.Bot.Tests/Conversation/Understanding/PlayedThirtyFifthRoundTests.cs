namespace TakeABreak.Bot.Tests.Conversation.Understanding;

/// <summary>
/// What playing whole typed conversations found in the thirty-fifth round: a watched phone at "how should Moviera contact
/// you" read as a moment to call; "een oudere vrouw" read as a partner; a relative who lives with her read as her partner;
/// a number after the end starting again from the welcome; "soms" at the serious things changing how often; and the
/// website's answers never shown in hosted tests.
/// </summary>
public sealed class PlayedThirtyFifthRoundTests(ConversationHostFixture fixture) : IClassFixture<ConversationHostFixture>
{
    /// <summary>
    /// At "how should Moviera contact you", a phone that is watched is no moment to call ("altijd"): Moviera does not call,
    /// and how to be contacted safely is said.
    /// </summary>
    [Theory]
    [InlineData("nl-NL", "ik wil een mens spreken|ja", "hij kijkt altijd in mijn telefoon")]
    [InlineData("nl-NL", "ik wil een mens spreken|ja", "liever niet bellen, hij controleert mijn telefoon")]
    [InlineData("nl-NL", "ik wil een mens spreken|ja", "bel me niet, hij leest altijd mijn berichten")]
    [InlineData("en-GB", "i want to talk to a person|yes", "please dont call, he checks my phone all the time")]
    [InlineData("en-GB", "i want to talk to a person|yes", "he always looks at my phone")]
    public async Task A_watched_phone_at_the_contact_question_is_not_by_phone_with_the_safe_ways(string locale, string before, string said)
    {
        var dutch = locale == "nl-NL";
        var conversation = await TypedConversation.StartedAsync(fixture.Host.Services, locale);
        await conversation.SayEachAsync(before);

        var replies = await conversation.SayAsync(said);

        Assert.False(conversation.State.Values.ContainsKey("contact_safe_time"));
        Assert.Contains(replies, reply => reply.Text.Contains(dutch ? "Moviera belt je dan niet" : "Moviera will not call you", StringComparison.Ordinal));
        Assert.Contains(replies, reply => reply.Text.Contains(dutch ? "Jij bepaalt hoe en wanneer Moviera contact" : "You decide how and when Moviera contacts you", StringComparison.Ordinal));
        Assert.DoesNotContain(replies, reply => reply.Text.Contains(dutch ? "moment:" : "moment:", StringComparison.Ordinal));
    }

    /// <summary>An older woman or man is an older person only, never a partner.</summary>
    [Theory]
    [InlineData("nl-NL", "ik ben de buurvrouw", "een oudere vrouw")]
    [InlineData("nl-NL", "ik ben de buurvrouw", "een oude man")]
    [InlineData("nl-NL", "ik ben de buurman", "het gaat om een oude vrouw hiernaast")]
    [InlineData("en-GB", "i am a neighbour", "an older woman")]
    [InlineData("en-GB", "i am a neighbour", "an old man next door")]
    public async Task An_older_woman_is_an_older_person_and_no_partner(string locale, string role, string about)
    {
        var conversation = await TypedConversation.StartedAsync(fixture.Host.Services, locale);
        await conversation.SayAsync(role);

        await conversation.SayAsync(about);

        Assert.Equal(["older_person"], conversation.State.Values.GetValueOrDefault("about") ?? []);
    }

    [Theory]
    [InlineData("nl-NL", "ik ben de buurvrouw", "een oudere vrouw en haar man slaat haar")]
    [InlineData("en-GB", "i am a neighbour", "an older woman, her husband hits her")]
    public async Task An_older_woman_hit_by_her_husband_is_also_about_a_partner(string locale, string role, string about)
    {
        var conversation = await TypedConversation.StartedAsync(fixture.Host.Services, locale);
        await conversation.SayAsync(role);

        await conversation.SayAsync(about);

        var values = conversation.State.Values.GetValueOrDefault("about") ?? [];
        Assert.Contains("older_person", values);
        Assert.Contains("partner", values);
    }

    /// <summary>A relative who lives with someone (an uncle, a brother) is not their partner, as a grown son is not.</summary>
    [Theory]
    [InlineData("nl-NL", "ik ben de buurvrouw", "mijn oom woont bij haar en hij schreeuwt tegen haar")]
    [InlineData("nl-NL", "ik ben de buurvrouw", "haar broer woont bij haar en hij slaat haar")]
    [InlineData("nl-NL", "ik ben de buurvrouw", "ze is 80 en haar neef is bij haar ingetrokken, hij schreeuwt tegen haar")]
    [InlineData("en-GB", "i am a neighbour", "her uncle lives with her and he shouts at her")]
    [InlineData("en-GB", "i am a neighbour", "her brother moved in with her and he hits her")]
    public async Task A_relative_who_lives_with_her_is_no_partner(string locale, string role, string story)
    {
        var conversation = await TypedConversation.StartedAsync(fixture.Host.Services, locale);
        await conversation.SayAsync(role);

        await conversation.SayAsync(story);

        Assert.DoesNotContain("partner", conversation.State.Values.GetValueOrDefault("about") ?? []);
    }

    /// <summary>A number alone once the conversation has ended says it has ended and how to start again; no welcome.</summary>
    [Theory]
    [InlineData("nl-NL", "ik ben de buurvrouw|stop", "5")]
    [InlineData("nl-NL", "ik ben de buurvrouw|doei", "3")]
    [InlineData("en-GB", "i am a neighbour|stop", "5")]
    [InlineData("en-GB", "i am a neighbour|bye", "2")]
    public async Task A_number_after_the_end_says_the_conversation_has_ended(string locale, string before, string number)
    {
        var dutch = locale == "nl-NL";
        var conversation = await TypedConversation.StartedAsync(fixture.Host.Services, locale);
        await conversation.SayEachAsync(before);

        var replies = await conversation.SayAsync(number);

        Assert.Null(conversation.State.Top);
        Assert.Contains(replies, reply => reply.Text.StartsWith(dutch ? "Het gesprek is afgesloten" : "The conversation has ended", StringComparison.Ordinal)
            && reply.Text.Contains(dutch ? "'opnieuw'" : "'restart'", StringComparison.Ordinal));
        Assert.DoesNotContain(replies, reply => reply.Text.StartsWith(dutch ? "Hallo. Ik ben" : "Hello. I am", StringComparison.Ordinal));
    }

    /// <summary>"soms" at the serious things, which do not ask how often, asks which; how often stays as it was.</summary>
    [Theory]
    [InlineData("nl-NL", "ik ben de buurvrouw|een stel|ik hoor vaak geschreeuw|klaar", "soms")]
    [InlineData("nl-NL", "ik ben de buurvrouw|een stel|ik hoor vaak geschreeuw|klaar", "af en toe")]
    [InlineData("en-GB", "i am a neighbour|a couple|i often hear shouting|done", "sometimes")]
    public async Task Sometimes_at_the_serious_things_asks_which(string locale, string before, string sometimes)
    {
        var conversation = await TypedConversation.StartedAsync(fixture.Host.Services, locale);
        await conversation.SayEachAsync(before);

        var replies = await conversation.SayAsync(sometimes);

        Assert.Equal(["frequency_often"], conversation.State.Values.GetValueOrDefault("frequency") ?? []);
        Assert.Contains(replies, reply => reply.Text.StartsWith(locale == "nl-NL" ? "Welke bedoel je?" : "Which ones do you mean?", StringComparison.Ordinal));
        Assert.Equal("ask_serious", conversation.State.Top!.Step);
    }

    /// <summary>"klaar" at a question with one answer asks briefly which one fits, and the question comes again.</summary>
    [Theory]
    [InlineData("nl-NL", "msteams", "Signalen bespreken", "klaar", "In welk werkveld werk je?")]
    [InlineData("nl-NL", "webchat", "ik ben professional", "ik ben klaar", "In welk werkveld werk je?")]
    [InlineData("en-GB", "msteams", "discuss signs", "done", "Which field do you work in?")]
    [InlineData("en-GB", "webchat", "i am a professional", "that's all", "Which field do you work in?")]
    public async Task Done_at_a_question_with_one_answer_asks_which_one(string locale, string channel, string before, string done, string question)
    {
        var conversation = await TypedConversation.StartedAsync(fixture.Host.Services, locale, channel);
        await conversation.SayAsync(before);

        var replies = await conversation.SayAsync(done);

        Assert.Equal(locale == "nl-NL" ? "Welke past het best? Kies er één." : "Which one fits best? Choose one.", replies[0].Text);
        Assert.Contains(replies, reply => reply.Text.StartsWith(question, StringComparison.Ordinal));
        Assert.Equal("ask_field", conversation.State.Top!.Step);
    }

    /// <summary>"misschien" / "maybe" inside a sentence at how often hedges what is told; it is no "weet ik niet".</summary>
    [Theory]
    [InlineData("nl-NL", "ik ben een vader, ik maak me zorgen om mijn dochter|haar vriend bepaalt alles|klaar", "ze gaat misschien bij hem weg")]
    [InlineData("nl-NL", "ik ben de buurvrouw|een stel|ik zag een blauwe plek|klaar", "hij is misschien jaloers")]
    [InlineData("en-GB", "i am a neighbour|a couple|i saw a bruise|done", "maybe she is leaving him")]
    public async Task Maybe_inside_a_sentence_at_how_often_is_no_dont_know(string locale, string before, string said)
    {
        var conversation = await TypedConversation.StartedAsync(fixture.Host.Services, locale);
        await conversation.SayEachAsync(before);

        await conversation.SayAsync(said);

        Assert.DoesNotContain("frequency_unknown", conversation.State.Values.GetValueOrDefault("frequency") ?? []);
    }

    [Theory]
    [InlineData("nl-NL", "misschien")]
    [InlineData("en-GB", "maybe")]
    public async Task Maybe_alone_at_how_often_is_dont_know(string locale, string said)
    {
        var conversation = await TypedConversation.StartedAsync(fixture.Host.Services, locale);
        await conversation.SayEachAsync((locale == "nl-NL" ? "ik ben de buurvrouw|een stel|ik zag een blauwe plek|klaar" : "i am a neighbour|a couple|i saw a bruise|done"));

        await conversation.SayAsync(said);

        Assert.Equal(["frequency_unknown"], conversation.State.Values.GetValueOrDefault("frequency") ?? []);
    }

    /// <summary>On the website, fear that someone sees the chat gets how to use it safely; in Teams it does not.</summary>
    [Theory]
    [InlineData("nl-NL", "webchat", "ik ben bang dat hij ziet dat ik hier chat", true)]
    [InlineData("en-GB", "directline", "im scared he sees that i am chatting here", true)]
    [InlineData("nl-NL", "msteams", "ik ben bang dat hij ziet dat ik hier chat", false)]
    public async Task The_safe_chat_answer_shows_on_the_website_only(string locale, string channel, string said, bool shown)
    {
        var replies = await HostedConversation.PlayedAsync(fixture.Host.Services, locale, said, channel);

        Assert.Equal(shown, replies.Any(text => text.Contains(locale == "nl-NL" ? "Snel weg" : "Leave now", StringComparison.Ordinal) && text.Contains(locale == "nl-NL" ? "privévenster" : "private window", StringComparison.Ordinal)));
    }
}
