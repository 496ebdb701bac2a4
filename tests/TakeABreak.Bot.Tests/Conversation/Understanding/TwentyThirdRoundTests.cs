using TakeABreak.Dialogs.Runtime;

namespace TakeABreak.Bot.Tests.Conversation.Understanding;

/// <summary>
/// What the lead found playing typed conversations in the seventeenth session: a 14-year-old whose father hits her mother
/// was read as someone hurt by their own partner (or as family), "her mum's boyfriend hits her mum" was only about a child,
/// a woman of 80 hit by her husband only about an older person, "ik ben 81" at the signs and "terug" anywhere were not
/// understood, and fear that he sees the chat got no word on how to use it safely.
/// </summary>
public sealed class TwentyThirdRoundTests(ConversationHostFixture fixture) : IClassFixture<ConversationHostFixture>
{
    /// <summary>A young person who sees one parent hurt the other is a child at home (DOMAIN.md: witnessing is child abuse), with the advice for a child.</summary>
    [Theory]
    [InlineData("nl-NL", "ik ben 14, mijn vader slaat mijn moeder", "vaak")]
    [InlineData("nl-NL", "ik ben 14 mijn vader slaat mijn moeder", "vaak")]
    [InlineData("nl-NL", "ik ben 15 en mijn stiefvader schopt mijn moeder", "vaak")]
    [InlineData("en-US", "im 14 my dad hits my mum", "often")]
    [InlineData("en-US", "i'm 14, my dad hits my mum", "often")]
    public async Task A_young_person_who_sees_one_parent_hurt_the_other_is_a_child_at_home(string locale, string story, string often)
    {
        var dutch = locale == "nl-NL";
        var conversation = await TypedConversation.StartedAsync(fixture.Host.Services, locale);

        var replies = await conversation.SayAsync(story);

        Assert.Equal(["self"], conversation.State.Values.GetValueOrDefault("role") ?? []);
        Assert.Equal(["child"], conversation.State.Values.GetValueOrDefault("about") ?? []);
        Assert.Contains("child_hears_fighting", conversation.State.Values.GetValueOrDefault("signals") ?? []);
        Assert.Contains(replies, reply => reply.Text.Contains(dutch ? "iemand bij je thuis" : "someone at home", StringComparison.Ordinal));
        Assert.Contains(replies, reply => reply.Text.Contains(dutch ? "niet jouw schuld" : "not your fault", StringComparison.Ordinal));
        Assert.DoesNotContain(replies, reply => reply.Text.Contains(dutch ? "je partner" : "your partner", StringComparison.Ordinal));

        await conversation.SayAsync(often);
        await conversation.SayAsync(dutch ? "klaar" : "done");
        await conversation.SayAsync(dutch ? "geen van deze" : "none of these");

        Assert.Contains(conversation.AllTexts, text => text.Contains("0800-0432", StringComparison.Ordinal) && text.Contains(dutch ? "iemand die je vertrouwt" : "someone you trust", StringComparison.Ordinal));
        Assert.DoesNotContain(conversation.AllTexts, text => text.Contains(dutch ? "Spreek degene die geweld gebruikt er niet op aan" : "Don't confront the person", StringComparison.Ordinal));
    }

    /// <summary>
    /// A professional's short note of a client's age ("cliënt (vrouw, 78)", "een 82-jarige man") is an older person, so her
    /// son is a grown child, not a child at risk (lead's try in Teams, session 17: "partner of ex-partner, een kind").
    /// </summary>
    [Theory]
    [InlineData("nl-NL", "cliënt (vrouw, 78), haar zoon woont bij haar in en beheert haar geld")]
    [InlineData("nl-NL", "een 82-jarige man wordt door zijn dochter geslagen")]
    [InlineData("en-US", "client (woman, 81), her son controls her money")]
    public async Task A_clients_age_noted_in_short_is_an_older_person(string locale, string story)
    {
        var conversation = await TypedConversation.StartedAsync(fixture.Host.Services, locale);

        await conversation.SayAsync(story);

        var about = conversation.State.Values.GetValueOrDefault("about") ?? [];
        Assert.Contains("older_person", about);
        Assert.DoesNotContain("child", about);
        Assert.DoesNotContain("partner", about);
    }

