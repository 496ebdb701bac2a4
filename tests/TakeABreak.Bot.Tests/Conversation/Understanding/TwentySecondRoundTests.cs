namespace TakeABreak.Bot.Tests.Conversation.Understanding;

/// <summary>
/// What the lead found playing the resident conversation in the sixteenth session:
/// a man who told how angry he gets at his wife was told "het is niet jouw schuld" and given the victim's advice, a
/// neighbour who hears a mother and her children cry ticked "het kind vertelt over ruzie thuis", how often typed at the open
/// signs list brought the whole list back, a phone number told with "liever bellen" was asked again, "ik weet niet of ze
/// hulp wil" was not understood, and a sister who barely sees her family since her new boyfriend ticked no sign.
/// </summary>
public sealed class TwentySecondRoundTests(ConversationHostFixture fixture) : IClassFixture<ConversationHostFixture>
{
    /// <summary>Someone who tells about their own anger and what they do to others uses violence: never "het is niet jouw schuld".</summary>
    [Theory]
    [InlineData("nl-NL", "ik word soms zo boos op mijn vrouw dat ik dingen kapot gooi")]
    [InlineData("nl-NL", "ik word zo boos op mijn vriendin dat ik met dingen gooi")]
    [InlineData("nl-NL", "ik gooi dingen kapot als ik boos ben")]
    [InlineData("nl-NL", "ik schreeuw tegen mijn kinderen en dan slaan ik")]
    [InlineData("nl-NL", "ik schreeuw tegen mijn kinderen en dan sla ik ze")]
    [InlineData("nl-NL", "ze is bang voor mij")]
    [InlineData("nl-NL", "mijn vrouw is bang voor mij als ik boos word")]
    [InlineData("nl-NL", "ik heb haar geduwd")]
    [InlineData("nl-NL", "ik kan niet meer om met mijn woede")]
    [InlineData("nl-NL", "ik heb last van mijn woede thuis")]
    [InlineData("en-US", "i lose my temper with my wife")]
    [InlineData("en-US", "i get so angry at my girlfriend that i scare her")]
    [InlineData("en-US", "she is afraid of me")]
    [InlineData("en-US", "my wife is scared of me")]
    [InlineData("en-US", "i pushed her")]
    [InlineData("en-US", "i think i have anger issues")]
    [InlineData("en-US", "my anger issues are scaring my family")]
    [InlineData("en-US", "i break things when i get angry")]
    [InlineData("en-US", "i yell at my kids and then i hit them")]
    public async Task Someone_who_tells_about_their_own_anger_and_what_they_do_uses_violence(string locale, string typed)
    {
        var conversation = await TypedConversation.StartedAsync(fixture.Host.Services, locale);

        await conversation.SayAsync(typed);

        Assert.Equal(["uses_violence"], conversation.State.Values.GetValueOrDefault("role") ?? []);
        Assert.DoesNotContain(conversation.AllTexts, text => text.Contains(locale == "nl-NL" ? "niet jouw schuld" : "not your fault", StringComparison.Ordinal));
    }

    /// <summary>Anger or fear of the one who writes, because of what another does: still about themselves.</summary>
    [Theory]
    [InlineData("nl-NL", "ik word boos en verdrietig als hij me slaat")]
    [InlineData("nl-NL", "hij wordt zo boos op mij dat hij dingen gooit")]
    [InlineData("nl-NL", "ik word bang als mijn man boos wordt")]
    [InlineData("nl-NL", "mijn man wordt zo boos dat hij dingen kapot gooit")]
    [InlineData("nl-NL", "ik ben bang voor mijn man, hij heeft me geduwd")]
    [InlineData("en-US", "i get scared when he shouts")]
    [InlineData("en-US", "i get so scared when my husband loses his temper")]
    [InlineData("en-US", "he gets angry at me and breaks things")]
    [InlineData("en-US", "my boyfriend pushed me and i am afraid of him")]
    public async Task Anger_or_fear_because_of_what_another_does_stays_about_themselves(string locale, string typed)
    {
        var conversation = await TypedConversation.StartedAsync(fixture.Host.Services, locale);

        await conversation.SayAsync(typed);

        Assert.Equal(["self"], conversation.State.Values.GetValueOrDefault("role") ?? []);
    }

    /// <summary>A neighbour who hears a quarrel and a mother and children crying hears shouting and crying: no child told anything.</summary>
    [Theory]
    [InlineData("nl-NL", "ik woon naast een gezin en ik hoor vaak ruzie, de moeder huilt dan en de kinderen ook")]
    [InlineData("nl-NL", "ik hoor vaak ruzie bij de buren")]
    [InlineData("en-US", "i live next to a family and i hear fighting a lot, the mother cries and the kids too")]
    public async Task A_quarrel_heard_through_the_wall_is_shouting_not_a_child_who_tells(string locale, string story)
    {
        var conversation = await TypedConversation.StartedAsync(fixture.Host.Services, locale);

        await conversation.SayAsync(story);

        var signals = conversation.State.Values.GetValueOrDefault("signals") ?? [];
        Assert.DoesNotContain("child_hears_fighting", signals);
        Assert.Contains("shouting_or_screaming", signals);
    }

