namespace TakeABreak.Bot.Tests.Conversation.Understanding;

/// <summary>
/// What the lead saw typing as residents in the twentieth session: a "een keer" inside a sign that closed the signs list,
/// a topic question that showed the whole card again, "elke maand" read as "a few times", a late "how often" and "ik wil dat
/// het stopt" at the consent question not understood, "hi i need help" answered in Dutch, little children and someone
/// else's divorce at the serious checklist, negated weapons, and "je mag me bellen" read as a role.
/// </summary>
public sealed class LeadsTwentiethRoundTests(ConversationHostFixture fixture) : IClassFixture<ConversationHostFixture>
{
    private const string NotUnderstoodNl = "Dat begrijp ik niet";
    private const string NotUnderstoodEn = "I do not quite understand";

    [Theory]
    [InlineData("nl-NL", "mijn man scheldt me uit", "hij heeft me ook een keer geduwd", "ask_signals_self")]
    [InlineData("nl-NL", "mijn man scheldt me uit", "hij heeft me een paar keer geduwd", "ask_signals_self")]
    [InlineData("en-US", "my husband calls me names", "he also pushed me once", "ask_signals_self")]
    public async Task A_frequency_inside_a_sign_sentence_ticks_the_sign_and_keeps_the_list_open(string locale, string story, string sign, string step)
    {
        var conversation = await TypedConversation.StartedAsync(fixture.Host.Services, locale);
        await conversation.SayAsync(story);
        Assert.Equal(step, conversation.State.Top!.Step);

        var replies = await conversation.SayAsync(sign);

        Assert.Equal(step, conversation.State.Top!.Step);
        Assert.Contains("physical_violence", conversation.State.Values["signals"]);
        Assert.Contains(replies, reply => reply.Text.Contains(locale == "nl-NL" ? "Is er nog meer?" : "Anything else?", StringComparison.Ordinal));
    }

