namespace TakeABreak.Bot.Tests.Conversation.Understanding;

/// <summary>
/// In the lead's tries of the seventeenth session "hij drinkt en dan wordt het erg" got "Dat begrijp ik niet goed". Drinking
/// is no sign of its own (DOMAIN.md), but a careful listener hears it: the bot says in one short line that it noted it and
/// goes on with its question.
/// </summary>
public sealed class DrinkingContextTests(ConversationHostFixture fixture) : IClassFixture<ConversationHostFixture>
{
    [Theory]
    [InlineData("nl-NL", "hij drinkt en dan wordt het erg")]
    [InlineData("nl-NL", "als hij gedronken heeft gaat het mis")]
    [InlineData("nl-NL", "hij is vaak dronken")]
    [InlineData("en-US", "when he drinks it gets bad")]
    [InlineData("en-US", "he gets drunk and then it starts")]
    public async Task Drinking_told_at_the_signs_is_acknowledged_and_not_misunderstood(string locale, string message)
    {
        var conversation = new TypedConversation(fixture.Host.Services, locale);
        await conversation.StartAsync();
        await conversation.SayAsync(locale == "nl-NL" ? "mijn buurvrouw wordt geslagen door haar man" : "my neighbour is hit by her husband");

        var replies = await conversation.SayAsync(message);

        Assert.DoesNotContain(replies, reply => reply.Text.StartsWith("Dat begrijp ik niet", StringComparison.Ordinal)
            || reply.Text.StartsWith("I do not quite understand", StringComparison.Ordinal));
        Assert.Contains(replies, reply => reply.Text.Contains(locale == "nl-NL" ? "drank" : "drink", StringComparison.OrdinalIgnoreCase));
    }
}
