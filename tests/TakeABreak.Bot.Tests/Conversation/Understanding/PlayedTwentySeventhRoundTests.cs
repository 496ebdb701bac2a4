namespace TakeABreak.Bot.Tests.Conversation.Understanding;

/// <summary>
/// What playing whole typed conversations found in the twenty-seventh round (issue "understanding people"): a grandmother
/// whose grandchildren "are there when it happens", a teacher who does not believe the pupil's excuse for his bruises, and
/// a sister whose boyfriend is "erg jaloers" and lets her do nothing any more.
/// </summary>
public sealed class PlayedTwentySeventhRoundTests(ConversationHostFixture fixture) : IClassFixture<ConversationHostFixture>
{
    /// <summary>Children who are there when it happens witness the violence (DOMAIN.md: that is child abuse too).</summary>
    [Theory]
    [InlineData("nl-NL", "ik maak me zorgen om mijn kleinkinderen", "de kinderen zijn 4 en 7, ze zijn erbij als het gebeurt")]
    [InlineData("nl-NL", "ik maak me zorgen om mijn kleinkinderen", "ze zijn er altijd bij als hij tekeer gaat")]
    [InlineData("nl-NL", "ik maak me zorgen om de kinderen van mijn dochter", "ze zijn er vaak bij als het gebeurt")]
    [InlineData("en-US", "I'm worried about my grandchildren", "they are 4 and 7 and they are there when it happens")]
    [InlineData("en-US", "I'm worried about my grandchildren", "they're always around when he kicks off")]
    public async Task Children_who_are_there_when_it_happens_are_noted_as_witnesses(string locale, string first, string story)
    {
        var conversation = await TypedConversation.StartedAsync(fixture.Host.Services, locale);
        await conversation.SayAsync(first);
        Assert.Contains("child", conversation.State.Values.GetValueOrDefault("about") ?? []);

        await conversation.SayAsync(story);

        Assert.Contains("child_hears_fighting", conversation.State.Values.GetValueOrDefault("signals") ?? []);
    }

    /// <summary>An excuse the one who tells it does not believe is an injury without a clear explanation, not a miss.</summary>
    [Theory]
    [InlineData("nl-NL", "hij zegt dat hij van de trap is gevallen, maar dat geloof ik niet")]
    [InlineData("nl-NL", "ze zegt dat ze van de fiets is gevallen maar ik geloof het niet")]
    [InlineData("nl-NL", "hij zei dat hij tegen de kast was gelopen, ik geloof er niks van")]
    [InlineData("en-US", "he says he fell down the stairs but I don't believe it")]
    [InlineData("en-US", "she said she fell off her bike, I don't buy it")]
    public async Task An_excuse_not_believed_after_bruises_is_understood_and_more_is_asked(string locale, string excuse)
    {
        var dutch = locale == "nl-NL";
        var conversation = await TypedConversation.StartedAsync(fixture.Host.Services, locale);
        await conversation.SayAsync(dutch ? "ik ben leerkracht" : "I'm a teacher");
        await conversation.SayAsync(dutch ? "een leerling van mij heeft blauwe plekken op zijn armen" : "a pupil of mine has bruises on his arms");
        Assert.Contains("unexplained_injuries", conversation.State.Values.GetValueOrDefault("signals") ?? []);

        var replies = await conversation.SayAsync(excuse);

        Assert.DoesNotContain(replies, reply => reply.Text.StartsWith(dutch ? "Dat begrijp ik niet" : "I don't understand", StringComparison.Ordinal));
        Assert.Contains(replies, reply => reply.Text.Contains(dutch ? "Is er nog meer?" : "Anything else?", StringComparison.Ordinal));
        Assert.Contains("unexplained_injuries", conversation.State.Values.GetValueOrDefault("signals") ?? []);
    }

    [Theory]
    [InlineData("nl-NL", "een leerling heeft blauwe plekken en zegt dat hij van de trap is gevallen, maar dat geloof ik niet")]
    [InlineData("en-US", "a pupil has bruises and says he fell down the stairs, but I don't believe it")]
    public async Task Bruises_with_an_excuse_not_believed_in_one_message_are_an_injury_without_a_clear_explanation(string locale, string story)
    {
        var conversation = await TypedConversation.StartedAsync(fixture.Host.Services, locale);
        await conversation.SayAsync(locale == "nl-NL" ? "ik ben leerkracht" : "I'm a teacher");

        await conversation.SayAsync(story);

        Assert.Contains("unexplained_injuries", conversation.State.Values.GetValueOrDefault("signals") ?? []);
    }

    /// <summary>A partner who is very jealous and lets her do nothing any more controls her contacts.</summary>
    [Theory]
    [InlineData("nl-NL", "ik maak me zorgen om mijn zus", "haar vriend is erg jaloers en ze mag niks meer")]
    [InlineData("nl-NL", "ik maak me zorgen om mn zus", "haar vriend is errug jaloers en ze mag nx meer")]
    [InlineData("nl-NL", "ik maak me zorgen om mijn vriendin", "haar man is ziekelijk jaloers")]
    [InlineData("en-US", "I'm worried about my sister", "her boyfriend is really jealous and she isn't allowed to do anything anymore")]
    [InlineData("en-US", "I'm worried about my friend", "her husband is extremely possessive")]
    public async Task A_very_jealous_partner_who_lets_her_do_nothing_controls_her_contacts(string locale, string first, string story)
    {
        var conversation = await TypedConversation.StartedAsync(fixture.Host.Services, locale);
        await conversation.SayAsync(first);

        await conversation.SayAsync(story);

        Assert.Contains("partner", conversation.State.Values.GetValueOrDefault("about") ?? []);
        Assert.Contains("controls_contacts", conversation.State.Values.GetValueOrDefault("signals") ?? []);
    }

