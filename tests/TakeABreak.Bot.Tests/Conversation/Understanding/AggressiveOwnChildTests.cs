namespace TakeABreak.Bot.Tests.Conversation.Understanding;

/// <summary>
/// In the lead's tries of the seventeenth session a mother typed "mijn zoon van 17 is de laatste tijd zo agressief": it was
/// read as a family member worried about a child at risk, "hij heeft me vorige week tegen de muur geduwd" changed nothing,
/// and she got the advice for a neighbour. A parent who tells that their own son or daughter is aggressive is someone it
/// happens to, harmed by their child (oudermishandeling), and gets advice for that: not her fault, Veilig Thuis, 112.
/// </summary>
public sealed class AggressiveOwnChildTests(ConversationHostFixture fixture) : IClassFixture<ConversationHostFixture>
{
    [Theory]
    [InlineData("nl-NL", "mijn zoon van 17 is de laatste tijd zo agressief")]
    [InlineData("nl-NL", "mijn dochter is de laatste tijd erg agressief")]
    [InlineData("nl-NL", "mijn zoon is zo agressief")]
    [InlineData("en-US", "my 17 year old son has been so aggressive lately")]
    [InlineData("en-US", "my son is so aggressive")]
    public async Task A_parent_telling_that_their_own_child_is_aggressive_is_a_parent_harmed_by_a_child(string locale, string story)
    {
        var conversation = new TypedConversation(fixture.Host.Services, locale);
        await conversation.StartAsync();

        await conversation.SayAsync(story);

        Assert.Equal(["self"], conversation.State.Values["role"]);
        Assert.Equal(["parent_harmed_by_child"], conversation.State.Values["about"]);
    }

    [Fact]
    public async Task A_son_aggressive_towards_his_wife_is_about_a_partner_and_the_one_who_writes_is_family()
    {
        var conversation = new TypedConversation(fixture.Host.Services, "nl-NL");
        await conversation.StartAsync();

        await conversation.SayAsync("mijn zoon is zo agressief tegen zijn vrouw");

        Assert.NotEqual(["self"], conversation.State.Values["role"]);
    }

    [Fact]
    public async Task The_mother_pushed_by_her_son_gets_advice_for_a_parent_harmed_by_their_child()
    {
        var conversation = new TypedConversation(fixture.Host.Services, "nl-NL");
        await conversation.StartAsync();
        await conversation.SayAsync("mijn zoon van 17 is de laatste tijd zo agressief");
        await conversation.SayAsync("hij heeft me vorige week tegen de muur geduwd");

        var typed = await conversation.TypeUntilAsync("Wil je dit bespreken", "klaar", "soms", "geen van deze", "nee");

        Assert.NotNull(typed);
        Assert.Contains("child_attacks_parent", conversation.State.Values["signals"]);
        Assert.Contains(conversation.AllTexts, text => text.Contains("niet jouw schuld dat je kind", StringComparison.Ordinal) && text.Contains("Veilig Thuis", StringComparison.Ordinal));
        Assert.DoesNotContain(conversation.AllTexts, text => text.Contains("Spreek degene die geweld gebruikt er niet op aan", StringComparison.Ordinal));
    }
}
