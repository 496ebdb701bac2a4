using TakeABreak.Bot.Tests.Conversation;
using TakeABreak.Bot.Tests.Conversation.Understanding;

namespace TakeABreak.Bot.Tests.Safety;

/// <summary>
/// In the lead's tries of the ninth session "ik heb 112 gebeld, de politie is er nu", typed after the bot's 112 answer, was
/// answered "Bel nu 112." again (and, once that was mended, with "Dat begrijp ik niet goed").
/// </summary>
public sealed class HelpCalledTests(ConversationHostFixture fixture) : IClassFixture<ConversationHostFixture>
{
    [Theory]
    [InlineData("nl-NL", "ik heb 112 gebeld, de politie is er nu", "Goed dat je hulp hebt gevraagd.")]
    [InlineData("en-US", "i called 112, the police are here now", "Good that you called for help.")]
    public async Task Someone_who_called_112_hears_that_it_was_good_and_is_not_told_to_call_again(string locale, string message, string expected)
    {
        var conversation = new TypedConversation(fixture.Host.Services, locale);
        await conversation.StartAsync();
        await conversation.SayAsync(locale == "nl-NL" ? "ik ben de buurvrouw van boven" : "i'm the neighbour upstairs");

        var replies = await conversation.SayAsync(message);

        Assert.Contains(replies, reply => reply.Text.StartsWith(expected, StringComparison.Ordinal));
        Assert.DoesNotContain(replies, reply => reply.Text.Contains("Bel nu 112", StringComparison.Ordinal) || reply.Text.Contains("Call 112 now", StringComparison.Ordinal));
    }
}