    [Fact]
    public async Task A_mother_who_cries_and_the_children_too_is_children_crying()
    {
        var conversation = await TypedConversation.StartedAsync(fixture.Host.Services, "nl-NL");

        await conversation.SayAsync("ik woon naast een gezin en ik hoor vaak ruzie, de moeder huilt dan en de kinderen ook");

        Assert.Contains("children_crying", conversation.State.Values.GetValueOrDefault("signals") ?? []);
    }

    /// <summary>How often typed at the open signs list changes how often and asks the short "Is er nog meer?", not the whole list.</summary>
    [Theory]
    [InlineData("nl-NL", "hij heeft haar één keer geslagen", "een paar keer per maand denk ik", "Is er nog meer?")]
    [InlineData("en-US", "he hit her once", "like every weekend", "Anything else?")]
    public async Task How_often_at_the_open_signs_list_asks_for_more_not_the_whole_list(string locale, string sign, string often, string more)
    {
        var dutch = locale == "nl-NL";
        var conversation = await TypedConversation.StartedAsync(fixture.Host.Services, locale);
        await conversation.SayAsync(dutch ? "buur" : "neighbour");
        await conversation.SayAsync(dutch ? "een vrouw en haar man" : "a couple");
        await conversation.SayAsync(sign);
        Assert.Equal(["frequency_once"], conversation.State.Values["frequency"]);

        var replies = await conversation.SayAsync(often);

        Assert.Equal(["frequency_often"], conversation.State.Values["frequency"]);
        Assert.Equal("ask_signals", conversation.State.Top!.Step);
        Assert.Contains(replies, reply => reply.Text.Contains(more, StringComparison.Ordinal));
        Assert.DoesNotContain(replies, reply => reply.Text.StartsWith(dutch ? "Wat heb je gemerkt?" : "What have you noticed?", StringComparison.Ordinal));
    }

    /// <summary>Not knowing whether she wants help is a worry, no sign: it is heard in one line and the list asks for more.</summary>
    [Theory]
    [InlineData("nl-NL", "mijn zus haar man is heel jaloers", "ik weet niet of ze hulp wil", "Dat hoef je niet te weten", "Is er nog meer?")]
    [InlineData("en-US", "my sister's husband is very jealous", "i dont know if she wants help", "You do not need to know that", "Anything else?")]
    public async Task Not_knowing_whether_she_wants_help_is_heard_and_the_list_asks_for_more(string locale, string story, string worry, string heard, string more)
    {
        var conversation = await TypedConversation.StartedAsync(fixture.Host.Services, locale);
        await conversation.SayAsync(story);

        var replies = await conversation.SayAsync(worry);

        Assert.Equal("ask_signals", conversation.State.Top!.Step);
        Assert.Contains(replies, reply => reply.Text.StartsWith(heard, StringComparison.Ordinal));
        Assert.Contains(replies, reply => reply.Text.Contains(more, StringComparison.Ordinal));
        Assert.DoesNotContain(replies, reply => reply.Text.StartsWith(locale == "nl-NL" ? "Dat begrijp ik niet" : "I do not quite understand", StringComparison.Ordinal));
    }

    /// <summary>Being asked to keep it secret is heard like being afraid to tell (advice, also anonymously), and the list asks for more.</summary>
    [Theory]
    [InlineData("nl-NL", "mijn zus haar man slaat haar", "ik moest beloven niks te zeggen", "0800-2000", "Is er nog meer?")]
    [InlineData("en-US", "my sister's husband hits her", "she made me promise not to tell", "0800-2000", "Anything else?")]
    [InlineData("en-US", "my sister's husband hits her", "she begged me not to tell anyone", "0800-2000", "Anything else?")]
    public async Task Being_asked_to_keep_it_secret_is_heard_and_the_list_asks_for_more(string locale, string story, string secret, string heard, string more)
    {
        var conversation = await TypedConversation.StartedAsync(fixture.Host.Services, locale);
        await conversation.SayAsync(story);

        var replies = await conversation.SayAsync(secret);

        Assert.Equal("ask_signals", conversation.State.Top!.Step);
        Assert.Contains(replies, reply => !reply.ExpectsAnswer && reply.Text.Contains(heard, StringComparison.Ordinal));
        Assert.Contains(replies, reply => reply.Text.Contains(more, StringComparison.Ordinal));
    }

    /// <summary>A sister who barely sees her family since her new boyfriend: little contact with others.</summary>
    [Theory]
    [InlineData("en-US", "my sister has a new boyfriend and since then she barely sees us anymore")]
    [InlineData("nl-NL", "mijn zus heeft een nieuwe vriend en ze ziet ons bijna niet meer sinds ze met hem is")]
    public async Task Barely_seeing_her_family_since_a_new_boyfriend_is_little_contact_with_others(string locale, string story)
    {
        var conversation = await TypedConversation.StartedAsync(fixture.Host.Services, locale);

        await conversation.SayAsync(story);

        Assert.Contains("isolated", conversation.State.Values.GetValueOrDefault("signals") ?? []);
    }
}
