namespace TakeABreak.Bot.Tests.Conversation.Understanding;

/// <summary>
/// What playing whole conversations in session 18 found: an older woman's grown son who lives with her was taken as a
/// child who sees the violence; a woman of 79 who does not dare to speak up heard about De Kindertelefoon; a girl of 14
/// who told about her mother's boyfriend was asked who she is again, and was offered a Moviera request as if she were
/// an adult neighbour.
/// </summary>
public sealed class PlayedConversationsTests(ConversationHostFixture fixture) : IClassFixture<ConversationHostFixture>
{
    [Theory]
    [InlineData("en-US", "I'm worried about my neighbour, she is 81", "her son lives with her and shouts at her, she has bruises on her arms")]
    [InlineData("en-US", "my grandmother is 84", "my uncle, her son, is living with her and takes her money")]
    [InlineData("nl-NL", "ik maak me zorgen om mijn buurvrouw van 84", "haar zoon woont bij haar in en schreeuwt tegen haar, ze heeft blauwe plekken")]
    public async Task A_grown_son_who_lives_with_an_older_woman_is_no_child_who_sees_it(string locale, string first, string story)
    {
        var conversation = new TypedConversation(fixture.Host.Services, locale);
        await conversation.StartAsync();
        await conversation.SayAsync(first);

        await conversation.SayAsync(story);

        Assert.Equal(["older_person"], conversation.State.Values["about"]);
        Assert.DoesNotContain("children_present", conversation.State.Values.GetValueOrDefault("serious_factors") ?? []);
        Assert.DoesNotContain(conversation.AllTexts, text => text.Contains("children see or hear it", StringComparison.OrdinalIgnoreCase) || text.Contains("kinderen zien of horen het", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task Children_who_see_it_are_still_noticed_next_to_a_partner()
    {
        var conversation = new TypedConversation(fixture.Host.Services, "en-US");
        await conversation.StartAsync();

        await conversation.SayAsync("my neighbour's husband hits her and the kids see it");

        Assert.Contains("children_present", conversation.State.Values.GetValueOrDefault("serious_factors") ?? []);
    }

    [Theory]
    [InlineData("nl-NL", "ik ben 79 en mijn zoon pakt mijn geld af", "ik durf er niks van te zeggen")]
    [InlineData("nl-NL", "mijn man slaat me", "ik durf het niemand te vertellen")]
    [InlineData("en-US", "my husband hits me", "i'm too scared to tell anyone")]
    public async Task An_adult_who_does_not_dare_to_tell_gets_Veilig_Thuis_and_no_line_meant_for_children(string locale, string story, string fear)
    {
        var conversation = new TypedConversation(fixture.Host.Services, locale);
        await conversation.StartAsync();
        await conversation.SayAsync(story);

        var replies = await conversation.SayAsync(fear);

        var texts = string.Join("\n", replies.Select(reply => reply.Text));
        Assert.Contains("0800-2000", texts);
        Assert.Contains(locale == "nl-NL" ? "niet jouw schuld" : "not your fault", texts);
        Assert.DoesNotContain("0800-0432", texts);
    }

    [Theory]
    [InlineData("ik ben 14 en de vriend van mijn moeder slaat haar")]
    [InlineData("ik ben 14. mijn moeder wordt geslagen door haar vriend")]
    [InlineData("ik ben 14 en de man van mijn moeder slaat haar")]
    public async Task A_child_of_14_who_tells_about_the_mothers_boyfriend_is_not_asked_who_they_are_again(string story)
    {
        var conversation = new TypedConversation(fixture.Host.Services);
        await conversation.StartAsync();

        var replies = await conversation.SayAsync(story);

        Assert.Equal(["self"], conversation.State.Values["role"]);
        Assert.Equal(["child"], conversation.State.Values["about"]);
        Assert.DoesNotContain(replies, reply => reply.Text == "Wat past het best bij jou?");
    }

    [Fact]
    public async Task A_child_of_14_hears_De_Kindertelefoon_and_Veilig_Thuis_and_may_still_ask_for_someone_instead_of_a_Moviera_request()
    {
        var conversation = new TypedConversation(fixture.Host.Services);
        await conversation.StartAsync();
        await conversation.SayAsync("ik ben 14 en de vriend van mijn moeder slaat haar");

        var turns = await conversation.TypeUntilAsync("Had je iets aan dit gesprek?", "klaar", "vaak", "klaar");

        Assert.NotNull(turns);
        var texts = string.Join("\n", conversation.AllTexts);
        Assert.Contains("0800-0432", texts);
        Assert.Contains("0800-2000", texts);
        Assert.Contains("ik wil iemand spreken", texts);
        Assert.DoesNotContain("Wil je dit bespreken met iemand van Moviera?", texts);

        var asked = await conversation.SayAsync("ik wil met iemand praten");

        Assert.Contains(asked, reply => reply.Text.Contains("De Kindertelefoon: 0800-0432", StringComparison.Ordinal));
        Assert.Contains(asked, reply => reply.Text == "Vind je het goed dat we dit naar Moviera sturen?");
    }

    [Theory]
    [InlineData("nl-NL", "mijn zoon van 17 is steeds agressiever, vorige week heeft hij me geduwd en hij scheldt me uit")]
    [InlineData("en-US", "my son is getting more aggressive, last week he pushed me")]
    public async Task A_parent_whose_son_pushes_them_is_a_parent_not_a_young_person_at_home(string locale, string story)
    {
        var conversation = new TypedConversation(fixture.Host.Services, locale);
        await conversation.StartAsync();

        await conversation.SayAsync(story);

        Assert.Equal(["self"], conversation.State.Values["role"]);
        Assert.Equal(["parent_harmed_by_child"], conversation.State.Values["about"]);
    }

    [Theory]
    [InlineData("en-US", "my neighbour's husband hits her, I hear it often")]
    [InlineData("en-US", "my sister's husband hits her")]
    [InlineData("nl-NL", "mijn buurvrouw haar man slaat haar")]
    public async Task Someone_elses_husband_who_hits_her_is_not_the_writers_own_partner(string locale, string story)
    {
        var conversation = new TypedConversation(fixture.Host.Services, locale);
        await conversation.StartAsync();

        await conversation.SayAsync(story);

        Assert.NotEqual(["self"], conversation.State.Values.GetValueOrDefault("role") ?? []);
        Assert.Equal(["partner"], conversation.State.Values["about"]);
    }

    [Fact]
    public async Task Nee_wacht_at_a_yes_no_question_is_no_nee()
    {
        var conversation = new TypedConversation(fixture.Host.Services, "nl-NL", channel: "msteams");
        await conversation.StartAsync();
        await conversation.SayAsync("ik ben leerkracht groep 6, een meisje komt steeds met blauwe plekken en zegt dat ze van de trap is gevallen");
        await conversation.SayAsync("klaar");
        Assert.NotNull(await conversation.TypeUntilAsync("Wil je de stappen één voor één zien?", "klaar"));
        await conversation.SayAsync("een paar keer");

        var replies = await conversation.SayAsync("nee wacht, het is al vaker gebeurd, vaak");

        Assert.DoesNotContain(replies, reply => reply.Text.StartsWith("Ik begrijp: nee", StringComparison.Ordinal));
        Assert.DoesNotContain(replies, reply => reply.Text.Contains("afwegingskader", StringComparison.Ordinal));
        Assert.Contains(replies, reply => reply.Text == "Wil je de stappen één voor één zien?");
    }

    [Fact]
    public async Task An_adult_neighbour_is_still_offered_a_Moviera_request()
    {
        var conversation = new TypedConversation(fixture.Host.Services);
        await conversation.StartAsync();
        await conversation.SayAsync("mijn buurvrouw wordt geslagen door haar man, ik hoor het vaak");

        Assert.NotNull(await conversation.TypeUntilAsync("Wil je dit bespreken met iemand van Moviera?", "klaar", "klaar"));
    }
}
