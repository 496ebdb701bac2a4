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
        var conversation = new TypedConversation(fixture.Host.Services, locale);
        await conversation.StartAsync();
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
        var conversation = new TypedConversation(fixture.Host.Services, locale);
        await conversation.StartAsync();
        await conversation.SayAsync(dutch ? "ik ben leerkracht" : "I'm a teacher");
        await conversation.SayAsync(dutch ? "een leerling van mij heeft blauwe plekken op zijn armen" : "a pupil of mine has bruises on his arms");
        Assert.Contains("unexplained_injuries", conversation.State.Values.GetValueOrDefault("signals") ?? []);

        var replies = await conversation.SayAsync(excuse);

        Assert.DoesNotContain(replies, reply => reply.Text.StartsWith(dutch ? "Dat begrijp ik niet" : "I don't understand", StringComparison.Ordinal));
        Assert.Contains(replies, reply => reply.Text.StartsWith(dutch ? "Is er nog meer?" : "Anything else?", StringComparison.Ordinal));
        Assert.Contains("unexplained_injuries", conversation.State.Values.GetValueOrDefault("signals") ?? []);
    }

    [Theory]
    [InlineData("nl-NL", "een leerling heeft blauwe plekken en zegt dat hij van de trap is gevallen, maar dat geloof ik niet")]
    [InlineData("en-US", "a pupil has bruises and says he fell down the stairs, but I don't believe it")]
    public async Task Bruises_with_an_excuse_not_believed_in_one_message_are_an_injury_without_a_clear_explanation(string locale, string story)
    {
        var conversation = new TypedConversation(fixture.Host.Services, locale);
        await conversation.StartAsync();
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
        var conversation = new TypedConversation(fixture.Host.Services, locale);
        await conversation.StartAsync();
        await conversation.SayAsync(first);

        await conversation.SayAsync(story);

        Assert.Contains("partner", conversation.State.Values.GetValueOrDefault("about") ?? []);
        Assert.Contains("controls_contacts", conversation.State.Values.GetValueOrDefault("signals") ?? []);
    }
}
