namespace TakeABreak.Bot.Tests.Conversation.Understanding;

/// <summary>
/// What people typed in the lead's tries of the ninth session: a mother worried about her daughter of 24 and her
/// boyfriend was taken to be about a child at risk (and was shown the signs of child abuse); "haar ouders" (her parents)
/// was read as an older person ("ouders" and "oudere" share a stem); "ze zei dat ze tegen een deur was gelopen" was taken
/// as the daughter telling she is hurt, which the urgency then counted as a disclosure. The catalogue's `unless` phrases
/// say when a person type or sign is not meant.
/// </summary>
public sealed class GrownUpChildrenTests(ConversationHostFixture fixture) : IClassFixture<ConversationHostFixture>
{
    [Theory]
    [InlineData("nl-NL", "mijn dochter van 24 wordt geslagen door haar vriend")]
    [InlineData("nl-NL", "ik maak me zorgen om mijn volwassen dochter, haar man is heel controlerend")]
    [InlineData("nl-NL", "mijn zoon van 30 wordt door zijn vrouw gekleineerd en geslagen")]
    [InlineData("en-US", "my daughter is 27 and her boyfriend hits her")]
    [InlineData("en-US", "i'm worried about my 35 year old son, his wife controls everything he does")]
    public async Task A_grown_up_son_or_daughter_harmed_by_their_partner_is_about_a_partner_not_a_child(string locale, string story)
    {
        var conversation = new TypedConversation(fixture.Host.Services, locale);
        await conversation.StartAsync();

        await conversation.SayAsync(story);

        Assert.Equal(["partner"], conversation.State.Values["about"]);
    }

    [Theory]
    [InlineData("nl-NL", "mijn dochter van 8 wordt geslagen door haar vader")]
    [InlineData("en-US", "my son is 6 and his father hits him")]
    public async Task A_young_son_or_daughter_is_still_a_child(string locale, string story)
    {
        var conversation = new TypedConversation(fixture.Host.Services, locale);
        await conversation.StartAsync();

        await conversation.SayAsync(story);

        Assert.Contains("child", conversation.State.Values["about"]);
    }

    [Fact]
    public async Task Her_parents_are_not_an_older_person()
    {
        var conversation = new TypedConversation(fixture.Host.Services, "nl-NL");
        await conversation.StartAsync();

        await conversation.SayAsync("hij leest haar telefoon en ze mag niet meer zonder hem naar haar ouders");

        Assert.False(conversation.State.Values.ContainsKey("about") && conversation.State.Values["about"].Contains("older_person"));
    }

    [Theory]
    [InlineData("nl-NL", "de juf van mijn zoon: hij had een blauw oog en zei dat hij tegen een deur was gelopen")]
    [InlineData("en-US", "my pupil had a black eye and said that he fell off his bike")]
    public async Task An_excuse_for_an_injury_is_no_disclosure_but_an_injury_without_a_clear_explanation(string locale, string story)
    {
        var conversation = new TypedConversation(fixture.Host.Services, locale);
        await conversation.StartAsync();
        await conversation.SayAsync(locale == "nl-NL" ? "ik ben leerkracht" : "i am a teacher");

        await conversation.SayAsync(story);

        Assert.DoesNotContain("tells_they_are_hurt", conversation.State.Values.GetValueOrDefault("signals") ?? []);
    }

    [Theory]
    [InlineData("nl-NL", "een leerling zei dat haar vader haar slaat")]
    [InlineData("en-US", "a pupil told me that her dad hits her")]
    public async Task A_child_who_tells_of_being_hit_is_still_a_disclosure(string locale, string story)
    {
        var conversation = new TypedConversation(fixture.Host.Services, locale);
        await conversation.StartAsync();
        await conversation.SayAsync(locale == "nl-NL" ? "ik ben leerkracht" : "i am a teacher");

        await conversation.SayAsync(story);

        Assert.Contains("tells_they_are_hurt", conversation.State.Values.GetValueOrDefault("signals") ?? []);
    }
}
