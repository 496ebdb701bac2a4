using Microsoft.Extensions.DependencyInjection;
using TakeABreak.Bot.Testing;
using TakeABreak.Bot.Testing.Conversations;
using TakeABreak.BotFramework.Connector;
using TakeABreak.BotFramework.Turns;

namespace TakeABreak.Bot.Tests.Hardening;

/// <summary>
/// When the Connector cannot deliver a turn's replies, the conversation does not move on: the user's next message
/// answers the question they last saw, exactly as if the failed turn had never happened.
/// </summary>
public sealed class UndeliverableReplyTests
{
    [Fact]
    public async Task A_turn_whose_replies_cannot_be_delivered_does_not_advance_the_conversation()
    {
        var connector = new FailingDelivery();
        using var host = new TestBotHost().WithServices(services => services.AddSingleton<IMiddleware>(connector));
        string? expected = null;
        string? afterOutage = null;

        await new TestFlow(host, locale: "nl-NL", conversationId: "control")
            .SendConversationUpdate()
            .AssertReplyEventually(reply => reply.SuggestedActions is { Actions.Count: > 0 }, "the first question")
            .Send("Vrijwilliger")
            .AssertReply(reply => expected = reply.Text, "the next step")
            .StartTestAsync();

        await new TestFlow(host, locale: "nl-NL", conversationId: "outage")
            .SendConversationUpdate()
            .AssertReplyEventually(reply => reply.SuggestedActions is { Actions.Count: > 0 }, "the first question")
            .Do(() => Task.FromResult(connector.IsDown = true))
            .Send("Vrijwilliger")
            .AssertNoReply()
            .Do(() => Task.FromResult(connector.IsDown = false))
            .Send("Vrijwilliger")
            .AssertReply(reply => afterOutage = reply.Text, "the next step")
            .StartTestAsync();

        Assert.NotNull(expected);
        Assert.Equal(expected, afterOutage);
    }

    /// <summary>Fails every send of the turn as the Connector client does after its retries.</summary>
    private sealed class FailingDelivery : IMiddleware
    {
        public bool IsDown { get; set; }

        public Task OnTurnAsync(ITurnContext turnContext, NextDelegate next, CancellationToken cancellationToken)
        {
            turnContext.OnSendActivities((context, activities, send) =>
                IsDown ? throw new ConnectorDeliveryException("send", "outage", null, System.Net.HttpStatusCode.ServiceUnavailable) : send());
            return next(cancellationToken);
        }
    }
}
