namespace TakeABreak.Bot.Tests.Conversation.Understanding;

/// <summary>
/// What a woman typed while asking Moviera to call her, in the lead's tries of the tenth session: "nee niemand" at "Kan
/// iemand anders je telefoon of je mail zien?" was not understood, three times, so her request was never sent.
/// </summary>
public sealed class ContactWordsTests(ConversationHostFixture fixture) : IClassFixture<ConversationHostFixture>
{
    [Theory]
    [InlineData("nl-NL", "nee niemand", "others_may_not_see")]
    [InlineData("nl-NL", "alleen ik", "others_may_not_see")]
    [InlineData("nl-NL", "hij kijkt soms mee", "others_may_see")]
    [InlineData("nl-NL", "geen idee", "others_unsure")]
    [InlineData("en-US", "no one else", "others_may_not_see")]
    [InlineData("en-US", "he checks my phone", "others_may_see")]
    public async Task Who_else_may_see_her_phone_is_understood_in_her_own_words(string locale, string answer, string expected)
    {
        var conversation = await AtTheQuestionWhoElseMaySeeAsync(locale);

        await conversation.SayAsync(answer);

        Assert.Equal([expected], conversation.State.Values["contact_others_may_see"]);
    }

    private async Task<TypedConversation> AtTheQuestionWhoElseMaySeeAsync(string locale)
    {
        var conversation = new TypedConversation(fixture.Host.Services, locale);
        await conversation.StartAsync();
        var dutch = locale == "nl-NL";
        var reached = await conversation.TypeUntilAsync(
            dutch ? "Kan iemand anders je telefoon" : "Can someone else see your phone",
            dutch
                ? ["het gaat over mij", "mijn man duwt me", "ik wil een mens spreken", "ja", "bellen", "0612345678", "overdag"]
                : ["it is about me", "my husband pushes me", "i want to talk to a person", "yes", "call", "0612345678", "in the morning"]);
        Assert.True(reached is not null, string.Join("\n", conversation.AllTexts.TakeLast(6)));
        return conversation;
    }
}
