namespace TakeABreak.Bot.Tests.Conversation.Understanding;

/// <summary>
/// A neighbour worried about children of four and six was told, in the lead's tries of the fourteenth session, to "find a
/// quiet moment to talk to the person alone". A bystander worried only about a child hears what to do when a child tells
/// them something (DOMAIN.md); with a partner in the story, talking to that person alone stays the advice.
/// </summary>
public sealed class NeighbourWorriedAboutChildrenTests(ConversationHostFixture fixture) : IClassFixture<ConversationHostFixture>
{
    [Theory]
    [InlineData("en-US", "i live next door to a family, the dad hits the kids", "Does a child tell you something?", "talk to the person alone")]
    [InlineData("nl-NL", "ik woon naast een gezin, de vader slaat de kinderen", "Vertelt een kind je iets?", "de persoon alleen te spreken")]
    public async Task A_bystander_worried_about_a_child_hears_what_to_do_when_a_child_tells(string locale, string story, string childAdvice, string personAlone)
    {
        var conversation = new TypedConversation(fixture.Host.Services, locale);
        await conversation.StartAsync();
        await conversation.SayAsync(story);

        await conversation.TypeUntilAsync(childAdvice, locale == "nl-NL" ? ["klaar", "vaak", "klaar"] : ["done", "often", "done"]);

        Assert.Contains(conversation.AllTexts, text => text.Contains(childAdvice, StringComparison.Ordinal));
        Assert.DoesNotContain(conversation.AllTexts, text => text.Contains(personAlone, StringComparison.Ordinal));
    }

    [Fact]
    public async Task With_a_partner_in_the_story_talking_to_that_person_alone_stays_the_advice()
    {
        var conversation = new TypedConversation(fixture.Host.Services, "nl-NL");
        await conversation.StartAsync();
        await conversation.SayAsync("ik woon naast een gezin, de vader slaat de moeder en de kinderen zijn erbij");

        await conversation.TypeUntilAsync("de persoon alleen te spreken", "klaar", "vaak", "klaar", "nee");

        Assert.Contains(conversation.AllTexts, text => text.Contains("de persoon alleen te spreken", StringComparison.Ordinal));
    }
}
