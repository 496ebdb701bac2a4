namespace TakeABreak.Bot.Tests.Conversation.Understanding;

/// <summary>
/// Played in session 23: a neighbour's "een man en een vrouw" at "Over wie maak je je zorgen?" was also taken as an older
/// person ("een man van {old_age}" in the older person's words matched "een man" with no age), and so was "a man and his
/// wife" in English. An age makes someone an older person, not "a man".
/// </summary>
public sealed class ACoupleIsNoOlderPersonTests(ConversationHostFixture fixture) : IClassFixture<ConversationHostFixture>
{
    [Theory]
    [InlineData("nl-NL", "een man en een vrouw")]
    [InlineData("nl-NL", "een man en zijn vrouw")]
    [InlineData("nl-NL", "een man")]
    [InlineData("en-GB", "a man and his wife")]
    [InlineData("en-GB", "a man")]
    [InlineData("en-GB", "a lady")]
    public async Task A_man_or_a_couple_without_an_age_is_no_older_person(string locale, string about)
    {
        var conversation = await NeighbourAnsweringAsync(locale, about);

        Assert.DoesNotContain("older_person", conversation.State.Values.GetValueOrDefault("about") ?? []);
    }

    [Theory]
    [InlineData("nl-NL", "een vrouw van 84")]
    [InlineData("nl-NL", "een man van 80 jaar")]
    [InlineData("en-GB", "a woman of 84")]
    [InlineData("en-GB", "a man aged 77")]
    public async Task Someone_with_an_old_age_is_an_older_person(string locale, string about)
    {
        var conversation = await NeighbourAnsweringAsync(locale, about);

        Assert.Contains("older_person", conversation.State.Values.GetValueOrDefault("about") ?? []);
    }

    private async Task<TypedConversation> NeighbourAnsweringAsync(string locale, string about)
    {
        var conversation = new TypedConversation(fixture.Host.Services, locale);
        await conversation.StartAsync();
        await conversation.SayAsync(locale == "nl-NL" ? "ik ben de buurvrouw" : "i am a neighbour");
        await conversation.SayAsync(about);
        return conversation;
    }
}