    /// <summary>A teenager hurt by her own boyfriend is still about a partner: only one parent hurting the other is no partner of their own.</summary>
    [Theory]
    [InlineData("nl-NL", "ik ben 15 en mijn vriend slaat me")]
    [InlineData("en-US", "im 15 and my boyfriend hits me")]
    public async Task A_teenager_hurt_by_her_own_boyfriend_is_about_a_partner(string locale, string story)
    {
        var conversation = await TypedConversation.StartedAsync(fixture.Host.Services, locale);

        await conversation.SayAsync(story);

        Assert.Equal(["partner"], conversation.State.Values.GetValueOrDefault("about") ?? []);
    }

    /// <summary>Someone about a child whose mother is hit by her boyfriend: a child who sees partner violence, so both.</summary>
    [Theory]
    [InlineData("nl-NL", "de vriend van haar moeder slaat haar moeder")]
    [InlineData("en-US", "her mum's boyfriend hits her mum")]
    [InlineData("en-US", "her mom's new boyfriend hits her mom")]
    public async Task A_child_whose_mother_is_hit_by_her_boyfriend_is_about_the_child_and_a_partner(string locale, string story)
    {
        var conversation = await TypedConversation.StartedAsync(fixture.Host.Services, locale);

        await conversation.SayAsync(story);

        var about = conversation.State.Values.GetValueOrDefault("about") ?? [];
        Assert.Contains("partner", about);
        Assert.Contains("child", about);
        Assert.DoesNotContain("parent_harmed_by_child", about);
        Assert.DoesNotContain("family_friend", conversation.State.Values.GetValueOrDefault("role") ?? []);
    }

    /// <summary>The boyfriend who hurts the girl herself is no partner violence.</summary>
    [Theory]
    [InlineData("nl-NL", "de vriend van haar moeder slaat haar")]
    [InlineData("en-US", "her mum's boyfriend hits her")]
    public async Task A_child_hit_by_her_mothers_boyfriend_is_about_the_child_alone(string locale, string story)
    {
        var conversation = await TypedConversation.StartedAsync(fixture.Host.Services, locale);

        await conversation.SayAsync(story);

        Assert.Equal(["child"], conversation.State.Values.GetValueOrDefault("about") ?? []);
    }

    /// <summary>An older woman hit by her husband is partner violence against an older person: both.</summary>
    [Theory]
    [InlineData("nl-NL", "een vrouw van 80, haar man slaat haar")]
    [InlineData("en-US", "a woman of 80, her husband hits her")]
    public async Task An_older_woman_hit_by_her_husband_is_about_an_older_person_and_a_partner(string locale, string story)
    {
        var conversation = await TypedConversation.StartedAsync(fixture.Host.Services, locale);

        await conversation.SayAsync(story);

        var about = conversation.State.Values.GetValueOrDefault("about") ?? [];
        Assert.Contains("partner", about);
        Assert.Contains("older_person", about);
    }

    /// <summary>A woman of 85 whose daughter cares for her is an older person, not partner violence.</summary>
    [Theory]
    [InlineData("nl-NL", "een vrouw van 85, haar dochter zorgt voor haar en ze heeft blauwe plekken")]
    [InlineData("en-US", "a woman of 85, her daughter cares for her and she has bruises")]
    public async Task An_older_woman_cared_for_by_her_daughter_is_about_an_older_person_alone(string locale, string story)
    {
        var conversation = await TypedConversation.StartedAsync(fixture.Host.Services, locale);

        await conversation.SayAsync(story);

        Assert.Equal(["older_person"], conversation.State.Values.GetValueOrDefault("about") ?? []);
    }

    /// <summary>"ik ben 81" typed at the signs is heard, and the list stays open.</summary>
    [Theory]
    [InlineData("nl-NL", "het gaat over mijzelf", "mijn man", "ik ben 81", "ook ouderen", "Is er nog meer?")]
    [InlineData("en-US", "it is about myself", "my husband", "i'm 81", "older people too", "Anything else?")]
    public async Task An_older_age_typed_at_the_signs_is_heard_and_the_list_stays_open(string locale, string role, string who, string age, string heard, string more)
    {
        var conversation = await TypedConversation.StartedAsync(fixture.Host.Services, locale);
        await conversation.SayAsync(role);
        await conversation.SayAsync(who);
        Assert.Equal("ask_signals_self", conversation.State.Top!.Step);

        var replies = await conversation.SayAsync(age);

        Assert.Contains(replies, reply => reply.Text.Contains(heard, StringComparison.Ordinal));
        Assert.Contains(replies, reply => reply.Text.Contains(more, StringComparison.Ordinal));
        Assert.DoesNotContain(replies, reply => reply.Text.StartsWith(locale == "nl-NL" ? "Dat begrijp ik niet" : "I do not quite understand", StringComparison.Ordinal));
        Assert.Equal("ask_signals_self", conversation.State.Top!.Step);
    }

