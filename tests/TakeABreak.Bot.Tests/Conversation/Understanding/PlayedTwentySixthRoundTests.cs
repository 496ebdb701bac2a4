namespace TakeABreak.Bot.Tests.Conversation.Understanding;

/// <summary>
/// What playing whole typed conversations found in the twenty-sixth round (issue "understanding people"): "bijna elke
/// avond" at "Hoe vaak?", the carer's sign ticked for a "he" who is her husband, "nee wacht, het is vaak" that did not
/// correct "een paar keer", and a child who sees or hears the violence noted only as "someone is hit".
/// </summary>
public sealed class PlayedTwentySixthRoundTests(ConversationHostFixture fixture) : IClassFixture<ConversationHostFixture>
{
    [Theory]
    [InlineData("nl-NL", "mijn buurvrouw wordt geslagen door haar man", "klaar", "bijna elke avond")]
    [InlineData("nl-NL", "mijn buurvrouw wordt geslagen door haar man", "klaar", "zo goed als elke avond")]
    [InlineData("nl-NL", "mijn man slaat me", "klaar", "het gebeurt bijna iedere avond wel")]
    [InlineData("en-US", "my neighbour's husband hits her", "done", "almost every evening")]
    [InlineData("en-US", "my husband hits me", "done", "pretty much every evening")]
    [InlineData("en-US", "my neighbour's husband hits her", "done", "most evenings")]
    public async Task Almost_every_evening_at_how_often_is_often(string locale, string story, string done, string howOften)
    {
        var conversation = await TypedConversation.StartedAsync(fixture.Host.Services, locale);
        await conversation.SayAsync(story);
        Assert.NotNull(await conversation.TypeUntilAsync(locale == "nl-NL" ? "Hoe vaak gebeurt het?" : "How often does it happen?", done));

        var replies = await conversation.SayAsync(howOften);

        Assert.Equal(["frequency_often"], conversation.State.Values.GetValueOrDefault("frequency") ?? []);
        Assert.DoesNotContain(replies, reply => reply.Text is "Hoe vaak gebeurt het?" or "How often does it happen?");
    }

    /// <summary>"He" is the carer only when the message names one; her own husband who frightens her is no carer.</summary>
    [Theory]
    [InlineData("en-US", "I'm worried about my mother, she is 82 and lives with my father", "she seems scared when he is around")]
    [InlineData("en-US", "my grandmother is 84 and her husband is very jealous", "she goes quiet when he is there")]
    [InlineData("nl-NL", "ik maak me zorgen om mijn moeder van 80, ze woont met mijn vader", "ze lijkt bang als hij erbij is")]
    [InlineData("nl-NL", "mijn oma is 86 en woont samen met opa", "ze zegt niks als hij in de buurt is")]
    public async Task A_he_who_is_not_named_as_her_carer_does_not_tick_the_carer_sign(string locale, string first, string worry)
    {
        var conversation = await TypedConversation.StartedAsync(fixture.Host.Services, locale);
        await conversation.SayAsync(first);
        Assert.Contains("older_person", conversation.State.Values.GetValueOrDefault("about") ?? []);

        await conversation.SayAsync(worry);

        Assert.DoesNotContain("different_when_carer_present", conversation.State.Values.GetValueOrDefault("signals") ?? []);
    }

    [Theory]
    [InlineData("nl-NL", "ik ben wijkverpleegkundige", "een cliënte van 82, haar zoon woont bij haar in en zorgt voor haar, ze durft niets te zeggen als hij erbij is")]
    [InlineData("en-US", "I'm worried about my grandmother, she is 84", "her carer comes every day and she goes quiet when he is around")]
    [InlineData("en-US", "I'm worried about my grandmother, she is 84", "her son looks after her and she seems different when he is there")]
    public async Task A_he_named_as_her_carer_in_the_same_message_still_ticks_the_carer_sign(string locale, string first, string worry)
    {
        var conversation = await TypedConversation.StartedAsync(fixture.Host.Services, locale);
        await conversation.SayAsync(first);

        await conversation.SayAsync(worry);

        Assert.Contains("different_when_carer_present", conversation.State.Values.GetValueOrDefault("signals") ?? []);
    }

