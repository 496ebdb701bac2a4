namespace TakeABreak.Bot.Tests.Conversation.Understanding;

/// <summary>
/// A man hit by his wife typed in the seventeenth session's played conversations: "ik schaam me er zo voor, ik ben een man"
/// got "Dat begrijp ik niet goed". Shame is heard: it is not his fault, and the help is for men too.
/// </summary>
public sealed class AshamedManTests(ConversationHostFixture fixture) : IClassFixture<ConversationHostFixture>
{
    [Theory]
    [InlineData("nl-NL", "mijn vrouw slaat me soms", "ik schaam me er zo voor, ik ben een man", "niet te schamen")]
    [InlineData("nl-NL", "mijn vrouw slaat me soms", "wie gelooft een man nou", "niet te schamen")]
    [InlineData("en-US", "my wife hits me sometimes", "i'm so ashamed, i'm a man", "don't need to be ashamed")]
    public async Task Shame_is_heard_and_answered(string locale, string story, string shame, string expected)
    {
        var conversation = new TypedConversation(fixture.Host.Services, locale);
        await conversation.StartAsync();
        await conversation.SayAsync(story);

        var replies = await conversation.SayAsync(shame);

        Assert.Contains(replies, reply => reply.Text.Contains(expected, StringComparison.Ordinal));
        Assert.DoesNotContain(replies, reply => reply.Text.StartsWith("Dat begrijp ik niet", StringComparison.Ordinal)
            || reply.Text.StartsWith("I do not quite understand", StringComparison.Ordinal));
    }
}
