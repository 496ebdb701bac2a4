using System.Net;
using Microsoft.Extensions.DependencyInjection;
using TakeABreak.Bot.Testing;
using TakeABreak.Bot.Testing.Azurite;
using TakeABreak.Bot.Testing.Conversations;
using TakeABreak.Bot.Turns;
using TakeABreak.BotFramework.Schema;
using TakeABreak.Dialogs.Content;

namespace TakeABreak.Bot.Tests.Resilience;

public sealed class StorageOutageTests : IDisposable
{
    private readonly AzuriteFixture _azurite = new();
    private readonly TestBotHost _host;

    public StorageOutageTests()
    {
        _host = new TestBotHost()
            .WithSetting("Storage:Provider", "Blob")
            .WithSetting("Storage:Blob:ConnectionString", _azurite.ConnectionString)
            .WithSetting("Storage:Blob:ContainerPrefix", "outage" + Guid.NewGuid().ToString("N")[..8]);
    }

    [Fact]
    public async Task When_storage_is_out_the_user_gets_a_calm_message_and_the_bot_recovers_by_itself()
    {
        var content = _host.Services.GetRequiredService<DialogContent>();
        var calm = content.Strings.Text(CalmTurnErrorHandler.StorageUnavailable, "nl");
        using var http = _host.CreateClient();
        Activity? question = null;

        await new TestFlow(_host, locale: "nl-NL")
            .SendConversationUpdate()
            .AssertReplyEventually(reply => (question = reply).SuggestedActions is { Actions.Count: > 0 }, "the first question")
            .Do(() =>
            {
                _azurite.Stop();
                return Task.CompletedTask;
            })
            .Send("Vrijwilliger")
            .AssertReply(calm)
            .AssertNoReply()
            .Do(async () => Assert.Equal(HttpStatusCode.ServiceUnavailable, (await http.GetAsync(new Uri("/readyz", UriKind.Relative))).StatusCode))
            .Do(() =>
            {
                _azurite.Start();
                return Task.CompletedTask;
            })
            .Send("Vrijwilliger")
            .AssertReply(reply => Assert.NotEqual(calm, reply.Text), "the conversation going on")
            .Do(async () => Assert.Equal(HttpStatusCode.OK, (await http.GetAsync(new Uri("/readyz", UriKind.Relative))).StatusCode))
            .StartTestAsync();
    }

    public void Dispose()
    {
        _host.Dispose();
        _azurite.Dispose();
    }
}