    [Theory]
    [InlineData("nl-NL", "klaar", "een paar keer", "nee wacht, het is vaak", "frequency_often")]
    [InlineData("nl-NL", "klaar", "een paar keer", "wacht even, eigenlijk gebeurt het vaak", "frequency_often")]
    [InlineData("nl-NL", "klaar", "vaak", "nee wacht, maar een paar keer", "frequency_sometimes")]
    [InlineData("en-US", "done", "a few times", "no wait, it's often", "frequency_often")]
    [InlineData("en-US", "done", "once", "hold on, it is more like every week", "frequency_often")]
    public async Task Nee_wacht_with_another_answer_corrects_how_often(string locale, string done, string first, string correction, string expected)
    {
        var dutch = locale == "nl-NL";
        var conversation = await TypedConversation.StartedAsync(fixture.Host.Services, locale);
        await conversation.SayAsync(dutch ? "mijn buurvrouw wordt geslagen door haar man" : "my neighbour's husband hits her");
        await conversation.SayAsync(done);
        await conversation.SayAsync(first);

        var replies = await conversation.SayAsync(correction);

        Assert.Equal([expected], conversation.State.Values.GetValueOrDefault("frequency") ?? []);
        Assert.False(conversation.State.Values.ContainsKey("urgency"), "the checklist of serious things is not closed as 'none' by the 'nee' of 'nee wacht'");
        Assert.Contains(replies, reply => reply.Checklist is not null);
    }

    [Theory]
    [InlineData("nl-NL", "nee wacht, ze heeft ook blauwe plekken")]
    [InlineData("en-US", "no wait, she also has bruises")]
    public async Task Nee_wacht_at_the_serious_checklist_is_no_none_and_the_sign_told_is_kept(string locale, string message)
    {
        var dutch = locale == "nl-NL";
        var conversation = await TypedConversation.StartedAsync(fixture.Host.Services, locale);
        await conversation.SayAsync(dutch ? "mijn buurvrouw wordt geslagen door haar man" : "my neighbour's husband hits her");
        await conversation.SayAsync(dutch ? "klaar" : "done");
        await conversation.SayAsync(dutch ? "een paar keer" : "a few times");

        await conversation.SayAsync(message);

        Assert.Contains("unexplained_injuries", conversation.State.Values.GetValueOrDefault("signals") ?? []);
        Assert.False(conversation.State.Values.ContainsKey("urgency"));
    }

    /// <summary>A child who sees or hears the violence is a child who witnesses it (DOMAIN.md: that is child abuse too).</summary>
    [Theory]
    [InlineData("nl-NL", "de kinderen horen het als hij schreeuwt en slaat")]
    [InlineData("nl-NL", "de kinderen zien hoe hij haar slaat")]
    [InlineData("en-US", "the kids hear it when he shouts and hits")]
    [InlineData("en-US", "the children see him hit her")]
    public async Task Children_who_see_or_hear_it_are_noted_as_witnesses(string locale, string story)
    {
        var conversation = await TypedConversation.StartedAsync(fixture.Host.Services, locale);

        await conversation.SayAsync(story);

        var signals = conversation.State.Values.GetValueOrDefault("signals") ?? [];
        Assert.Contains("physical_violence", signals);
        Assert.Contains("child_hears_fighting", signals);
    }

    /// <summary>A mother whose child sees the child's father hit her: it is about her partner, with children who see it.</summary>
    [Theory]
    [InlineData("nl-NL", "mijn zoon ziet hoe zijn vader mij slaat")]
    [InlineData("nl-NL", "mijn dochter van 6 ziet hoe haar vader mij slaat")]
    [InlineData("nl-NL", "mijn man slaat me en de kinderen zien het")]
    [InlineData("en-US", "my son watches his dad hit me")]
    [InlineData("en-US", "my daughter hears him hit me")]
    public async Task A_mother_whose_child_sees_her_hit_tells_about_her_partner_and_a_child_who_sees_it(string locale, string story)
    {
        var conversation = await TypedConversation.StartedAsync(fixture.Host.Services, locale);

        await conversation.SayAsync(story);

        Assert.Equal(["self"], conversation.State.Values.GetValueOrDefault("role") ?? []);
        Assert.DoesNotContain("parent_harmed_by_child", conversation.State.Values.GetValueOrDefault("about") ?? []);
        Assert.Contains("physical_violence", conversation.State.Values.GetValueOrDefault("signals") ?? []);
        Assert.Contains("children_present", conversation.State.Values.GetValueOrDefault("serious_factors") ?? []);
    }

    [Theory]
    [InlineData("nl-NL", "ik ben 12 en ik zie hoe mijn vader mijn moeder slaat")]
    [InlineData("en-US", "im 13 and i see my dad hit my mum")]
    public async Task A_young_person_who_sees_it_at_home_ticks_I_see_or_hear_it(string locale, string story)
    {
        var conversation = await TypedConversation.StartedAsync(fixture.Host.Services, locale);

        await conversation.SayAsync(story);

        Assert.Equal(["child"], conversation.State.Values.GetValueOrDefault("about") ?? []);
        Assert.Contains("child_hears_fighting", conversation.State.Values.GetValueOrDefault("signals") ?? []);
    }
}