    /// <summary>
    /// "Ik neem zelf contact op" at the consent question is a yes with the way of contact "I will contact Moviera myself";
    /// its "zelf" is no repeat of "it is about myself".
    /// </summary>
    [Theory]
    [InlineData("nl-NL", "mijn man duwt me", "ik neem zelf contact op")]
    [InlineData("nl-NL", "mijn man duwt me", "ik neem zelf wel contact op met moviera")]
    [InlineData("nl-NL", "ik maak me zorgen om mijn buurvrouw, haar man slaat haar", "ik neem zelf contact op")]
    [InlineData("nl-NL", "mijn man duwt me", "ik bel zelf wel")]
    [InlineData("en-US", "my husband pushes me", "i will contact moviera myself")]
    [InlineData("en-US", "my husband pushes me", "I'd rather contact them myself")]
    [InlineData("en-US", "my husband pushes me", "i'll get in touch myself")]
    public async Task Contacting_Moviera_oneself_at_the_consent_question_is_a_yes_with_that_way(string locale, string story, string self)
    {
        var dutch = locale == "nl-NL";
        var conversation = await TypedConversation.StartedAsync(fixture.Host.Services, locale);
        var reached = await conversation.TypeUntilAsync(
            dutch ? "Vind je het goed dat we dit naar Moviera sturen?" : "Do you agree that we send this to Moviera?",
            dutch ? [story, "klaar", "af en toe", "klaar", "ik wil een mens spreken"] : [story, "done", "often", "done", "i want to talk to a person"]);
        Assert.True(reached is not null, string.Join("\n", conversation.AllTexts.TakeLast(6)));

        var replies = await conversation.SayAsync(self);

        Assert.True(conversation.State.Values.GetValueOrDefault("contact_way") is ["self"], string.Join("\n", replies.Select(reply => reply.Text)));
        Assert.DoesNotContain(replies, reply => reply.Text.StartsWith(dutch ? "Dat weet ik al" : "I already know", StringComparison.Ordinal));
        Assert.DoesNotContain(replies, reply => reply.Text.Contains(dutch ? "Vind je het goed" : "Do you agree", StringComparison.Ordinal));
    }

    /// <summary>"Liever niet" means "I will contact Moviera myself" only as the answer to the way of contact, never ahead of it.</summary>
    [Theory]
    [InlineData("nl-NL", "liever niet")]
    [InlineData("en-US", "rather not")]
    public async Task A_whole_message_phrase_of_the_way_of_contact_is_not_taken_before_it_is_asked(string locale, string message)
    {
        var dutch = locale == "nl-NL";
        var conversation = await TypedConversation.StartedAsync(fixture.Host.Services, locale);
        var reached = await conversation.TypeUntilAsync(
            dutch ? "Vind je het goed dat we dit naar Moviera sturen?" : "Do you agree that we send this to Moviera?",
            dutch ? ["mijn man duwt me", "klaar", "af en toe", "klaar", "ik wil een mens spreken"] : ["my husband pushes me", "done", "often", "done", "i want to talk to a person"]);
        Assert.True(reached is not null, string.Join("\n", conversation.AllTexts.TakeLast(6)));

        await conversation.SayAsync(message);

        Assert.False(conversation.State.Values.ContainsKey("contact_way"));
    }

    /// <summary>Asking for a person at the consent question is its yes, not the whole request explained again.</summary>
    [Theory]
    [InlineData("nl-NL", "ik wil een mens spreken")]
    [InlineData("nl-NL", "ja ik wil met iemand van moviera praten")]
    [InlineData("en-US", "i want to talk to a person")]
    public async Task Asking_for_a_person_at_the_consent_question_is_its_yes(string locale, string message)
    {
        var dutch = locale == "nl-NL";
        var conversation = await TypedConversation.StartedAsync(fixture.Host.Services, locale);
        var reached = await conversation.TypeUntilAsync(
            dutch ? "Vind je het goed dat we dit naar Moviera sturen?" : "Do you agree that we send this to Moviera?",
            dutch ? ["mijn man duwt me", "klaar", "af en toe", "klaar", "ja"] : ["my husband pushes me", "done", "often", "done", "yes"]);
        Assert.True(reached is not null, string.Join("\n", conversation.AllTexts.TakeLast(6)));

        var replies = await conversation.SayAsync(message);

        Assert.Equal(["yes"], conversation.State.Values.GetValueOrDefault("consultation_consent") ?? []);
        Assert.DoesNotContain(replies, reply => reply.Text.Contains(dutch ? "Vind je het goed" : "Do you agree", StringComparison.Ordinal));
        Assert.Contains(replies, reply => reply.Text.StartsWith(dutch ? "Hoe wil je dat Moviera" : "How would you like Moviera", StringComparison.Ordinal));
    }
}
