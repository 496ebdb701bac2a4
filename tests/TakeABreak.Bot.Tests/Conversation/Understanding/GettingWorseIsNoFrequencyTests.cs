namespace TakeABreak.Bot.Tests.Conversation.Understanding;

/// <summary>
/// A GP's "ze wordt steeds verwarder en magerder" went to Moviera as "Het gebeurt vaak" (teams19, fourteenth session):
/// "steeds" with a word for getting worse says how she changes, not how often something happens.
/// </summary>
public sealed class GettingWorseIsNoFrequencyTests(ConversationHostFixture fixture) : IClassFixture<ConversationHostFixture>
{
    [Theory]
    [InlineData("nl-NL", "mijn buurvrouw van 84 wordt steeds verwarder en magerder sinds haar zoon bij haar woont")]
    [InlineData("en-US", "my neighbour is 84 and gets thinner and thinner since her son moved in")]
    public async Task Getting_worse_is_no_answer_to_how_often(string locale, string story)
    {
        var conversation = new TypedConversation(fixture.Host.Services, locale);
        await conversation.StartAsync();

        await conversation.SayAsync(story);

        Assert.False(conversation.State.Values.ContainsKey("frequency"));
    }
}
