namespace TakeABreak.Bot.Tests.Conversation.Understanding;

/// <summary>
/// In the lead's tries of the seventeenth session a sister wrote "she's afraid to tell anyone". What the bot says about not
/// daring to tell has to fit whom it is about: to the one who worries (do not push, be there, ask Veilig Thuis for advice
/// yourself), not the words for someone who is afraid themselves ("it is brave that you tell me this").
/// </summary>
public sealed class SomeoneElseAfraidToTellTests(ConversationHostFixture fixture) : IClassFixture<ConversationHostFixture>
{
    [Theory]
    [InlineData("en-US", "i'm her sister", "she's afraid to tell anyone")]
    [InlineData("en-US", "my sister is hit by her husband", "she is scared to tell anyone what happens")]
    [InlineData("en-US", "my sister is hit by her husband", "what happens if she tells")]
    [InlineData("nl-NL", "mijn zus wordt geslagen door haar man", "ze durft het niemand te vertellen")]
    public async Task Someone_else_who_does_not_dare_to_tell_gets_an_answer_for_the_one_who_worries(string locale, string story, string afraid)
    {
        var conversation = new TypedConversation(fixture.Host.Services, locale);
        await conversation.StartAsync();
        await conversation.SayAsync(story);

        var replies = await conversation.SayAsync(afraid);

        Assert.Contains(replies, reply => reply.Text.Contains(locale == "nl-NL" ? "Dring niet aan" : "Don't push", StringComparison.Ordinal));
        Assert.DoesNotContain(conversation.AllTexts, text => text.Contains("moedig dat je dit vertelt", StringComparison.Ordinal)
            || text.Contains("brave that you tell me", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Told_in_the_first_message_it_is_said_alongside_what_was_understood()
    {
        var conversation = new TypedConversation(fixture.Host.Services, "en-US");
        await conversation.StartAsync();

        await conversation.SayAsync("i'm her sister and she's afraid to tell anyone");

        Assert.Equal(["family_friend"], conversation.State.Values["role"]);
        Assert.Contains(conversation.AllTexts, text => text.Contains("Don't push", StringComparison.Ordinal));
    }
}
