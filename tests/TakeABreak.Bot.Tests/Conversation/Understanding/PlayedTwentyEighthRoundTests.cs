namespace TakeABreak.Bot.Tests.Conversation.Understanding;

/// <summary>
/// What playing whole typed conversations found in the twenty-eighth round (issue "understanding people"): a neighbour who
/// hears "d'r man" shout, a mother whose son-in-law "wordt snel boos", someone who will call Moviera herself, and a
/// neighbour who goes on with the conversation after a request sent at the first question.
/// </summary>
public sealed class PlayedTwentyEighthRoundTests(ConversationHostFixture fixture) : IClassFixture<ConversationHostFixture>
{
    /// <summary>Her man, written the way people chat, is her partner: the story answers "Over wie maak je je zorgen?".</summary>
    [Theory]
    [InlineData("nl-NL", "ik maak me zorgen om mn buurvrouw ik hoor d'r man schreeuwen")]
    [InlineData("nl-NL", "ik maak me zorgen om mijn buurvrouw, ik hoor haar vent schreeuwen")]
    [InlineData("nl-NL", "mijn buurvrouw, ik hoor dr vriend steeds schreeuwen")]
    [InlineData("en-US", "I'm worried about my neighbour, I can hear her husband shouting")]
    public async Task A_neighbour_who_hears_her_man_shout_is_worried_about_a_partner(string locale, string story)
    {
        var conversation = new TypedConversation(fixture.Host.Services, locale);
        await conversation.StartAsync();

        await conversation.SayAsync(story);

        Assert.Contains("partner", conversation.State.Values.GetValueOrDefault("about") ?? []);
        Assert.Contains("shouting_or_screaming", conversation.State.Values.GetValueOrDefault("signals") ?? []);
    }

    /// <summary>"Klaar" with nobody chosen after a story that named no one says how to choose, not only "choose one".</summary>
    [Theory]
    [InlineData("nl-NL", "ik maak me zorgen om de buren, ik hoor de man schreeuwen", "klaar", "Een partner of ex-partner")]
    [InlineData("en-US", "I'm worried about the people next door, I hear the man shouting", "done", "A partner or ex-partner")]
    public async Task Done_with_nobody_chosen_after_a_story_says_whom_to_choose(string locale, string story, string done, string partner)
    {
        var conversation = new TypedConversation(fixture.Host.Services, locale);
        await conversation.StartAsync();
        await conversation.SayAsync(story);
        Assert.Contains("shouting_or_screaming", conversation.State.Values.GetValueOrDefault("signals") ?? []);

        var replies = await conversation.SayAsync(done);

        Assert.Contains(replies, reply => reply.Text.Contains(partner, StringComparison.Ordinal));
    }

    /// <summary>"Snel boos" about him tells how he is: it is no sign that she is restless or tense.</summary>
    [Theory]
    [InlineData("nl-NL", "ik maak me zorgen om mijn dochter, haar man wordt snel boos")]
    [InlineData("nl-NL", "ik maak me zorgen om mijn zus, haar vriend is snel boos en zij is bang")]
    [InlineData("nl-NL", "mijn buurvrouw is bang, hij wordt snel boos")]
    [InlineData("en-US", "I'm worried about my daughter, her husband gets angry quickly")]
    [InlineData("en-US", "I'm worried about my sister, her boyfriend is irritable and she is scared")]
    public async Task His_quick_anger_is_not_her_unrest(string locale, string story)
    {
        var conversation = new TypedConversation(fixture.Host.Services, locale);
        await conversation.StartAsync();

        await conversation.SayAsync(story);

        Assert.DoesNotContain("agitated", conversation.State.Values.GetValueOrDefault("signals") ?? []);
    }

    [Theory]
    [InlineData("nl-NL", "ik maak me zorgen om mijn zus, ze is erg gespannen")]
    [InlineData("en-US", "I'm worried about my sister, she is very tense")]
    public async Task Her_own_unrest_is_still_a_sign(string locale, string story)
    {
        var conversation = new TypedConversation(fixture.Host.Services, locale);
        await conversation.StartAsync();

        await conversation.SayAsync(story);

        Assert.Contains("agitated", conversation.State.Values.GetValueOrDefault("signals") ?? []);
    }

    /// <summary>"Ik bel ze zelf wel" at the consent question: "ze" is Moviera, whom she calls herself, no story about someone else.</summary>
    [Theory]
    [InlineData("nl-NL", "ik bel ze zelf wel")]
    [InlineData("nl-NL", "ik bel ze zelf")]
    [InlineData("nl-NL", "ik neem zelf wel contact met ze op")]
    [InlineData("en-US", "i'll call them myself")]
    [InlineData("en-US", "I will contact them myself")]
    public async Task Calling_them_oneself_at_the_consent_question_is_a_yes_with_that_way(string locale, string self)
    {
        var dutch = locale == "nl-NL";
        var conversation = new TypedConversation(fixture.Host.Services, locale);
        await conversation.StartAsync();
        var reached = await conversation.TypeUntilAsync(
            dutch ? "Vind je het goed dat we dit naar Moviera sturen?" : "Do you agree that we send this to Moviera?",
            dutch ? ["mijn man duwt me", "klaar", "af en toe", "klaar", "ja"] : ["my husband pushes me", "done", "often", "done", "yes"]);
        Assert.True(reached is not null, string.Join("\n", conversation.AllTexts.TakeLast(6)));

        var replies = await conversation.SayAsync(self);

        Assert.True(conversation.State.Values.GetValueOrDefault("contact_way") is ["self"], string.Join("\n", replies.Select(reply => reply.Text)));
        Assert.DoesNotContain(replies, reply => reply.Text.StartsWith(dutch ? "Dat weet ik al" : "I already know", StringComparison.Ordinal));
    }

    /// <summary>
    /// A request begun at the first question whose story told who writes and about whom: "verder" after it was sent goes
    /// on with the conversation past what the story answered, not back to "Wat past het best bij jou?".
    /// </summary>
    [Theory]
    [InlineData("nl-NL", "ik wil met iemand van moviera praten", "mijn buurvrouw wordt geslagen door haar man", "verder")]
    [InlineData("nl-NL", "ik wil een mens spreken", "mijn buurvrouw wordt geslagen door haar man", "verder met het gesprek")]
    [InlineData("en-US", "i want to talk to a person", "my neighbour is beaten by her husband", "continue")]
    public async Task Going_on_after_a_request_sent_at_the_first_question_skips_what_the_story_answered(string locale, string request, string story, string goOn)
    {
        var dutch = locale == "nl-NL";
        var conversation = new TypedConversation(fixture.Host.Services, locale);
        await conversation.StartAsync();
        await conversation.SayAsync(request);
        await conversation.SayAsync(story);
        var reached = await conversation.TypeUntilAsync(
            dutch ? "Wil je nog verder met het gesprek" : "Would you like to go on with the conversation",
            dutch ? ["ja", "ik neem zelf contact op", "overslaan", "versturen"] : ["yes", "i will contact moviera myself", "skip", "send"]);
        Assert.True(reached is not null, string.Join("\n", conversation.AllTexts.TakeLast(6)));

        var replies = await conversation.SayAsync(goOn);

        Assert.DoesNotContain(replies, reply => reply.Text.StartsWith(dutch ? "Wat past het best bij jou?" : "What fits you best?", StringComparison.Ordinal));
        Assert.Equal(["neighbour"], conversation.State.Values.GetValueOrDefault("role") ?? []);
    }
}
