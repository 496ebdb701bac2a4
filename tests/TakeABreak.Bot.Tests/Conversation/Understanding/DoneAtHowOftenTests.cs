namespace TakeABreak.Bot.Tests.Conversation.Understanding;

/// <summary>
/// In the lead's typed conversations of the thirteenth session someone typed "klaar" at "Hoe vaak gebeurt het?" (done with
/// the signs) and was told twice that the bot did not understand. "Klaar" there means: I have nothing to add; the bot goes on
/// as with "weet ik niet".
/// </summary>
public sealed class DoneAtHowOftenTests(ConversationHostFixture fixture) : IClassFixture<ConversationHostFixture>
{
    [Theory]
    [InlineData("nl-NL", "klaar")]
    [InlineData("nl-NL", "dat was het")]
    [InlineData("nl-NL", "verder")]
    [InlineData("en-US", "done")]
    [InlineData("en-US", "that's all")]
    public async Task Done_at_how_often_goes_on(string locale, string done)
    {
        var conversation = new TypedConversation(fixture.Host.Services, locale);
        await conversation.StartAsync();
        await conversation.SayAsync(locale == "nl-NL" ? "ik ben de buurman" : "i am a neighbour");
        await conversation.SayAsync(locale == "nl-NL" ? "een vrouw en haar man" : "a couple");
        await conversation.SayAsync("1, 2");

        var replies = await conversation.SayAsync(done);

        Assert.Equal(["frequency_unknown"], conversation.State.Values["frequency"]);
        Assert.DoesNotContain(replies, reply => reply.Text.StartsWith(locale == "nl-NL" ? "Dat begrijp ik niet" : "I do not quite understand", StringComparison.Ordinal));
    }
}
