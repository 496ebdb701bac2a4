using Microsoft.Extensions.DependencyInjection;
using TakeABreak.Bot.Testing;
using TakeABreak.Bot.Testing.Conversations;
using TakeABreak.Dialogs.Content;

namespace TakeABreak.Bot.Tests.Conversation;

public sealed class ChannelLanguageTests
{
    [Fact]
    public async Task When_the_widget_switches_the_language_the_bot_answers_in_the_new_language()
    {
        using var host = new TestBotHost();
        var strings = host.Services.GetRequiredService<DialogContent>().Strings;
        var flow = new TestFlow(host, locale: "nl-NL");

        await flow
            .SendConversationUpdate()
            .SkipReplies()
            .Do(() =>
            {
                flow.Conversation.Locale = "en-US";
                return Task.CompletedTask;
            })
            .Send("xyzzy")
            .AssertReply(strings.Text(EngineStrings.NotUnderstood, "en"))
            .StartTestAsync();
    }

    [Fact]
    public async Task A_language_the_user_typed_is_kept_while_the_channel_keeps_sending_its_own()
    {
        using var host = new TestBotHost();
        var strings = host.Services.GetRequiredService<DialogContent>().Strings;

        await new TestFlow(host, locale: "nl-NL")
            .SendConversationUpdate()
            .SkipReplies()
            .Send("English")
            .SkipReplies()
            .Send("xyzzy")
            .AssertReply(strings.Text(EngineStrings.NotUnderstood, "en"))
            .StartTestAsync();
    }
}
