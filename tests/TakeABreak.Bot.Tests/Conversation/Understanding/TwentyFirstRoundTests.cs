namespace TakeABreak.Bot.Tests.Conversation.Understanding;

/// <summary>
/// What residents typed in the twenty-first round: Dutch learned as a second language ("mijn man is mij slaan"), one act
/// told among others with words between ("she also threw a glass at me once"), the first sign told with how often at the
/// open signs list, and how often something happens each month.
/// </summary>
public sealed class TwentyFirstRoundTests(ConversationHostFixture fixture) : IClassFixture<ConversationHostFixture>
{
    [Theory]
    [InlineData("mijn man is mij slaan")]
    [InlineData("mijn man is me slaan")]
    [InlineData("mijn vriend mij slaan en schoppen")]
    public async Task Second_language_Dutch_about_her_own_partner_is_about_herself(string story)
    {
        var opening = new TypedConversation(fixture.Host.Services, "nl-NL");
        await opening.StartAsync();
        await opening.SayAsync(story);

        Assert.Equal(["self"], opening.State.Values["role"]);
        Assert.Equal(["partner"], opening.State.Values["about"]);

        var answer = new TypedConversation(fixture.Host.Services, "nl-NL");
        await answer.StartAsync();
        await answer.SayAsync("hallo");
        await answer.SayAsync(story);

        Assert.Equal(["self"], answer.State.Values["role"]);
        Assert.Contains("physical_violence", answer.State.Values["signals"]);
    }

    /// <summary>A sign told once among others, with words between "also" and "once": it does not answer how often it all happens.</summary>
    [Theory]
    [InlineData("en-US", "my husband calls me names", "she also threw a glass at me once")]
    [InlineData("en-US", "my husband calls me names", "he also grabbed my arm really hard once")]
    [InlineData("nl-NL", "mijn man scheldt me uit", "hij gooide ook een keer een glas naar me")]
    [InlineData("nl-NL", "mijn man scheldt me uit", "hij heeft ook zo hard aan mijn arm getrokken, één keer")]
    public async Task One_act_told_among_others_with_words_between_is_no_answer_to_how_often(string locale, string story, string sign)
    {
        var conversation = new TypedConversation(fixture.Host.Services, locale);
        await conversation.StartAsync();
        await conversation.SayAsync(story);

        await conversation.SayAsync(sign);

        Assert.False(conversation.State.Values.ContainsKey("frequency"));
    }

    /// <summary>The first sign typed at the open signs list with how often is ticked, how often is noted, and the list stays open.</summary>
    [Theory]
    [InlineData("nl-NL", "hij heeft haar één keer geslagen", "physical_violence", "frequency_once")]
    [InlineData("nl-NL", "ze had één keer een blauw oog", "unexplained_injuries", "frequency_once")]
    [InlineData("nl-NL", "ik hoor elke maand geschreeuw", "shouting_or_screaming", "frequency_often")]
    [InlineData("nl-NL", "ik hoor vaak schreeuwen", "shouting_or_screaming", "frequency_often")]
    [InlineData("en-US", "he hit her once", "physical_violence", "frequency_once")]
    [InlineData("en-US", "i hear shouting every month", "shouting_or_screaming", "frequency_often")]
    public async Task The_first_sign_told_with_how_often_is_ticked_and_the_list_stays_open(string locale, string sign, string signal, string frequency)
    {
        var dutch = locale == "nl-NL";
        var conversation = new TypedConversation(fixture.Host.Services, locale);
        await conversation.StartAsync();
        await conversation.SayAsync(dutch ? "buur" : "neighbour");
        await conversation.SayAsync(dutch ? "een vrouw en haar man" : "a couple");

        var replies = await conversation.SayAsync(sign);

        Assert.Equal("ask_signals", conversation.State.Top!.Step);
        Assert.Contains(signal, conversation.State.Values["signals"]);
        Assert.Equal([frequency], conversation.State.Values["frequency"]);
        Assert.Contains(replies, reply => reply.Text.Contains(dutch ? "Is er nog meer?" : "Anything else?", StringComparison.Ordinal));

        var closing = await conversation.SayAsync(dutch ? "klaar" : "done");

        Assert.DoesNotContain(closing, reply => reply.Text.StartsWith(dutch ? "Hoe vaak" : "How often", StringComparison.Ordinal));
    }

    /// <summary>What comes back every month or more is often; a few times in all, or a few times a year, is a few times.</summary>
    [Theory]
    [InlineData("nl-NL", "elke maand", "frequency_often")]
    [InlineData("nl-NL", "een paar keer per maand", "frequency_often")]
    [InlineData("nl-NL", "twee keer in de maand", "frequency_often")]
    [InlineData("nl-NL", "een keer per maand", "frequency_often")]
    [InlineData("nl-NL", "een paar keer per jaar", "frequency_sometimes")]
    [InlineData("nl-NL", "elk jaar", "frequency_sometimes")]
    [InlineData("en-US", "every month", "frequency_often")]
    [InlineData("en-US", "a few times a month", "frequency_often")]
    [InlineData("en-US", "twice a month", "frequency_often")]
    [InlineData("en-US", "once a month", "frequency_often")]
    [InlineData("en-US", "a few times a year", "frequency_sometimes")]
    [InlineData("en-US", "every year", "frequency_sometimes")]
    public async Task Every_month_or_more_is_often_in_both_languages(string locale, string answer, string expected)
    {
        var conversation = new TypedConversation(fixture.Host.Services, locale);
        await conversation.StartAsync();
        await conversation.SayAsync(locale == "nl-NL" ? "buur" : "neighbour");
        await conversation.SayAsync(locale == "nl-NL" ? "een vrouw en haar man" : "a couple");
        await conversation.SayAsync("1, 2");

        await conversation.SayAsync(answer);

        Assert.Equal([expected], conversation.State.Values["frequency"]);
    }
}
