namespace TakeABreak.Bot.Tests.Conversation.Understanding;

/// <summary>
/// In the lead's typed conversations of the thirteenth session a child who had told that her father hits her wrote "mijn
/// moeder gelooft me niet": the bot said it did not understand. Not being believed is heard: it is not her fault, she can
/// tell someone else, De Kindertelefoon and Veilig Thuis listen.
/// </summary>
public sealed class NotBelievedTests(ConversationHostFixture fixture) : IClassFixture<ConversationHostFixture>
{
    [Theory]
    [InlineData("nl-NL", "mijn moeder gelooft me niet", "0800-0432")]
    [InlineData("nl-NL", "niemand gelooft mij", "0800-0432")]
    [InlineData("nl-NL", "ik heb het aan mijn juf verteld maar ze geloofde me niet", "0800-0432")]
    [InlineData("en-US", "my mum doesn't believe me", "0800-0432")]
    [InlineData("en-US", "nobody believes me", "0800-0432")]
    public async Task A_child_who_is_not_believed_hears_it_is_not_her_fault_and_where_to_go(string locale, string message, string kindertelefoon)
    {
        var conversation = new TypedConversation(fixture.Host.Services, locale);
        await conversation.StartAsync();
        await conversation.SayAsync(locale == "nl-NL" ? "ik ben 12 en mijn vader slaat me" : "im 12 and my dad hits me");

        var replies = await conversation.SayAsync(message);

        var answer = Assert.Single(replies, reply => reply.Text.Contains(kindertelefoon, StringComparison.Ordinal));
        Assert.Contains(locale == "nl-NL" ? "niet jouw schuld" : "not your fault", answer.Text, StringComparison.Ordinal);
        Assert.DoesNotContain(replies, reply => reply.Text.StartsWith(locale == "nl-NL" ? "Dat begrijp ik niet" : "I do not quite understand", StringComparison.Ordinal));
    }
}
