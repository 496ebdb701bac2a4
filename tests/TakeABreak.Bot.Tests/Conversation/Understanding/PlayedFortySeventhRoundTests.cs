namespace TakeABreak.Bot.Tests.Conversation.Understanding;

/// <summary>
/// What playing professionals (a GP, a teacher, a wijkteam worker, a home care nurse, a volunteer) typing their own sentences
/// found in the forty-seventh round, in Teams and in the widget: "wat vraagt de meldcode nu van mij?" got only what the Meldcode
/// is, "wat moet ik precies opschrijven?" and "kan ik overleggen zonder naam te noemen?" were not understood, "moet ik dit
/// melden?" with a case got the general answer, and a young person at home kept the role of a relative.
/// </summary>
public sealed class PlayedFortySeventhRoundTests(ConversationHostFixture fixture) : IClassFixture<ConversationHostFixture>
{
    private static bool Dutch(string locale) => locale == "nl-NL";

    private static string LivesAtHomeQuestion(string locale) =>
        Dutch(locale) ? "Woon je zelf bij hen thuis? En ben je jonger dan 18?" : "Do you live with them yourself? And are you under 18?";

    /// <summary>
    /// A young person at home who first read as a relative ("mijn stiefvader slaat mijn moeder", then "ja ik ben 15") goes on as
    /// the young person it is about, as "ik ben 15 en mijn stiefvader slaat mijn moeder" does at once: the checklist for
    /// someone it happens to ("Wat gebeurt er bij jou?"), no longer a relative's.
    /// </summary>
    [Theory]
    [InlineData("nl-NL", "mijn stiefvader slaat mijn moeder|ja ik ben 15", "Wat gebeurt er bij jou?")]
    [InlineData("en-GB", "my stepdad hits my mum|yes im 15", "What is happening to you?")]
    [InlineData("nl-NL", "papa slaat mama|15", "Wat gebeurt er bij jou?")]
    public async Task A_young_person_at_home_goes_on_as_the_young_person_not_as_a_relative(string locale, string said, string checklist)
    {
        var conversation = await TypedConversation.StartedAsync(fixture.Host.Services, locale);

        var replies = await conversation.SayEachAsync(said);

        Assert.Equal(["self"], conversation.State.Values["role"]);
        Assert.Equal(["child"], conversation.State.Values["about"]);
        Assert.Contains("child_hears_fighting", conversation.State.Values["signals"]);
        Assert.Contains(replies, reply => reply.Text.Contains(checklist, StringComparison.Ordinal));
    }

    /// <summary>
    /// A role of a relative chosen earlier ("familie") and then "ik ben 15 en mijn stiefvader slaat mijn moeder": the age was
    /// told, so the bot does not ask whether they are under 18, and goes on as the young person.
    /// </summary>
    [Theory]
    [InlineData("nl-NL", "familie", "ik ben 15 en mijn stiefvader slaat mijn moeder")]
    [InlineData("nl-NL", "ik ben familie", "ik ben 14, mijn vader slaat mijn moeder")]
    [InlineData("en-GB", "family", "im 15 and my stepdad hits my mum")]
    public async Task A_relative_by_the_first_answer_who_tells_a_young_age_and_the_parents_is_not_asked_again(string locale, string role, string story)
    {
        var conversation = await TypedConversation.StartedAsync(fixture.Host.Services, locale);
        await conversation.SayAsync(role);

        var replies = await conversation.SayAsync(story);

        Assert.DoesNotContain(replies, reply => reply.Text == LivesAtHomeQuestion(locale));
        Assert.Equal(["self"], conversation.State.Values["role"]);
        Assert.Equal(["child"], conversation.State.Values["about"]);
        Assert.Single(conversation.AllTexts, text => text.Contains("0800-0432", StringComparison.Ordinal));
    }

    /// <summary>The young person's request to Moviera says who asks: a young person, not a relative.</summary>
    [Fact]
    public async Task A_young_person_at_home_who_asks_for_someone_is_no_relative_in_the_request()
    {
        var conversation = await TypedConversation.StartedAsync(fixture.Host.Services, "nl-NL");
        await conversation.SayEachAsync("mijn stiefvader slaat mijn moeder|ja ik ben 15|klaar|vaak|nee");

        await conversation.SayAsync("ik wil iemand spreken");

        Assert.Equal(["self"], conversation.State.Values["role"]);
        Assert.Contains(conversation.AllTexts, text => text.Contains("De Kindertelefoon: 0800-0432", StringComparison.Ordinal));
    }
}
