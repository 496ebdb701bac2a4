namespace TakeABreak.Bot.Tests.Conversation.Understanding;

/// <summary>
/// What a grandmother typed in the lead's tries of the tenth session: "ik maak me zorgen om mijn kleinkinderen" and
/// "mijn schoonzoon drinkt veel" left the question who she is unanswered, again and again; "de oudste plast weer in bed"
/// and "ze hebben weer ruzie" were taken as "er is een wapen in huis", because the Dutch stemmer makes "geweer" (gun)
/// and "weer" (again) the same word. A noun that only starts with "ge" is not a participle.
/// </summary>
public sealed class GrandparentTests(ConversationHostFixture fixture) : IClassFixture<ConversationHostFixture>
{
    [Theory]
    [InlineData("nl-NL", "ik maak me zorgen om mijn kleinkinderen")]
    [InlineData("nl-NL", "mijn schoonzoon drinkt veel en dan schreeuwt hij tegen de kinderen")]
    [InlineData("nl-NL", "ik ben oma en ik maak me zorgen over mijn kleinzoon")]
    [InlineData("nl-NL", "mijn schoondochter is heel hard tegen mijn kleindochter")]
    [InlineData("en-US", "i'm worried about my grandchildren")]
    [InlineData("en-US", "my son in law drinks and shouts at the kids")]
    public async Task A_grandparent_or_in_law_is_family(string locale, string story)
    {
        var conversation = new TypedConversation(fixture.Host.Services, locale);
        await conversation.StartAsync();

        await conversation.SayAsync(story);

        Assert.Equal(["family_friend"], conversation.State.Values["role"]);
    }

    [Theory]
    [InlineData("ze hebben weer ruzie")]
    [InlineData("de oudste van 8 plast weer in bed en is bang voor hem")]
    [InlineData("hij komt steeds weer terug")]
    [InlineData("het weer is slecht en de kinderen zijn de hele dag binnen")]
    public async Task Again_is_no_gun(string story)
    {
        var conversation = new TypedConversation(fixture.Host.Services, "nl-NL");
        await conversation.StartAsync();
        await conversation.SayAsync("buur");

        await conversation.SayAsync(story);

        Assert.DoesNotContain("weapons_at_home", conversation.State.Values.GetValueOrDefault("serious_factors") ?? []);
    }

    [Theory]
    [InlineData("hij heeft een geweer in de kast")]
    [InlineData("er liggen wapens in de schuur")]
    public async Task A_gun_is_still_a_gun(string story)
    {
        var conversation = new TypedConversation(fixture.Host.Services, "nl-NL");
        await conversation.StartAsync();
        await conversation.SayAsync("buur");

        await conversation.SayAsync(story);

        Assert.Contains("weapons_at_home", conversation.State.Values.GetValueOrDefault("serious_factors") ?? []);
    }
}
