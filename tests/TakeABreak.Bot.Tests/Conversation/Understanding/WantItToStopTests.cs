namespace TakeABreak.Bot.Tests.Conversation.Understanding;

/// <summary>
/// In the lead's tries of the twelfth session, "ik wil dat het stopt" (a victim who wants the violence to stop), "i want it
/// to stop", "ik wil ermee stoppen" and "hoe kan ik stoppen met slaan" ended the conversation and forgot everything: the
/// stop phrase "ik wil stoppen" was found inside them. Stopping the chat takes a message that is only that, or one that
/// names the chat. The same held for a restart: "ik wil opnieuw beginnen zonder hem" is her plan, not the chat's.
/// </summary>
public sealed class WantItToStopTests(ConversationHostFixture fixture) : IClassFixture<ConversationHostFixture>
{
    [Theory]
    [InlineData("nl-NL", "ik wil dat het stopt")]
    [InlineData("nl-NL", "ik wil gewoon dat het ophoudt en stopt")]
    [InlineData("nl-NL", "ik wil ermee stoppen maar als ik boos word gaat het mis")]
    [InlineData("nl-NL", "hoe kan ik stoppen met slaan")]
    [InlineData("nl-NL", "ik wil stoppen met drinken, dan wordt het misschien beter")]
    [InlineData("en-US", "i want it to stop")]
    [InlineData("en-US", "i want to stop hitting her")]
    [InlineData("en-US", "i want to quit my job and leave him")]
    public async Task Wanting_the_violence_to_stop_does_not_end_the_conversation(string locale, string typed)
    {
        var conversation = new TypedConversation(fixture.Host.Services, locale);
        await conversation.StartAsync();
        await conversation.SayAsync(locale == "nl-NL" ? "buur" : "neighbour");

        var replies = await conversation.SayAsync(typed);

        Assert.DoesNotContain(replies, reply => reply.Text.StartsWith(locale == "nl-NL" ? "Het gesprek is gestopt." : "The conversation has stopped.", StringComparison.Ordinal));
        Assert.Equal(["neighbour"], conversation.State.Values["role"]);
    }

    [Theory]
    [InlineData("nl-NL", "stop")]
    [InlineData("nl-NL", "ik wil stoppen")]
    [InlineData("nl-NL", "ik wil nu stoppen graag")]
    [InlineData("nl-NL", "ik wil stoppen met dit gesprek")]
    [InlineData("nl-NL", "sorry, ik wil de chat stoppen")]
    [InlineData("en-US", "i want to stop")]
    [InlineData("en-US", "please end this chat")]
    public async Task Stopping_the_chat_still_stops_it(string locale, string typed)
    {
        var conversation = new TypedConversation(fixture.Host.Services, locale);
        await conversation.StartAsync();
        await conversation.SayAsync(locale == "nl-NL" ? "buur" : "neighbour");

        var replies = await conversation.SayAsync(typed);

        Assert.Contains(replies, reply => reply.Text.StartsWith(locale == "nl-NL" ? "Het gesprek is gestopt." : "The conversation has stopped.", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("nl-NL", "ik wil opnieuw beginnen zonder hem")]
    [InlineData("nl-NL", "ze wil helemaal opnieuw beginnen in een andere stad")]
    [InlineData("en-US", "i want to start over somewhere he can't find me")]
    public async Task A_new_start_in_life_does_not_restart_the_chat(string locale, string typed)
    {
        var conversation = new TypedConversation(fixture.Host.Services, locale);
        await conversation.StartAsync();
        await conversation.SayAsync(locale == "nl-NL" ? "buur" : "neighbour");

        await conversation.SayAsync(typed);

        Assert.Equal(["neighbour"], conversation.State.Values["role"]);
    }

    [Theory]
    [InlineData("nl-NL", "opnieuw")]
    [InlineData("nl-NL", "ik wil opnieuw beginnen")]
    [InlineData("nl-NL", "kan ik het gesprek opnieuw beginnen?")]
    [InlineData("en-US", "start over please")]
    [InlineData("en-US", "can i start the chat again")]
    public async Task Restarting_the_chat_still_restarts_it(string locale, string typed)
    {
        var conversation = new TypedConversation(fixture.Host.Services, locale);
        await conversation.StartAsync();
        await conversation.SayAsync(locale == "nl-NL" ? "buur" : "neighbour");

        await conversation.SayAsync(typed);

        Assert.False(conversation.State.Values.ContainsKey("role"), "the role is forgotten after a restart");
    }
}
