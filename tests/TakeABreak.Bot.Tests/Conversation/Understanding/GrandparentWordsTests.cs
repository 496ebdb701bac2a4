namespace TakeABreak.Bot.Tests.Conversation.Understanding;

/// <summary>
/// Played in session 25: "i think my uncle is hitting my gran" still asked "Who are you worried about?": "gran", "nan",
/// "grandad" and "omaatje" were no words of an older person.
/// </summary>
public sealed class GrandparentWordsTests(ConversationHostFixture fixture) : IClassFixture<ConversationHostFixture>
{
    [Theory]
    [InlineData("en-GB", "i think my uncle is hitting my gran")]
    [InlineData("en-GB", "my nan's carer shouts at her")]
    [InlineData("en-GB", "im worried about my grandad, my cousin takes his money")]
    [InlineData("nl-NL", "mijn omaatje wordt door mijn oom geslagen")]
    public async Task A_grandparent_named_in_family_words_is_an_older_person(string locale, string story)
    {
        var conversation = new TypedConversation(fixture.Host.Services, locale);
        await conversation.StartAsync();

        await conversation.SayAsync(story);

        Assert.Contains("older_person", conversation.State.Values.GetValueOrDefault("about") ?? []);
    }
}
