namespace TakeABreak.Bot.Tests.Conversation.Understanding;

/// <summary>
/// In the lead's typed conversations of the thirteenth session a mother wrote "ik maak me zorgen om mijn dochter" (read as a
/// child at risk) and at the signs added "ze is 24 en woont samen met haar vriend": the bot did not understand it and kept
/// showing the signs of child abuse. A later message that says the earlier answer is not meant, and names another, changes
/// whom it is about.
/// </summary>
public sealed class CorrectedLaterTests(ConversationHostFixture fixture) : IClassFixture<ConversationHostFixture>
{
    [Theory]
    [InlineData("nl-NL", "ik maak me zorgen om mijn dochter", "ze is 24 en woont samen met haar vriend")]
    [InlineData("nl-NL", "mijn dochter wordt slecht behandeld", "ze is al 30, haar man kleineert haar")]
    [InlineData("nl-NL", "ik maak me zorgen om mijn zoon", "hij is 28 en woont samen met zijn vriendin, zij slaat hem")]
    [InlineData("en-US", "i'm worried about my daughter", "she is 24 and lives with her boyfriend")]
    [InlineData("en-US", "i'm worried about my son", "he's 31, his wife controls everything")]
    public async Task A_grown_up_daughter_told_of_at_the_signs_is_about_a_partner(string locale, string first, string correction)
    {
        var conversation = new TypedConversation(fixture.Host.Services, locale);
        await conversation.StartAsync();
        await conversation.SayAsync(first);
        Assert.Equal(["child"], conversation.State.Values["about"]);

        var replies = await conversation.SayAsync(correction);

        Assert.Equal(["partner"], conversation.State.Values["about"]);
        var checklist = replies.Last(reply => reply.Checklist is not null).Checklist!;
        Assert.Contains(checklist.Options, option => option.Id == "controls_contacts");
        Assert.DoesNotContain(checklist.Options, option => option.Id == "child_hungry_or_neglected");
    }

    [Fact]
    public async Task A_child_at_the_signs_who_tells_more_stays_a_child()
    {
        var conversation = new TypedConversation(fixture.Host.Services, "nl-NL");
        await conversation.StartAsync();
        await conversation.SayAsync("ik maak me zorgen om mijn dochter van 8");

        await conversation.SayAsync("ze is heel stil en haar vader schreeuwt veel");

        Assert.Equal(["child"], conversation.State.Values["about"]);
    }
}
