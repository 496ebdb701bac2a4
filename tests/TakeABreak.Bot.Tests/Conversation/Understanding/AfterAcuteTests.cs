using TakeABreak.Bot.Testing;
using TakeABreak.Bot.Testing.Conversations;

namespace TakeABreak.Bot.Tests.Conversation.Understanding;

/// <summary>After the answer to acute danger (112, go on or start again), a plain "ok" goes on where the user was.</summary>
public sealed class AfterAcuteTests : IDisposable
{
    private const string AcuteMessage = "help hij slaat haar nu met een mes";

    private readonly TestBotHost _host = new();

    [Theory]
    [InlineData("nl-NL", "ok", "Wat past het best bij jou?")]
    [InlineData("nl-NL", "oké", "Wat past het best bij jou?")]
    [InlineData("en-GB", "okay", "What fits you best?")]
    public async Task A_plain_ok_after_acute_danger_goes_on_with_the_question_the_user_was_at(string locale, string ok, string question)
    {
        await new TestFlow(_host, locale: locale)
            .SendConversationUpdate().SkipReplies()
            .Send(AcuteMessage).SkipReplies()
            .Send(ok)
            .AssertReplyEventually(reply => reply.Text?.StartsWith(question, StringComparison.Ordinal) == true, "the question again")
            .StartTestAsync();
    }

    public void Dispose() => _host.Dispose();
}
