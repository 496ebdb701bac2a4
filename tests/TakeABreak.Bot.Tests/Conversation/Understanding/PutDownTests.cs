namespace TakeABreak.Bot.Tests.Conversation.Understanding;

/// <summary>
/// What a woman typed in the lead's tries of the tenth session: "mijn partner", then "hij scheldt me uit en zegt dat ik
/// niks waard ben". The bot took it as a bystander who heard shouting and asked again, and again, who she was; the
/// catalogue had no sign at all for being put down, called names or humiliated (psychological violence).
/// </summary>
public sealed class PutDownTests(ConversationHostFixture fixture) : IClassFixture<ConversationHostFixture>
{
    [Theory]
    [InlineData("nl-NL", "hij scheldt me uit en zegt dat ik niks waard ben")]
    [InlineData("nl-NL", "mijn vriend kleineert me waar iedereen bij is")]
    [InlineData("nl-NL", "mijn man maakt me steeds belachelijk")]
    [InlineData("en-US", "my husband calls me names and puts me down all the time")]
    [InlineData("en-US", "he says im worthless")]
    public async Task Being_put_down_is_told_about_oneself_and_is_a_sign(string locale, string story)
    {
        var conversation = new TypedConversation(fixture.Host.Services, locale);
        await conversation.StartAsync();

        await conversation.SayAsync(story);

        Assert.Equal(["self"], conversation.State.Values["role"]);
        Assert.Contains("belittled_or_humiliated", conversation.State.Values.GetValueOrDefault("signals") ?? []);
    }

    [Fact]
    public async Task After_naming_the_partner_a_put_down_still_answers_who_she_is()
    {
        var conversation = new TypedConversation(fixture.Host.Services, "nl-NL");
        await conversation.StartAsync();
        await conversation.SayAsync("mijn partner");

        await conversation.SayAsync("hij scheldt me uit en zegt dat ik niks waard ben");

        Assert.Equal(["self"], conversation.State.Values["role"]);
        Assert.Equal(["partner"], conversation.State.Values["about"]);
    }

    [Fact]
    public async Task A_neighbour_who_hears_her_put_down_sees_a_sign_about_her()
    {
        var conversation = new TypedConversation(fixture.Host.Services, "nl-NL");
        await conversation.StartAsync();
        await conversation.SayAsync("buur");

        await conversation.SayAsync("ik hoor de buurman zijn vrouw steeds uitschelden en kleineren");

        Assert.Contains("belittled_or_humiliated", conversation.State.Values.GetValueOrDefault("signals") ?? []);
    }
}
