using TakeABreak.Bot.Testing;
using TakeABreak.Bot.Testing.Conversations;

namespace TakeABreak.Bot.Tests.Pipeline;

public sealed class ConversationIdTests
{
    [Theory]
    [InlineData("19:3c7a1f0e9b5d4a2c8e6f1b3d5a7c9e0f@thread.tacv2;messageid=1732790000000")]
    [InlineData("a:1Xq9-very-long-personal-chat-id-0123456789abcdefghijklmnopqrstuvwxyz-0123456789abcdefghijklmnopqrstuvwxyz-0123456789abcdefghijklmnopqrstuvwxyz-0123456789abcdefghijklmnopqrstuvwxyz-0123456789abcdefghijklmnopqrstuvwxyz")]
    [InlineData("gesprek-met-ëën-ü-en-spaties erin")]
    public async Task Conversations_with_long_or_unusual_ids_keep_their_place(string conversationId)
    {
        using var host = new TestBotHost();
        string? firstQuestion = null;

        await new TestFlow(host, locale: "nl-NL", conversationId: conversationId)
            .SendConversationUpdate()
            .AssertReplyEventually(reply => (firstQuestion = reply.SuggestedActions is { Actions.Count: > 0 } ? reply.Text : null) is not null, "the first question")
            .Send("Vrijwilliger")
            .AssertReply(reply => Assert.NotEqual(firstQuestion, reply.Text), "the next question, not the first one again")
            .StartTestAsync();
    }
}
