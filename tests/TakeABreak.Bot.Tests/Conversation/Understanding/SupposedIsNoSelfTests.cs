namespace TakeABreak.Bot.Tests.Conversation.Understanding;

/// <summary>
/// Played in session 25: a neighbour's "mijn buurvrouw wordt volgens mij geslagen" was read as about the writer ("het gaat over
/// jezelf … Het is niet jouw schuld"): "volgens mij" (I think) followed by "geslagen" held the self phrase "mij geslagen".
/// </summary>
public sealed class SupposedIsNoSelfTests(ConversationHostFixture fixture) : IClassFixture<ConversationHostFixture>
{
    [Theory]
    [InlineData("mijn buurvrouw wordt volgens mij geslagen")]
    [InlineData("mijn buurvrouw wordt volgens mij mishandeld door haar man")]
    [InlineData("de vrouw hiernaast wordt volgens me bedreigd")]
    public async Task Someone_else_the_writer_thinks_is_hurt_is_not_about_the_writer(string story)
    {
        var conversation = new TypedConversation(fixture.Host.Services, "nl-NL");
        await conversation.StartAsync();

        await conversation.SayAsync(story);

        Assert.DoesNotContain("self", conversation.State.Values.GetValueOrDefault("role") ?? []);
    }

    [Theory]
    [InlineData("mijn man heeft mij geslagen")]
    [InlineData("volgens mij is dit niet normaal, mijn man slaat mij")]
    public async Task The_writer_who_is_hurt_is_still_about_the_writer(string story)
    {
        var conversation = new TypedConversation(fixture.Host.Services, "nl-NL");
        await conversation.StartAsync();

        await conversation.SayAsync(story);

        Assert.Equal(["self"], conversation.State.Values.GetValueOrDefault("role") ?? []);
    }
}
