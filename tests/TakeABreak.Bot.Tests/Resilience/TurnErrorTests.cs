using Microsoft.Extensions.DependencyInjection;
using TakeABreak.Bot.Testing;
using TakeABreak.Bot.Testing.Conversations;
using TakeABreak.Bot.Turns;
using TakeABreak.BotFramework.Turns;
using TakeABreak.Dialogs.Content;

namespace TakeABreak.Bot.Tests.Resilience;

public sealed class TurnErrorTests
{
    [Fact]
    public async Task A_failing_turn_gets_a_calm_message_and_the_conversation_starts_again_instead_of_getting_stuck()
    {
        using var host = new TestBotHost().WithServices(services => services.AddSingleton<IMiddleware>(new FailOnText("💥")));
        var strings = host.Services.GetRequiredService<DialogContent>().Strings;
        string? firstQuestion = null;

        await new TestFlow(host, locale: "nl-NL")
            .SendConversationUpdate()
            .AssertReplyEventually(reply => (firstQuestion = reply.SuggestedActions is { Actions.Count: > 0 } ? reply.Text : null) is not null, "the first question")
            .Send("Vrijwilliger")
            .SkipReplies()
            .Send("💥")
            .AssertReply(strings.Text(CalmTurnErrorHandler.TurnFailed, "nl"))
            .AssertNoReply()
            .Send("hallo")
            .AssertReplyEventually(reply => reply.Text == firstQuestion, "the conversation from the start")
            .StartTestAsync();
    }

    private sealed class FailOnText(string text) : IMiddleware
    {
        public Task OnTurnAsync(ITurnContext turnContext, NextDelegate next, CancellationToken cancellationToken) =>
            turnContext.Activity.Text == text ? throw new InvalidOperationException("a bug") : next(cancellationToken);
    }
}
