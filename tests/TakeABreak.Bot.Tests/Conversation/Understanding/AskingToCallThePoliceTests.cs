namespace TakeABreak.Bot.Tests.Conversation.Understanding;

/// <summary>
/// A neighbour asked, in the lead's tries of the fourteenth session, "should i call the police?" at the consultation
/// question and was told "Good that you called for help. Do what the police … tell you": "call" and "called" share a
/// stem, and the phrase for help already called came first. Of two phrases as long, the one with more words as written
/// wins: asking to call is answered as a question, having called as done.
/// </summary>
public sealed class AskingToCallThePoliceTests(ConversationHostFixture fixture) : IClassFixture<ConversationHostFixture>
{
    [Theory]
    [InlineData("should i call the police?", "Yes, you may always do that")]
    [InlineData("i called the police", "Good that you called for help")]
    public async Task Asking_whether_to_call_the_police_is_not_taken_for_having_called(string typed, string answer)
    {
        var conversation = new TypedConversation(fixture.Host.Services, "en-US");
        await conversation.StartAsync();
        await conversation.SayAsync("i live next door to a family, the dad hits the kids");
        await conversation.SayAsync("done");

        var replies = await conversation.SayAsync(typed);

        Assert.StartsWith(answer, replies[0].Text, StringComparison.Ordinal);
    }
}