    /// <summary>"terug" or "go back": one question back is not possible; the bot says how to start again and asks the same question.</summary>
    [Theory]
    [InlineData("nl-NL", "buur", "terug", "opnieuw")]
    [InlineData("nl-NL", "buur", "vorige vraag", "opnieuw")]
    [InlineData("nl-NL", "buur", "kan ik een vraag terug?", "opnieuw")]
    [InlineData("en-US", "neighbour", "go back", "restart")]
    [InlineData("en-US", "neighbour", "back", "restart")]
    [InlineData("en-US", "neighbour", "previous question please", "restart")]
    public async Task Going_back_says_how_to_start_again_and_asks_the_same_question(string locale, string role, string back, string restart)
    {
        var conversation = await TypedConversation.StartedAsync(fixture.Host.Services, locale);
        await conversation.SayAsync(role);
        var step = conversation.State.Top!.Step;

        var replies = await conversation.SayAsync(back);

        Assert.Contains(replies, reply => reply.Text.Contains($"'{restart}'", StringComparison.Ordinal));
        Assert.DoesNotContain(replies, reply => reply.Text.StartsWith(locale == "nl-NL" ? "Dat begrijp ik niet" : "I do not quite understand", StringComparison.Ordinal));
        Assert.Equal(step, conversation.State.Top!.Step);
        Assert.Equal(["neighbour"], conversation.State.Values["role"]);
    }

    /// <summary>"terug naar het begin" is still a restart.</summary>
    [Fact]
    public async Task Back_to_the_beginning_still_starts_again()
    {
        var conversation = await TypedConversation.StartedAsync(fixture.Host.Services, "nl-NL");
        await conversation.SayAsync("buur");

        await conversation.SayAsync("terug naar het begin");

        Assert.False(conversation.State.Values.ContainsKey("role"));
    }

    /// <summary>Fear that he sees the chat: how to use it safely (only what the widget does), and the same question goes on.</summary>
    [Theory]
    [InlineData("nl-NL", "het gaat over mijzelf", "mijn man", "ik ben bang dat hij erachter komt dat ik met jou praat", "Snel weg")]
    [InlineData("nl-NL", "het gaat over mijzelf", "mijn man", "kan hij zien wat ik typ?", "Snel weg")]
    [InlineData("en-US", "it is about myself", "my boyfriend", "im scared he finds out i talk to you", "Leave now")]
    [InlineData("en-US", "it is about myself", "my boyfriend", "can he see this chat?", "Leave now")]
    public async Task Fear_that_he_sees_the_chat_hears_how_to_use_it_safely(string locale, string role, string who, string fear, string quickExit)
    {
        var conversation = await TypedConversation.StartedAsync(fixture.Host.Services, locale, channel: "webchat");
        await conversation.SayAsync(role);
        await conversation.SayAsync(who);

        var replies = await conversation.SayAsync(fear);

        Assert.Contains(replies, reply => reply.Text.Contains(quickExit, StringComparison.Ordinal) && reply.Text.Contains("Shift", StringComparison.Ordinal));
        Assert.Equal("ask_signals_self", conversation.State.Top!.Step);
    }

    /// <summary>The English "I" of a sign stays a capital in the line that says what was understood.</summary>
    [Fact]
    public async Task A_sign_told_in_the_first_person_keeps_its_capital_I()
    {
        var conversation = await TypedConversation.StartedAsync(fixture.Host.Services, "en-US");

        var replies = await conversation.SayAsync("im 14 my dad hits my mum");

        Assert.Contains(replies, reply => reply.Text.Contains("you told me: I see or hear", StringComparison.Ordinal));
    }
}
