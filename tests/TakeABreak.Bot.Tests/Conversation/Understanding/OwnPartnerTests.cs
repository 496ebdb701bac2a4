namespace TakeABreak.Bot.Tests.Conversation.Understanding;

/// <summary>
/// In the lead's typed conversations of the thirteenth session a woman wrote "mijn vriend bepaalt alles, ik mag niet meer
/// alleen naar mijn familie": the bot took her for a family member or friend worried about a partner, and read no sign.
/// "Mijn man" alone, typed at the first question, was read as a partner without seeing that she meant her own husband.
/// </summary>
public sealed class OwnPartnerTests(ConversationHostFixture fixture) : IClassFixture<ConversationHostFixture>
{
    [Theory]
    [InlineData("nl-NL", "mijn vriend bepaalt alles, ik mag niet meer alleen naar mijn familie")]
    [InlineData("nl-NL", "ik mag niet alleen naar mijn vriendinnen van mijn man")]
    [InlineData("nl-NL", "mijn man bepaalt met wie ik omga")]
    [InlineData("en-US", "my boyfriend decides everything, i'm not allowed to see my family on my own anymore")]
    [InlineData("en-US", "my husband won't let me go to my family alone")]
    public async Task A_partner_who_decides_whom_she_may_see_is_her_own_partner_controlling_her_contacts(string locale, string story)
    {
        var conversation = new TypedConversation(fixture.Host.Services, locale);
        await conversation.StartAsync();

        await conversation.SayAsync(story);

        Assert.Equal(["self"], conversation.State.Values["role"]);
        Assert.Equal(["partner"], conversation.State.Values["about"]);
        Assert.Contains("controls_contacts", conversation.State.Values.GetValueOrDefault("signals") ?? []);
    }

    [Theory]
    [InlineData("nl-NL", "hij bepaalt alles, ik mag niet meer naar mijn familie")]
    [InlineData("en-US", "he decides everything, i'm not allowed to go anywhere alone")]
    public async Task He_decides_everything_and_i_may_not_is_about_herself_and_control(string locale, string story)
    {
        var conversation = new TypedConversation(fixture.Host.Services, locale);
        await conversation.StartAsync();

        await conversation.SayAsync(story);

        Assert.Equal(["self"], conversation.State.Values["role"]);
        Assert.Contains("controls_contacts", conversation.State.Values.GetValueOrDefault("signals") ?? []);
    }

    [Theory]
    [InlineData("nl-NL", "mijn man")]
    [InlineData("nl-NL", "mijn vriend")]
    [InlineData("nl-NL", "mijn ex")]
    [InlineData("en-US", "my husband")]
    [InlineData("en-US", "my boyfriend")]
    public async Task My_husband_alone_is_about_her_own_partner(string locale, string answer)
    {
        var conversation = new TypedConversation(fixture.Host.Services, locale);
        await conversation.StartAsync();

        await conversation.SayAsync(answer);

        Assert.Equal(["self"], conversation.State.Values["role"]);
        Assert.Equal(["partner"], conversation.State.Values["about"]);
    }

    [Theory]
    [InlineData("nl-NL", "mijn man en ik horen de buren elke nacht ruzie maken")]
    [InlineData("nl-NL", "mijn vriendin wordt door haar man geslagen")]
    [InlineData("en-US", "my husband and i hear the neighbours fighting every night")]
    [InlineData("nl-NL", "ik ben leerkracht en ik mag niet zomaar iets melden toch")]
    [InlineData("nl-NL", "ik ben de buurvrouw, mag ik niet gewoon de politie bellen?")]
    public async Task Someone_who_names_her_own_partner_beside_the_story_of_others_is_no_one_it_happens_to(string locale, string story)
    {
        var conversation = new TypedConversation(fixture.Host.Services, locale);
        await conversation.StartAsync();

        await conversation.SayAsync(story);

        Assert.NotEqual(["self"], conversation.State.Values.GetValueOrDefault("role") ?? []);
    }

    [Theory]
    [InlineData("nl-NL", "mijn vriend wordt snel boos en dan gooit hij met spullen")]
    [InlineData("nl-NL", "mijn man is de laatste tijd zo agressief")]
    [InlineData("nl-NL", "mijn vrouw slaat als ze gedronken heeft")]
    [InlineData("en-US", "my boyfriend gets angry fast and then he throws things")]
    [InlineData("en-US", "my wife is so aggressive lately")]
    public async Task Her_own_partner_who_turns_angry_or_violent_is_about_herself(string locale, string story)
    {
        var conversation = new TypedConversation(fixture.Host.Services, locale);
        await conversation.StartAsync();

        await conversation.SayAsync(story);

        Assert.Equal(["self"], conversation.State.Values.GetValueOrDefault("role") ?? []);
        Assert.Equal(["partner"], conversation.State.Values.GetValueOrDefault("about") ?? []);
    }

    [Theory]
    [InlineData("nl-NL", "mijn vriend slaat zijn vriendin")]
    [InlineData("nl-NL", "mijn vriendin wordt snel boos op haar kinderen")]
    [InlineData("en-US", "my friend hits his wife")]
    public async Task A_friend_who_harms_someone_else_is_not_her_own_story(string locale, string story)
    {
        var conversation = new TypedConversation(fixture.Host.Services, locale);
        await conversation.StartAsync();

        await conversation.SayAsync(story);

        Assert.NotEqual(["self"], conversation.State.Values.GetValueOrDefault("role") ?? []);
    }
}
