namespace TakeABreak.Bot.Tests.Conversation.Understanding;

/// <summary>
/// A 13-year-old typed in the seventeenth session's played conversations: "mijn broer slaat me". Who hurts her was left
/// open (no person type named a brother), and "ik ben 13", "hij is 16" were not understood there. A young person hurt by
/// a brother or sister at home is a child at risk ("Iemand bij mij thuis … (ik ben jonger dan 18)") and gets the advice
/// for a child (that she is about someone at home: WhoHurtsYouTests).
/// </summary>
public sealed class HitByABrotherTests(ConversationHostFixture fixture) : IClassFixture<ConversationHostFixture>
{
    [Fact]
    public async Task She_gets_the_advice_for_a_child()
    {
        var conversation = new TypedConversation(fixture.Host.Services, "nl-NL");
        await conversation.StartAsync();
        await conversation.SayAsync("mijn broer slaat me");

        var typed = await conversation.TypeUntilAsync("iemand die je vertrouwt", "klaar", "vaak", "nee", "nee");

        Assert.NotNull(typed);
        Assert.Contains(conversation.AllTexts, text => text.Contains("0800-0432", StringComparison.Ordinal) && text.Contains("niet jouw schuld", StringComparison.Ordinal));
    }
}
