namespace TakeABreak.Bot.Tests.Conversation.Understanding;

/// <summary>What the lead found playing the widget in session 30, after rounds 41 to 43 were merged.</summary>
public sealed class PlayedThirtiethSessionTests(ConversationHostFixture fixture) : IClassFixture<ConversationHostFixture>
{
    /// <summary>
    /// A man hit by his wife who asks whether this is even domestic violence hears first that it can happen to anyone, men too,
    /// and then the forms this chat is about.
    /// </summary>
    [Theory]
    [InlineData("en-GB", "my wife hits me when shes drunk, im a man and nobody believes me", "is this even domestic violence?", "Domestic violence can happen to anyone: women and men")]
    [InlineData("nl-NL", "mijn vrouw slaat me als ze gedronken heeft, ik ben een man en niemand gelooft me", "is dit wel huiselijk geweld?", "Huiselijk geweld kan iedereen overkomen: vrouwen en mannen")]
    public async Task A_man_asking_whether_it_is_domestic_violence_hears_it_can_happen_to_anyone(string locale, string first, string asked, string heard)
    {
        var conversation = await TypedConversation.StartedAsync(fixture.Host.Services, locale);
        await conversation.SayAsync(first);

        var replies = await conversation.SayAsync(asked);

        Assert.Contains(replies, reply => reply.Text.StartsWith(heard, StringComparison.Ordinal));
    }
}
