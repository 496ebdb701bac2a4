namespace TakeABreak.Bot.Tests.Conversation.Understanding;

/// <summary>
/// In the thirteenth session "klaar" at "Hoe vaak gebeurt het?" was told twice that the bot did not understand; it was then
/// taken as "weet ik niet". In the eighteenth session the lead saw that this is a silent answer nobody gave: "klaar" (done
/// with the signs) says nothing about how often. It is no answer; the question is asked again, with "Weet ik niet" as a
/// button, and a later answer is taken.
/// </summary>
public sealed class DoneAtHowOftenTests(ConversationHostFixture fixture) : IClassFixture<ConversationHostFixture>
{
    [Theory]
    [InlineData("nl-NL", "klaar", "soms")]
    [InlineData("nl-NL", "dat was het", "weet ik niet")]
    [InlineData("nl-NL", "verder", "vaak")]
    [InlineData("en-US", "done", "sometimes")]
    [InlineData("en-US", "that's all", "not sure")]
    public async Task Done_at_how_often_is_no_answer_and_the_question_is_asked_again(string locale, string done, string answer)
    {
        var conversation = new TypedConversation(fixture.Host.Services, locale);
        await conversation.StartAsync();
        await conversation.SayAsync(locale == "nl-NL" ? "ik ben de buurman" : "i am a neighbour");
        await conversation.SayAsync(locale == "nl-NL" ? "een vrouw en haar man" : "a couple");
        await conversation.SayAsync("1, 2");

        var replies = await conversation.SayAsync(done);

        Assert.False(conversation.State.Values.ContainsKey("frequency"));
        Assert.Equal("ask_frequency", conversation.State.Top!.Step);
        Assert.Contains(replies, reply => reply.Text.StartsWith(locale == "nl-NL" ? "Hoe vaak" : "How often", StringComparison.Ordinal));

        await conversation.SayAsync(answer);

        Assert.True(conversation.State.Values.ContainsKey("frequency"));
    }
}
