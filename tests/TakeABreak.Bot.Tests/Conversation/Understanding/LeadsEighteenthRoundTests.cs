namespace TakeABreak.Bot.Tests.Conversation.Understanding;

/// <summary>
/// What the lead saw typing as a worried neighbour and as young people in the eighteenth session: facts that are no sign
/// closed or re-showed the checklists, the serious-things checklist closed on the first thing typed, a late "elke week wel"
/// was not understood, and a word at the feedback question ticked a sign ("klaar" at "Hoe vaak": DoneAtHowOftenTests).
/// </summary>
public sealed class LeadsEighteenthRoundTests(ConversationHostFixture fixture) : IClassFixture<ConversationHostFixture>
{
    [Theory]
    [InlineData("nl-NL", "buur", "een vrouw en haar man", "ze hebben twee kleine kinderen", "Is er nog meer?")]
    [InlineData("en-US", "neighbour", "a couple", "there are two little kids", "Anything else?")]
    public async Task Children_named_at_the_open_signs_checklist_are_noted_and_the_checklist_stays_open(string locale, string role, string about, string children, string more)
    {
        var conversation = await TypedConversation.StartedAsync(fixture.Host.Services, locale);
        await conversation.SayAsync(role);
        await conversation.SayAsync(about);

        var replies = await conversation.SayAsync(children);

        Assert.Equal(["child", "partner"], conversation.State.Values["about"].Order());
        Assert.Equal("ask_signals", conversation.State.Top!.Step);
        Assert.Contains(replies, reply => reply.Text.Contains(more, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Children_named_after_a_sign_keep_the_checklist_open_too()
    {
        var conversation = await TypedConversation.StartedAsync(fixture.Host.Services, "nl-NL");
        await conversation.SayAsync("buur");
        await conversation.SayAsync("een vrouw en haar man");
        await conversation.SayAsync("ik hoor vaak schreeuwen");
        Assert.Equal("ask_signals", conversation.State.Top!.Step);

        var neighbour = await TypedConversation.StartedAsync(fixture.Host.Services, "nl-NL");
        await neighbour.SayAsync("buur");
        await neighbour.SayAsync("een vrouw en haar man");
        await neighbour.SayAsync("ze heeft blauwe plekken");

        var replies = await neighbour.SayAsync("ze hebben twee kleine kinderen");

        Assert.Equal("ask_signals", neighbour.State.Top!.Step);
        Assert.Contains(replies, reply => reply.Text.Contains("Is er nog meer?", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("ik ben 15")]
    [InlineData("ik ben 16 jaar")]
    public async Task An_age_typed_at_the_signs_checklist_gets_the_short_question_for_more_not_the_whole_card(string age)
    {
        var conversation = await TypedConversation.StartedAsync(fixture.Host.Services, "nl-NL");
        await conversation.SayAsync("mijn vader slaat mij");

        var replies = await conversation.SayAsync(age);

        Assert.Equal("ask_signals_self", conversation.State.Top!.Step);
        Assert.Contains(replies, reply => reply.Text.Contains("Kindertelefoon", StringComparison.Ordinal));
        Assert.Contains(replies, reply => reply.Text.Contains("Is er nog meer?", StringComparison.Ordinal));
        Assert.DoesNotContain(replies, reply => reply.Checklist is not null);
    }

    [Theory]
    [InlineData("nl-NL", "hij is 16", "Is er nog meer?")]
    [InlineData("en-US", "he is 16", "Anything else?")]
    [InlineData("nl-NL", "hij is 7", "Is er nog meer?")]
    [InlineData("nl-NL", "ze is 3 jaar", "Is er nog meer?")]
    [InlineData("en-US", "she's 5", "Anything else?")]
    public async Task The_age_of_a_child_typed_at_the_signs_checklist_is_no_miss(string locale, string age, string more)
    {
        var conversation = await TypedConversation.StartedAsync(fixture.Host.Services, locale);
        await conversation.SayAsync(locale == "nl-NL" ? "buur" : "neighbour");
        await conversation.SayAsync(locale == "nl-NL" ? "een kind" : "a child");

        var replies = await conversation.SayAsync(age);

        Assert.Equal("ask_signals", conversation.State.Top!.Step);
        Assert.DoesNotContain(replies, reply => reply.Text.StartsWith(locale == "nl-NL" ? "Dat begrijp ik niet" : "I do not quite understand", StringComparison.Ordinal));
        Assert.Contains(replies, reply => reply.Text.Contains(more, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("nl-NL", "weet ik niet", "elke week wel")]
    [InlineData("en-US", "not sure", "every week or so")]
    public async Task A_late_how_often_after_dont_know_is_kept_as_how_often(string locale, string dontKnow, string late)
    {
        var conversation = await TypedConversation.StartedAsync(fixture.Host.Services, locale);
        await conversation.SayAsync(locale == "nl-NL" ? "buur" : "neighbour");
        await conversation.SayAsync(locale == "nl-NL" ? "een vrouw en haar man" : "a couple");
        await conversation.SayAsync("1, 2");
        await conversation.SayAsync(dontKnow);

        var replies = await conversation.SayAsync(late);

        Assert.Equal(["frequency_often"], conversation.State.Values["frequency"]);
        Assert.Equal("ask_serious", conversation.State.Top!.Step);
        Assert.DoesNotContain(replies, reply => reply.Text.StartsWith(locale == "nl-NL" ? "Dat begrijp ik niet" : "I do not quite understand", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("nl-NL", "hij heeft een wapen in huis", "hij heeft haar ook gewurgd", "klaar", "Is er nog meer?")]
    [InlineData("nl-NL", "hij heeft een wapen in huis", "hij heeft haar ook gewurgd", "nee", "Is er nog meer?")]
    [InlineData("en-US", "he has a gun at home", "he strangled her once", "done", "Anything else?")]
    public async Task The_serious_checklist_keeps_what_was_typed_and_asks_for_more(string locale, string first, string second, string done, string more)
    {
        var conversation = await TypedConversation.StartedAsync(fixture.Host.Services, locale);
        await conversation.SayAsync(locale == "nl-NL" ? "buur" : "neighbour");
        await conversation.SayAsync(locale == "nl-NL" ? "een vrouw en haar man" : "a couple");
        await conversation.SayAsync("1, 2");
        await conversation.SayAsync(locale == "nl-NL" ? "vaak" : "often");

        var replies = await conversation.SayAsync(first);
        Assert.Equal(["weapons_at_home"], conversation.State.Values["serious_factors"]);
        Assert.Equal("ask_serious", conversation.State.Top!.Step);
        Assert.Contains(replies, reply => reply.Text.Contains(more, StringComparison.Ordinal));

        await conversation.SayAsync(second);
        Assert.Equal(["strangulation_yes", "weapons_at_home"], conversation.State.Values["serious_factors"].Order());
        await conversation.SayAsync(done);

        Assert.NotEqual("ask_serious", conversation.State.Top?.Step);
        Assert.True(conversation.State.Values.ContainsKey("urgency"));
    }

    [Theory]
    [InlineData("nl-NL", "als papa en mama weg zijn doet mijn broer dat")]
    [InlineData("nl-NL", "mijn broer doet het")]
    [InlineData("en-US", "my brother does it when mum and dad are out")]
    public async Task A_young_person_naming_a_brother_at_who_hurts_you_is_understood(string locale, string who)
    {
        var conversation = await TypedConversation.StartedAsync(fixture.Host.Services, locale);
        await conversation.SayAsync(locale == "nl-NL" ? "het gaat over mijzelf" : "it is about me");

        await conversation.SayAsync(who);

        Assert.Equal(["child"], conversation.State.Values["about"]);
    }

    [Theory]
    [InlineData("nl-NL", "telefoon")]
    [InlineData("nl-NL", "schreeuwen")]
    [InlineData("en-US", "phone")]
    public async Task An_answer_at_the_feedback_question_never_changes_the_signs(string locale, string word)
    {
        var conversation = await TypedConversation.StartedAsync(fixture.Host.Services, locale);
        await conversation.SayAsync(locale == "nl-NL" ? "buur" : "neighbour");
        await conversation.SayAsync(locale == "nl-NL" ? "een vrouw en haar man" : "a couple");
        await conversation.SayAsync("4");
        await conversation.TypeUntilAsync(locale == "nl-NL" ? "Had je iets aan" : "Was this", locale == "nl-NL" ? "soms" : "sometimes", locale == "nl-NL" ? "nee" : "no", locale == "nl-NL" ? "nee" : "no", locale == "nl-NL" ? "nee" : "no");
        Assert.Equal("ask_feedback", conversation.State.Top!.Step);
        var signs = conversation.State.Values["signals"].ToList();

        await conversation.SayAsync(word);

        Assert.Equal(signs, conversation.State.Values["signals"]);
    }
}