    /// <summary>"Ook een keer" tells one act among others: it is not how often it all happens, so "Hoe vaak?" is still asked.</summary>
    [Theory]
    [InlineData("nl-NL", "mijn man scheldt me uit", "hij heeft me ook een keer geduwd")]
    [InlineData("en-US", "my husband calls me names", "he also pushed me once")]
    public async Task One_act_told_among_others_is_no_answer_to_how_often(string locale, string story, string sign)
    {
        var conversation = await TypedConversation.StartedAsync(fixture.Host.Services, locale);
        await conversation.SayAsync(story);

        await conversation.SayAsync(sign);

        Assert.False(conversation.State.Values.ContainsKey("frequency"));
        var replies = await conversation.SayAsync(locale == "nl-NL" ? "klaar" : "done");
        Assert.Contains(replies, reply => reply.Text.StartsWith(locale == "nl-NL" ? "Hoe vaak" : "How often", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("nl-NL", "hij heeft haar ook een keer geduwd")]
    [InlineData("nl-NL", "hij schopt haar soms")]
    [InlineData("en-US", "he pushed her once")]
    public async Task A_frequency_inside_a_sign_sentence_about_another_keeps_the_list_open(string locale, string sign)
    {
        var conversation = await TypedConversation.StartedAsync(fixture.Host.Services, locale);
        await conversation.SayAsync(locale == "nl-NL" ? "buur" : "neighbour");
        await conversation.SayAsync(locale == "nl-NL" ? "een vrouw en haar man" : "a couple");
        await conversation.SayAsync(locale == "nl-NL" ? "ze heeft blauwe plekken" : "she has bruises");

        await conversation.SayAsync(sign);

        Assert.Equal("ask_signals", conversation.State.Top!.Step);
        Assert.Contains("physical_violence", conversation.State.Values["signals"]);
    }

    [Theory]
    [InlineData("nl-NL", "mijn man scheldt me uit", "is dit normaal?")]
    [InlineData("nl-NL", "mijn man scheldt me uit", "is het mijn schuld?")]
    [InlineData("en-US", "my husband calls me names", "is this normal?")]
    [InlineData("en-US", "my husband calls me names", "is it my fault?")]
    public async Task A_topic_question_at_an_open_list_with_ticked_signs_re_asks_short(string locale, string story, string question)
    {
        var conversation = await TypedConversation.StartedAsync(fixture.Host.Services, locale);
        await conversation.SayAsync(story);

        var replies = await conversation.SayAsync(question);

        Assert.Equal("ask_signals_self", conversation.State.Top!.Step);
        Assert.Contains(replies, reply => reply.Text.Contains(locale == "nl-NL" ? "Is er nog meer?" : "Anything else?", StringComparison.Ordinal));
        Assert.DoesNotContain(replies, reply => reply.Checklist is not null);
    }

    [Theory]
    [InlineData("nl-NL", "elke maand")]
    [InlineData("nl-NL", "iedere maand wel")]
    [InlineData("nl-NL", "maandelijks")]
    [InlineData("en-US", "every month")]
    [InlineData("en-US", "monthly")]
    public async Task Every_month_is_often(string locale, string everyMonth)
    {
        var conversation = await TypedConversation.StartedAsync(fixture.Host.Services, locale);
        await conversation.SayAsync(locale == "nl-NL" ? "buur" : "neighbour");
        await conversation.SayAsync(locale == "nl-NL" ? "een vrouw en haar man" : "a couple");
        await conversation.SayAsync("1, 2");

        await conversation.SayAsync(everyMonth);

        Assert.Equal(["frequency_often"], conversation.State.Values["frequency"]);
    }

    [Theory]
    [InlineData("en-US", "my patient says her husband strangled her last week")]
    [InlineData("en-US", "he hit her last month")]
    public async Task Last_week_or_last_month_in_a_story_is_no_how_often(string locale, string story)
    {
        var conversation = await TypedConversation.StartedAsync(fixture.Host.Services, locale);
        await conversation.SayAsync("neighbour");

        await conversation.SayAsync(story);

        Assert.False(conversation.State.Values.ContainsKey("frequency"));
    }

    [Theory]
    [InlineData("nl-NL", "een paar keer per week", "frequency_often")]
    [InlineData("en-US", "a few times a year", "frequency_sometimes")]
    public async Task A_late_frequency_at_the_consent_question_is_noted_and_consent_asked_again(string locale, string late, string expected)
    {
        var conversation = await TypedConversation.StartedAsync(fixture.Host.Services, locale);
        var dutch = locale == "nl-NL";
        var reached = await conversation.TypeUntilAsync(
            dutch ? "Vind je het goed dat we dit naar Moviera sturen?" : "Do you agree that we send this to Moviera?",
            dutch ? ["mijn man duwt me", "klaar", "af en toe", "klaar", "ik wil een mens spreken"] : ["my husband pushes me", "done", "often", "done", "i want to talk to a person"]);
        Assert.True(reached is not null, string.Join("\n", conversation.AllTexts.TakeLast(6)));

        var replies = await conversation.SayAsync(late);

        Assert.Equal([expected], conversation.State.Values["frequency"]);
        Assert.False(conversation.State.Values.ContainsKey("consultation_consent"));
        Assert.Contains(replies, reply => reply.Text.Contains(locale == "nl-NL" ? "Vind je het goed" : "Do you agree", StringComparison.Ordinal));
        Assert.DoesNotContain(replies, reply => reply.Text.StartsWith(locale == "nl-NL" ? NotUnderstoodNl : NotUnderstoodEn, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("nl-NL", "ik wil dat het stopt")]
    [InlineData("en-US", "i want it to stop")]
    public async Task Someone_who_uses_violence_and_wants_it_to_stop_at_the_consent_question_hears_there_is_help(string locale, string stop)
    {
        var conversation = await TypedConversation.StartedAsync(fixture.Host.Services, locale);
        var dutch = locale == "nl-NL";
        var reached = await conversation.TypeUntilAsync(
            dutch ? "Vind je het goed dat we dit naar Moviera sturen?" : "Do you agree that we send this to Moviera?",
            dutch ? ["ik sla mijn vrouw", "ja"] : ["i hit my wife", "yes"]);
        Assert.True(reached is not null, string.Join("\n", conversation.AllTexts.TakeLast(6)));

        var replies = await conversation.SayAsync(stop);

        Assert.Contains(replies, reply => reply.Text.Contains("0800-2000", StringComparison.Ordinal));
        Assert.Contains(replies, reply => reply.Text.Contains(dutch ? "Vind je het goed" : "Do you agree", StringComparison.Ordinal));
        Assert.DoesNotContain(replies, reply => reply.Text.StartsWith(dutch ? NotUnderstoodNl : NotUnderstoodEn, StringComparison.Ordinal));
        Assert.False(conversation.State.Values.ContainsKey("consultation_consent"));
    }

    [Theory]
    [InlineData("hi i need help")]
    [InlineData("hello i need some help")]
    [InlineData("can someone help")]
    public async Task A_short_english_first_message_switches_to_english(string first)
    {
        var conversation = await TypedConversation.StartedAsync(fixture.Host.Services, "nl-NL");

        var replies = await conversation.SayAsync(first);

        Assert.StartsWith("en", conversation.State.Locale);
        Assert.DoesNotContain(replies, reply => reply.Text.Contains("Wat past", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("nl-NL", "er zijn twee kleintjes van 4 en 6")]
    [InlineData("en-US", "theres two little ones, maybe 4 and 6")]
    [InlineData("en-US", "there are two little ones")]
    public async Task Little_ones_at_the_serious_checklist_are_children_in_the_home(string locale, string children)
    {
        var conversation = await TypedConversation.AtTheSeriousThingsWithAThreatTickedAsync(fixture.Host.Services, locale);

        await conversation.SayAsync(children);

        Assert.Contains("children_present", conversation.State.Values["serious_factors"]);
    }

    [Theory]
    [InlineData("nl-NL", "hij drinkt veel sinds zijn scheiding")]
    [InlineData("nl-NL", "sinds zijn scheiding is hij zo")]
    [InlineData("en-US", "he drinks a lot since his divorce")]
    public async Task His_own_earlier_divorce_is_no_separation_of_the_couple(string locale, string divorce)
    {
        var conversation = await TypedConversation.AtTheSeriousThingsWithAThreatTickedAsync(fixture.Host.Services, locale);

        await conversation.SayAsync(divorce);

        Assert.DoesNotContain("separation_recent_or_planned", conversation.State.Values["serious_factors"]);
    }

    [Theory]
    [InlineData("nl-NL", "ze willen scheiden")]
    [InlineData("en-US", "she wants to leave him")]
    public async Task The_couples_own_separation_is_still_a_separation(string locale, string separation)
    {
        var conversation = await TypedConversation.AtTheSeriousThingsWithAThreatTickedAsync(fixture.Host.Services, locale);

        await conversation.SayAsync(separation);

        Assert.Contains("separation_recent_or_planned", conversation.State.Values["serious_factors"]);
    }

    [Theory]
    [InlineData("nl-NL", "geen pistool maar wel een mes")]
    [InlineData("en-US", "no gun but he has a knife")]
    public async Task A_weapon_named_after_a_denied_one_is_kept(string locale, string weapons)
    {
        var conversation = await TypedConversation.AtTheSeriousThingsWithAThreatTickedAsync(fixture.Host.Services, locale);

        await conversation.SayAsync(weapons);

        Assert.Contains("weapons_at_home", conversation.State.Values["serious_factors"]);
    }

    [Theory]
    [InlineData("nl-NL", "geen wapen", "hij heeft wel een mes in huis")]
    [InlineData("en-US", "no weapon", "actually he has a knife")]
    public async Task A_weapon_told_after_no_weapon_replaces_the_no(string locale, string none, string weapon)
    {
        var conversation = await TypedConversation.AtTheSeriousThingsWithAThreatTickedAsync(fixture.Host.Services, locale);
        await conversation.SayAsync(none);

        await conversation.SayAsync(weapon);

        Assert.Contains("weapons_at_home", conversation.State.Values["serious_factors"]);
        Assert.DoesNotContain("weapons_none", conversation.State.Values["serious_factors"]);
    }

    [Theory]
    [InlineData("nl-NL", "hij heeft een keer een mes gepakt")]
    [InlineData("en-US", "he pulled a knife once")]
    public async Task A_weapon_once_used_is_no_weapon_kept_at_home(string locale, string used)
    {
        var conversation = await TypedConversation.AtTheSeriousThingsWithAThreatTickedAsync(fixture.Host.Services, locale);

        await conversation.SayAsync(used);

        Assert.Contains("weapons_used", conversation.State.Values["serious_factors"]);
        Assert.DoesNotContain("weapons_at_home", conversation.State.Values["serious_factors"]);
    }

    [Theory]
    [InlineData("nl-NL", "je mag me bellen")]
    [InlineData("nl-NL", "bel me maar")]
    [InlineData("en-US", "you can call me")]
    [InlineData("en-US", "call me please")]
    public async Task Asking_to_be_called_at_the_role_question_is_no_role(string locale, string call)
    {
        var conversation = await TypedConversation.StartedAsync(fixture.Host.Services, locale);

        await conversation.SayAsync(call);

        Assert.False(conversation.State.Values.ContainsKey("role"));
    }
}
