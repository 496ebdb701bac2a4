namespace TakeABreak.Bot.Tests.Conversation.Understanding;

/// <summary>
/// Whole conversations typed in the eighteenth session: a neighbour who hears a child crying and a man shouting every
/// evening, a grandfather whose daughter's husband controls her money and phone, and a girl of 17 whose parents want to
/// marry her off abroad.
/// </summary>
public sealed class PlayedEighteenthRoundTests(ConversationHostFixture fixture) : IClassFixture<ConversationHostFixture>
{
    [Fact]
    public async Task A_neighbour_who_says_again_that_it_is_a_child_gets_the_short_question_not_the_whole_card()
    {
        var conversation = await TypedConversation.StartedAsync(fixture.Host.Services, "en-US");
        await conversation.SayAsync("hi, i live next door to a family and every evening i hear a child crying and a man shouting");

        var replies = await conversation.SayAsync("the kid is maybe 5");

        Assert.Equal("ask_signals", conversation.State.Top!.Step);
        Assert.Contains(replies, reply => reply.Text.Contains("Anything else?", StringComparison.Ordinal));
        Assert.DoesNotContain(replies, reply => reply.Checklist is not null);
    }

    [Theory]
    [InlineData("nl-NL", "ik ben opa en ik maak me zorgen om mijn dochter")]
    [InlineData("nl-NL", "ik ben oma, ik maak me zorgen om mijn zoon")]
    [InlineData("en-US", "i'm a grandfather and i'm worried about my daughter")]
    public async Task A_grandparent_who_writes_is_not_the_older_person_it_is_about(string locale, string story)
    {
        var conversation = await TypedConversation.StartedAsync(fixture.Host.Services, locale);

        await conversation.SayAsync(story);

        Assert.Equal(["family_friend"], conversation.State.Values["role"]);
        Assert.DoesNotContain("older_person", conversation.State.Values.GetValueOrDefault("about") ?? []);
    }

    [Theory]
    [InlineData("nl-NL", "ze mag ook niet meer bij ons komen")]
    [InlineData("en-US", "she is not allowed to see us anymore")]
    public async Task Being_kept_from_her_family_is_a_serious_thing_too(string locale, string isolated)
    {
        var conversation = await TypedConversation.StartedAsync(fixture.Host.Services, locale);
        await conversation.SayAsync(locale == "nl-NL" ? "familie" : "family");
        await conversation.SayAsync(locale == "nl-NL" ? "een partner" : "a partner");
        await conversation.SayAsync("1");
        await conversation.SayAsync(locale == "nl-NL" ? "vaak" : "often");

        await conversation.SayAsync(isolated);

        Assert.Contains("isolated_or_dependent", conversation.State.Values["serious_factors"]);
    }

    [Theory]
    [InlineData("nl-NL", "ik ben 17 en mijn ouders willen dat ik trouw met iemand in marokko")]
    [InlineData("nl-NL", "ik ben 16, mijn ouders willen me uithuwelijken")]
    [InlineData("en-US", "i'm 17 and my parents want me to marry a man in pakistan")]
    public async Task A_girl_whose_parents_want_to_marry_her_off_is_handed_over_for_honour_based_violence(string locale, string story)
    {
        var conversation = await TypedConversation.StartedAsync(fixture.Host.Services, locale);

        await conversation.SayAsync(story);

        Assert.Contains("honour_based_violence", conversation.State.Values["about"]);
        Assert.DoesNotContain("older_person", conversation.State.Values["about"]);
        Assert.DoesNotContain("shouting_or_screaming", conversation.State.Values.GetValueOrDefault("signals") ?? []);
        Assert.Contains(conversation.AllTexts, text => text.Contains("0800-2000", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("nl-NL", "ze zeggen dat ik de familie te schande maak")]
    [InlineData("en-US", "they say i bring shame on the family")]
    public async Task Shame_on_the_family_at_who_hurts_you_is_honour_based_violence(string locale, string shame)
    {
        var conversation = await TypedConversation.StartedAsync(fixture.Host.Services, locale);
        await conversation.SayAsync(locale == "nl-NL" ? "het gaat over mijzelf" : "it is about me");

        await conversation.SayAsync(shame);

        Assert.Contains("honour_based_violence", conversation.State.Values["about"]);
    }

    [Fact]
    public async Task Afraid_to_tell_at_the_signs_gets_its_answer_and_the_short_question()
    {
        var conversation = await TypedConversation.StartedAsync(fixture.Host.Services, "nl-NL");
        await conversation.SayAsync("mijn vader slaat mij");

        var replies = await conversation.SayAsync("ik durf niks te zeggen");

        Assert.Contains(replies, reply => reply.Text.Contains("Is er nog meer?", StringComparison.Ordinal));
        Assert.DoesNotContain(replies, reply => reply.Checklist is not null);
    }
}
