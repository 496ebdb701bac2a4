namespace TakeABreak.Bot.Tests.Conversation.Understanding;

/// <summary>
/// Typed stories and answers that used to go wrong: who the user is against whom a kin word is about, an older person's
/// son or daughter, the which-question, checklist answers in people's own time words, and signs described by their parts.
/// </summary>
public sealed class TypedStoryTests(ConversationHostFixture fixture) : IClassFixture<ConversationHostFixture>
{
    [Fact]
    public async Task A_GP_worried_about_an_older_woman_whose_son_takes_her_money_is_a_professional_about_an_older_person()
    {
        var conversation = new TypedConversation(fixture.Host.Services, "en-US");
        await conversation.StartAsync();

        var replies = await conversation.SayAsync("I'm a GP and I'm worried about an older woman whose son takes her money");

        Assert.Equal(["professional"], conversation.State.Values["role"]);
        Assert.Equal(["health"], conversation.State.Values["field"]);
        Assert.Equal(["older_person"], conversation.State.Values["about"]);
        Assert.DoesNotContain(replies, reply => reply.Choices.Any(choice => choice.Id == "family_friend"));
        Assert.StartsWith("I understood: you are asking for your work", replies[0].Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_older_mans_daughter_who_decides_everything_is_not_a_child_at_risk()
    {
        var conversation = new TypedConversation(fixture.Host.Services);
        await conversation.StartAsync();

        await conversation.SayAsync("ik ben wijkverpleegkundige, een oudere man, zijn dochter beslist over alles");

        Assert.Equal(["professional"], conversation.State.Values["role"]);
        Assert.Equal(["older_person"], conversation.State.Values["about"]);
    }

    [Fact]
    public async Task The_which_question_comes_after_what_was_understood_and_keeps_its_two_options_after_a_plain_yes()
    {
        var conversation = new TypedConversation(fixture.Host.Services);
        await conversation.StartAsync();

        var replies = await conversation.SayAsync("ik ben buurvrouw en ook collega, ik hoor haar man schreeuwen");

        var understood = replies.ToList().FindIndex(reply => reply.Text.StartsWith("Ik begrijp:", StringComparison.Ordinal));
        var which = replies.ToList().FindIndex(reply => reply.Choices.Count == 2);
        Assert.InRange(understood, 0, which - 1);

        replies = await conversation.SayAsync("ja");
        Assert.Equal(["neighbour", "colleague"], replies[^1].Choices.Select(choice => choice.Id));

        await conversation.SayAsync("2");
        Assert.Equal(["colleague"], conversation.State.Values["role"]);
    }

    [Theory]
    [InlineData("bijna elke avond", "frequency_often")]
    [InlineData("ik weet niet hoe vaak, wel elke week", "frequency_often")]
    [InlineData("een keer of drie per week", "frequency_often")]
    [InlineData("een paar keer per jaar", "frequency_sometimes")]
    public async Task How_often_is_understood_from_time_words(string answer, string expected)
    {
        var conversation = await AtTheSignsAsync("mijn buurvrouw en haar man");
        await conversation.SayAsync("ik hoor geschreeuw");
        await conversation.SayAsync("klaar");

        await conversation.SayAsync(answer);

        Assert.Equal([expected], conversation.State.Values["frequency"]);
    }

    [Theory]
    [InlineData("mijn buurvrouw en haar man", "er wordt met dingen gegooid", "banging_or_breaking")]
    [InlineData("een oudere man", "zijn dochter is doodmoe van de zorg", "exhausted_carer")]
    [InlineData("een oude dame", "haar zoon beheert al haar geld", "no_control_over_own_money")]
    public async Task Signs_are_understood_from_their_parts(string about, string answer, string expected)
    {
        var conversation = await AtTheSignsAsync(about);

        await conversation.SayAsync(answer);

        Assert.Equal([expected], conversation.State.Values["signals"]);
    }

    [Fact]
    public async Task A_neighbour_who_often_hears_shouting_is_advised_to_talk_it_through_not_only_informed()
    {
        var conversation = new TypedConversation(fixture.Host.Services);
        await conversation.StartAsync();

        var replies = await conversation.SayAsync("ik maak me zorgen om mijn buurvrouw, ik hoor haar man vaak schreeuwen");
        Assert.StartsWith("Wat heb je gemerkt?", replies[^1].Text, StringComparison.Ordinal);
        await conversation.SayAsync("verder niks");
        replies = await conversation.SayAsync("nee");

        Assert.Contains(replies, reply => reply.Text.StartsWith("Zorgelijk:", StringComparison.Ordinal));
        Assert.DoesNotContain(replies, reply => reply.Text.StartsWith("Informatie:", StringComparison.Ordinal));
    }

    private async Task<TypedConversation> AtTheSignsAsync(string about)
    {
        var conversation = new TypedConversation(fixture.Host.Services);
        await conversation.StartAsync();
        await conversation.SayAsync("ik ben de buurvrouw");
        await conversation.SayAsync(about);
        return conversation;
    }
}
