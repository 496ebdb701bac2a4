namespace TakeABreak.Bot.Tests.Conversation.Understanding;

/// <summary>
/// In the lead's tries of the ninth session a girl of 15 wrote "mn stiefvader doet raar tegen mij": the bot asked "Wie doet
/// jou pijn of maakt je bang?" with the answers "Een kind", "Een oudere", "Een ouder die wordt mishandeld door een kind"
/// (labels written for someone worried about another person), and did not see that her stepfather was meant.
/// </summary>
public sealed class WhoHurtsYouTests(ConversationHostFixture fixture) : IClassFixture<ConversationHostFixture>
{
    [Theory]
    [InlineData("nl-NL", "Mijn partner of ex-partner", "Iemand bij mij thuis, zoals mijn vader, moeder, verzorger, broer of zus (ik ben jonger dan 18)", "Mijn kind")]
    [InlineData("en-US", "My partner or ex-partner", "Someone at home, such as my father, mother, carer, brother or sister (I am under 18)", "My child")]
    public async Task Someone_it_happens_to_is_asked_who_hurts_them_in_their_own_words(string locale, params string[] answers)
    {
        var conversation = new TypedConversation(fixture.Host.Services, locale);
        await conversation.StartAsync();

        var replies = await conversation.SayAsync(locale == "nl-NL" ? "het gaat over mijzelf" : "it is about myself");

        var question = Assert.Single(replies, reply => reply.Text.StartsWith(locale == "nl-NL" ? "Wie doet jou pijn" : "Who hurts you", StringComparison.Ordinal));
        var titles = question.Checklist!.Options.Select(option => option.Title).ToList();
        foreach (var answer in answers)
        {
            Assert.Contains(answer, titles);
        }
    }

    [Theory]
    [InlineData("nl-NL", "ik ben 15 en mn stiefvader doet raar tegen mij")]
    [InlineData("en-US", "im 14 and my stepdad hits me when mum is at work")]
    [InlineData("nl-NL", "mijn broer slaat me")]
    [InlineData("nl-NL", "ik ben 13 en mijn broer heeft me geschopt")]
    [InlineData("en-US", "my brother hits me")]
    public async Task A_young_person_hurt_by_a_parent_brother_or_sister_is_about_someone_at_home(string locale, string story)
    {
        var conversation = new TypedConversation(fixture.Host.Services, locale);
        await conversation.StartAsync();

        await conversation.SayAsync(story);

        Assert.Equal(["self"], conversation.State.Values["role"]);
        Assert.Equal(["child"], conversation.State.Values["about"]);
    }

    [Fact]
    public async Task A_parent_who_types_my_child_on_the_path_for_people_it_happens_to_is_harmed_by_their_child()
    {
        var conversation = new TypedConversation(fixture.Host.Services, "nl-NL");
        await conversation.StartAsync();
        await conversation.SayAsync("het gaat over mijzelf");

        await conversation.SayAsync("mijn kind");

        Assert.Equal(["parent_harmed_by_child"], conversation.State.Values["about"]);
    }
}
