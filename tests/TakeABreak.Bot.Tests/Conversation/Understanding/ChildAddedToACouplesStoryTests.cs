namespace TakeABreak.Bot.Tests.Conversation.Understanding;

/// <summary>
/// Played in session 23 in the published widget: a neighbour of a couple who wrote "he yells at her and the kids cry" got
/// "I understood: it is about a child", as if the case had changed. The child is added next to the couple (children see or
/// hear it), and the bot says so: "it is also about a child".
/// </summary>
public sealed class ChildAddedToACouplesStoryTests(ConversationHostFixture fixture) : IClassFixture<ConversationHostFixture>
{
    [Theory]
    [InlineData("nl-NL", "ik ben de buurvrouw", "een man en zijn vrouw", "hij schreeuwt tegen haar en de kinderen huilen", "het gaat ook om een kind")]
    [InlineData("en-GB", "i'm a neighbour", "a couple", "he yells at her and the kids cry", "it is also about a child")]
    public async Task A_child_named_in_a_couples_story_is_said_as_also_about_a_child(string locale, string who, string about, string story, string said)
    {
        var conversation = new TypedConversation(fixture.Host.Services, locale);
        await conversation.StartAsync();
        await conversation.SayAsync(who);
        await conversation.SayAsync(about);

        var replies = await conversation.SayAsync(story);

        Assert.Contains(replies, reply => reply.Text.Contains(said, StringComparison.Ordinal));
        Assert.Equal(["partner", "child"], conversation.State.Values.GetValueOrDefault("about") ?? []);
    }
}
