namespace TakeABreak.Bot.Tests.Conversation.Understanding;

/// <summary>
/// In the lead's tries of the seventeenth session "i'm 15" typed in English in a Dutch conversation got a Dutch answer: a
/// contraction is one word ("im"), and one function word never switched the language. A short message of function words
/// and numbers only ("i'm 15", "ik ben 15") is clear enough; one word alone ("ok", "nee", a name) still never switches.
/// </summary>
public sealed class ShortEnglishTurnsTests(ConversationHostFixture fixture) : IClassFixture<ConversationHostFixture>
{
    [Theory]
    [InlineData("i'm 15")]
    [InlineData("im 14")]
    [InlineData("I don't know what to do")]
    [InlineData("my wife hits me")]
    public async Task A_short_clear_english_turn_in_a_dutch_conversation_is_answered_in_english(string message)
    {
        var conversation = new TypedConversation(fixture.Host.Services, "nl-NL");
        await conversation.StartAsync();

        var replies = await conversation.SayAsync(message);

        Assert.Contains(replies, reply => reply.Text.StartsWith("You are writing in English", StringComparison.Ordinal));
        Assert.DoesNotContain(replies, reply => reply.Text.StartsWith("Wat past", StringComparison.Ordinal) || reply.Text.StartsWith("Goed dat je", StringComparison.Ordinal)
            || reply.Text.StartsWith("I do not quite understand", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("ok")]
    [InlineData("15")]
    [InlineData("Tom")]
    public async Task One_word_alone_does_not_switch(string message)
    {
        var conversation = new TypedConversation(fixture.Host.Services, "nl-NL");
        await conversation.StartAsync();

        var replies = await conversation.SayAsync(message);

        Assert.DoesNotContain(replies, reply => reply.Text.StartsWith("You are writing in English", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_young_person_who_gives_their_age_in_english_hears_of_De_Kindertelefoon_in_english()
    {
        var conversation = new TypedConversation(fixture.Host.Services, "nl-NL");
        await conversation.StartAsync();

        var replies = await conversation.SayAsync("i'm 15");

        Assert.Contains(replies, reply => reply.Text.StartsWith("Thank you for telling me", StringComparison.Ordinal) && reply.Text.Contains("0800-0432", StringComparison.Ordinal));
        Assert.Contains(replies, reply => reply.Text.StartsWith("Who hurts you or makes you afraid?", StringComparison.Ordinal));
    }
}
