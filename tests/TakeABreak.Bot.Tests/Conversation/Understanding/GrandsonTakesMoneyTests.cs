namespace TakeABreak.Bot.Tests.Conversation.Understanding;

/// <summary>
/// A grandmother typed, in the lead's tries of the fourteenth session, "mijn kleinzoon woont bij mij sinds zijn scheiding en
/// hij pakt steeds geld uit mijn portemonnee": she was taken for family worried about someone else and got the
/// bystander's advice ("zoek een rustig moment om de persoon alleen te spreken"). Her own purse makes it about herself;
/// and when she repeats how often at the open signs list ("bijna elke week"), the list is not shown again.
/// </summary>
public sealed class GrandsonTakesMoneyTests(ConversationHostFixture fixture) : IClassFixture<ConversationHostFixture>
{
    [Theory]
    [InlineData("nl-NL", "mijn kleinzoon woont bij mij sinds zijn scheiding en hij pakt steeds geld uit mijn portemonnee")]
    [InlineData("nl-NL", "mijn zoon neemt mijn sieraden mee en verkoopt ze")]
    [InlineData("en-US", "my grandson has been living with me since his divorce and he keeps taking money out of my purse")]
    [InlineData("en-US", "my nephew takes money from my wallet when he visits")]
    public async Task Money_taken_from_her_own_purse_is_about_herself(string locale, string typed)
    {
        var conversation = new TypedConversation(fixture.Host.Services, locale);
        await conversation.StartAsync();

        await conversation.SayAsync(typed);

        Assert.Equal(["self"], conversation.State.Values["role"]);
    }

    [Fact]
    public async Task Repeating_how_often_at_the_open_signs_list_asks_for_more_without_the_whole_list()
    {
        var conversation = new TypedConversation(fixture.Host.Services, "nl-NL");
        await conversation.StartAsync();
        await conversation.SayAsync("mijn kleinzoon woont bij mij sinds zijn scheiding en hij pakt steeds geld uit mijn portemonnee");
        await conversation.SayAsync("ja ik ben 76");
        await conversation.SayAsync("hij schreeuwt ook tegen me als ik er wat van zeg");

        var replies = await conversation.SayAsync("bijna elke week");

        Assert.StartsWith("Dat weet ik al", replies[0].Text, StringComparison.Ordinal);
        Assert.Contains(replies, reply => reply.Text.Contains("Is er nog meer?", StringComparison.Ordinal));
        Assert.DoesNotContain(replies, reply => reply.Checklist is not null);
        Assert.Equal("ask_signals_self", conversation.State.Top!.Step);
    }
}
