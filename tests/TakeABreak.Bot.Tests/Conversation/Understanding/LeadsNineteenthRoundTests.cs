namespace TakeABreak.Bot.Tests.Conversation.Understanding;

/// <summary>
/// What the lead saw typing as residents in the nineteenth session: a 15-year-old whose age and story did not make it
/// about her own home, "geen kinderen" at a checklist not understood, a later "een paar keer per maand" not replacing "vaak",
/// "bel me maar" at the consent question not understood, parents yelling at each other not read as partner violence, and a
/// mother pushed by her son who kept the neighbour's path.
/// </summary>
public sealed class LeadsNineteenthRoundTests(ConversationHostFixture fixture) : IClassFixture<ConversationHostFixture>
{
    private const string NotUnderstoodNl = "Dat begrijp ik niet";
    private const string NotUnderstoodEn = "I do not quite understand";

    [Theory]
    [InlineData("nl-NL", "ik ben 15")]
    [InlineData("nl-NL", "ik ben 14 jaar")]
    [InlineData("en-US", "i'm 15")]
    public async Task A_young_age_typed_alone_at_the_role_question_is_about_oneself(string locale, string age)
    {
        var conversation = await TypedConversation.StartedAsync(fixture.Host.Services, locale);

        var replies = await conversation.SayAsync(age);

        Assert.Equal(["self"], conversation.State.Values["role"]);
        Assert.Contains(replies, reply => reply.Text.Contains("0800-0432", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("nl-NL", "mijn vader is vaak boos en dan slaat hij mijn moeder en mij")]
    [InlineData("nl-NL", "mijn stiefvader wordt snel boos en dan slaat hij mama en mij")]
    [InlineData("nl-NL", "mijn vader wordt boos en dan slaat hij ons allebei")]
    [InlineData("en-US", "my dad is often angry and then he hits my mum and me")]
    public async Task A_young_person_hit_along_with_a_parent_is_about_their_own_home(string locale, string story)
    {
        var conversation = await TypedConversation.StartedAsync(fixture.Host.Services, locale);
        await conversation.SayAsync(locale == "nl-NL" ? "ik ben 15" : "i'm 15");

        await conversation.SayAsync(story);

        Assert.Equal(["self"], conversation.State.Values["role"]);
        Assert.Contains("child", conversation.State.Values["about"]);
    }

    [Theory]
    [InlineData("nl-NL", "mijn vader is vaak boos en dan slaat hij mijn moeder en mij")]
    [InlineData("en-US", "my dad is often angry and then he hits my mum and me")]
    public async Task A_father_who_hits_the_mother_and_me_is_about_oneself_also_as_the_first_message(string locale, string story)
    {
        var conversation = await TypedConversation.StartedAsync(fixture.Host.Services, locale);

        await conversation.SayAsync(story);

        Assert.Equal(["self"], conversation.State.Values["role"]);
    }

    [Theory]
    [InlineData("nl-NL", "ik ben 15", "mijn vader is vaak boos en dan slaat hij mijn moeder en mij", "vaak", "nee", "iemand die je vertrouwt")]
    [InlineData("en-US", "i'm 15", "my dad is often angry and then he hits my mum and me", "often", "no", "someone you trust")]
    public async Task The_fifteen_year_old_gets_the_advice_for_a_child_at_home(string locale, string age, string story, string often, string no, string trusted)
    {
        var conversation = await TypedConversation.StartedAsync(fixture.Host.Services, locale);

        var typed = await conversation.TypeUntilAsync(trusted, age, story, locale == "nl-NL" ? "klaar" : "done", often, no, no);

        Assert.NotNull(typed);
        Assert.Contains(conversation.AllTexts, text => text.Contains(trusted, StringComparison.Ordinal) && text.Contains("0800-0432", StringComparison.Ordinal));
        Assert.DoesNotContain(conversation.AllTexts, text => text.Contains(locale == "nl-NL" ? "Spreek degene die geweld gebruikt er niet op aan" : "Don't confront the person", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("nl-NL", "ze hebben geen kinderen", "Is er nog meer?")]
    [InlineData("nl-NL", "geen kinderen", "Is er nog meer?")]
    [InlineData("en-US", "there are no kids", "Anything else?")]
    public async Task No_children_at_the_signs_checklist_is_noted_and_the_checklist_stays_open(string locale, string noChildren, string more)
    {
        var conversation = await TypedConversation.StartedAsync(fixture.Host.Services, locale);
        await conversation.SayAsync(locale == "nl-NL" ? "buur" : "neighbour");
        await conversation.SayAsync(locale == "nl-NL" ? "een vrouw en haar man" : "a couple");
        await conversation.SayAsync(locale == "nl-NL" ? "ze heeft blauwe plekken" : "she has bruises");

        var replies = await conversation.SayAsync(noChildren);

        Assert.Equal("ask_signals", conversation.State.Top!.Step);
        Assert.Equal(["partner"], conversation.State.Values["about"]);
        Assert.Contains(replies, reply => reply.Text.Contains(more, StringComparison.Ordinal));
        Assert.DoesNotContain(replies, reply => reply.Checklist is not null);
        Assert.DoesNotContain(replies, reply => reply.Text.StartsWith(locale == "nl-NL" ? NotUnderstoodNl : NotUnderstoodEn, StringComparison.Ordinal));
        Assert.DoesNotContain("children_present", conversation.State.Values.GetValueOrDefault("serious_factors") ?? []);
    }

    [Theory]
    [InlineData("nl-NL", "ze hebben geen kinderen", "children_present", "children_not_present")]
    [InlineData("nl-NL", "geen kinderen", "children_present", "children_not_present")]
    [InlineData("nl-NL", "nee, geen wapen", "weapons_at_home", "weapons_none")]
    [InlineData("en-US", "there are no kids", "children_present", "children_not_present")]
    [InlineData("en-US", "no, no weapon", "weapons_at_home", "weapons_none")]
    public async Task A_negated_item_at_the_serious_checklist_is_noted_as_no_and_never_ticked(string locale, string denied, string item, string noted)
    {
        var conversation = await TypedConversation.AtTheSeriousThingsWithAThreatTickedAsync(fixture.Host.Services, locale);

        var replies = await conversation.SayAsync(denied);

        Assert.Equal("ask_serious", conversation.State.Top!.Step);
        Assert.DoesNotContain(item, conversation.State.Values["serious_factors"]);
        Assert.Contains(noted, conversation.State.Values["serious_factors"]);
        Assert.Contains(replies, reply => reply.Text.Contains(locale == "nl-NL" ? "Is er nog meer?" : "Anything else?", StringComparison.Ordinal));
        Assert.DoesNotContain(replies, reply => reply.Checklist is not null);
        Assert.DoesNotContain(replies, reply => reply.Text.StartsWith(locale == "nl-NL" ? NotUnderstoodNl : NotUnderstoodEn, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("nl-NL", "een paar keer per jaar", "frequency_sometimes")]
    [InlineData("nl-NL", "eigenlijk een paar keer per jaar", "frequency_sometimes")]
    [InlineData("en-US", "a few times a year", "frequency_sometimes")]
    public async Task A_later_how_often_replaces_the_earlier_one(string locale, string later, string expected)
    {
        var conversation = await TypedConversation.StartedAsync(fixture.Host.Services, locale);
        await conversation.SayAsync(locale == "nl-NL" ? "buur" : "neighbour");
        await conversation.SayAsync(locale == "nl-NL" ? "een vrouw en haar man" : "a couple");
        await conversation.SayAsync("1, 2");
        await conversation.SayAsync(locale == "nl-NL" ? "vaak" : "often");

        var replies = await conversation.SayAsync(later);

        Assert.Equal([expected], conversation.State.Values["frequency"]);
        Assert.Equal("ask_serious", conversation.State.Top!.Step);
        Assert.DoesNotContain(replies, reply => reply.Text.StartsWith(locale == "nl-NL" ? NotUnderstoodNl : NotUnderstoodEn, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("nl-NL", "ze huilt vaak")]
    [InlineData("en-US", "he is always jealous")]
    public async Task A_frequency_word_inside_a_story_does_not_change_how_often(string locale, string story)
    {
        var conversation = await TypedConversation.StartedAsync(fixture.Host.Services, locale);
        await conversation.SayAsync(locale == "nl-NL" ? "buur" : "neighbour");
        await conversation.SayAsync(locale == "nl-NL" ? "een vrouw en haar man" : "a couple");
        await conversation.SayAsync("1, 2");
        await conversation.SayAsync(locale == "nl-NL" ? "een paar keer" : "a few times");

        await conversation.SayAsync(story);

        Assert.Equal(["frequency_sometimes"], conversation.State.Values["frequency"]);
    }

    [Theory]
    [InlineData("nl-NL", "liever bellen")]
    [InlineData("nl-NL", "bel me maar")]
    [InlineData("nl-NL", "ja bel me maar")]
    [InlineData("en-US", "you can call me")]
    public async Task Asking_to_be_called_at_the_consent_question_is_a_yes_by_phone_and_the_number_is_asked(string locale, string call)
    {
        var conversation = await TypedConversation.AtTheConsentQuestionAsync(fixture.Host.Services, locale);

        var replies = await conversation.SayAsync(call);

        Assert.Equal(["yes"], conversation.State.Values["consultation_consent"]);
        Assert.Equal(["phone"], conversation.State.Values["contact_way"]);
        Assert.False(conversation.State.Values.ContainsKey("contact_address"));
        Assert.Contains(replies, reply => reply.Text.Contains(locale == "nl-NL" ? "Wat is je telefoonnummer?" : "What is your phone number?", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("nl-NL", "bel me maar niet")]
    [InlineData("nl-NL", "ja, maar hij checkt mijn telefoon")]
    public async Task A_refusal_or_a_phone_someone_checks_is_no_way_to_call(string locale, string answer)
    {
        var conversation = await TypedConversation.AtTheConsentQuestionAsync(fixture.Host.Services, locale);

        await conversation.SayAsync(answer);

        Assert.NotEqual(["phone"], conversation.State.Values.GetValueOrDefault("contact_way") ?? []);
    }

    /// <summary>Calling names is being put down, not shouting (round 33).</summary>
    [Theory]
    [InlineData("nl-NL", "de vader schreeuwt tegen de moeder", "shouting_or_screaming")]
    [InlineData("nl-NL", "de moeder scheldt de vader uit", "belittled_or_humiliated")]
    [InlineData("nl-NL", "de ouders schreeuwen tegen elkaar", "shouting_or_screaming")]
    [InlineData("en-US", "the dad yells at the mum", "shouting_or_screaming")]
    [InlineData("en-US", "the mother screams at the father", "shouting_or_screaming")]
    public async Task Parents_yelling_at_each_other_add_partner_violence_and_the_sign(string locale, string yelling, string sign)
    {
        var conversation = await TypedConversation.StartedAsync(fixture.Host.Services, locale);
        await conversation.SayAsync(locale == "nl-NL" ? "buur" : "neighbour");
        await conversation.SayAsync(locale == "nl-NL" ? "een gezin met drie kinderen" : "a family with three kids");
        Assert.Equal(["child"], conversation.State.Values["about"]);

        await conversation.SayAsync(yelling);

        Assert.Equal(["child", "partner"], conversation.State.Values["about"].Order());
        Assert.Contains(sign, conversation.State.Values["signals"]);
    }

    [Theory]
    [InlineData("nl-NL", "familie", "mijn zoon van 17 is de laatste tijd zo agressief", "hij heeft mij vorige week geduwd")]
    [InlineData("nl-NL", "familie", "mijn zoon is zo agressief", "hij slaat mij soms")]
    [InlineData("en-US", "family", "my 17 year old son has been so aggressive lately", "he pushed me last week")]
    public async Task A_mother_who_then_says_her_son_hurt_her_is_a_parent_harmed_by_her_child(string locale, string role, string story, string hurt)
    {
        var conversation = await TypedConversation.StartedAsync(fixture.Host.Services, locale);
        await conversation.SayAsync(role);
        await conversation.SayAsync(story);

        await conversation.SayAsync(hurt);

        Assert.Equal(["self"], conversation.State.Values["role"]);
        Assert.Equal(["parent_harmed_by_child"], conversation.State.Values["about"]);
    }

    [Theory]
    [InlineData("nl-NL", "mijn man slaat me", "ik schaam me zo", "ook mannen")]
    [InlineData("en-US", "my husband hits me", "i'm so ashamed", "men too")]
    public async Task The_shame_answer_fits_a_woman_as_well_as_a_man(string locale, string story, string shame, string assumed)
    {
        var conversation = await TypedConversation.StartedAsync(fixture.Host.Services, locale);
        await conversation.SayAsync(story);

        var replies = await conversation.SayAsync(shame);

        var answer = Assert.Single(replies, reply => reply.Text.Contains(locale == "nl-NL" ? "niet te schamen" : "don't need to be ashamed", StringComparison.Ordinal));
        Assert.DoesNotContain(assumed, answer.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("nl-NL", "mijn man slaat me en hij heeft me ook gewurgd", "Je zag", "Je merkte")]
    [InlineData("en-US", "my husband hits me and he has choked me", "You saw", "You noticed")]
    public async Task The_self_path_never_says_that_the_user_watched_it(string locale, string story, string saw, string noticed)
    {
        var conversation = await TypedConversation.StartedAsync(fixture.Host.Services, locale);

        await conversation.TypeUntilAsync("0800-2000", story, locale == "nl-NL" ? "ze heeft blauwe plekken" : "i have bruises", locale == "nl-NL" ? "klaar" : "done", locale == "nl-NL" ? "vaak" : "often", locale == "nl-NL" ? "klaar" : "done");

        Assert.DoesNotContain(conversation.AllTexts, text => text.Contains(saw, StringComparison.Ordinal) || text.Contains(noticed, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("en-US", "hi, i'm an au pair with a family here")]
    [InlineData("nl-NL", "ik ben au pair in een gezin")]
    [InlineData("nl-NL", "ik ben de oppas van twee kinderen")]
    public async Task An_au_pair_or_babysitter_is_someone_close_to_the_family(string locale, string first)
    {
        var conversation = await TypedConversation.StartedAsync(fixture.Host.Services, locale);

        await conversation.SayAsync(first);

        Assert.Equal(["family_friend"], conversation.State.Values["role"]);
    }

    [Theory]
    [InlineData("en-US", "he doesn't have a gun i think")]
    [InlineData("nl-NL", "hij heeft geen wapen denk ik")]
    public async Task No_weapon_told_before_the_serious_checklist_is_no_weapon_in_the_home(string locale, string noWeapon)
    {
        var conversation = await TypedConversation.StartedAsync(fixture.Host.Services, locale);
        await conversation.SayAsync(locale == "nl-NL" ? "buur" : "neighbour");
        await conversation.SayAsync(locale == "nl-NL" ? "een vrouw en haar man" : "a couple");

        await conversation.SayAsync(noWeapon);

        Assert.DoesNotContain("weapons_at_home", conversation.State.Values.GetValueOrDefault("serious_factors") ?? []);
    }

    [Theory]
    [InlineData("nl-NL", "hij is 19", "Is er nog meer?")]
    [InlineData("en-US", "he's 19", "Anything else?")]
    public async Task An_adult_brothers_age_at_the_signs_is_noted_not_misunderstood(string locale, string age, string more)
    {
        var conversation = await TypedConversation.StartedAsync(fixture.Host.Services, locale);
        await conversation.SayAsync(locale == "nl-NL" ? "ik ben 16" : "i'm 16");
        await conversation.SayAsync(locale == "nl-NL" ? "mijn broer slaat mijn moeder als hij boos is" : "my brother hits my mum when he is angry");

        var replies = await conversation.SayAsync(age);

        Assert.Contains(replies, reply => reply.Text.Contains(more, StringComparison.Ordinal));
        Assert.DoesNotContain(replies, reply => reply.Text.StartsWith(locale == "nl-NL" ? NotUnderstoodNl : NotUnderstoodEn, StringComparison.Ordinal));
    }
}
