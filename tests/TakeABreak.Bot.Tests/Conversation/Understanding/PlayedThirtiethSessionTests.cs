namespace TakeABreak.Bot.Tests.Conversation.Understanding;

/// <summary>What the lead found playing the widget in session 30, after rounds 41 to 43 were merged.</summary>
public sealed class PlayedThirtiethSessionTests(ConversationHostFixture fixture) : IClassFixture<ConversationHostFixture>
{
    /// <summary>
    /// A man hit by his wife who asks whether this is even domestic violence hears first that it can happen to anyone, men too,
    /// and then the forms this chat is about.
    /// </summary>
    [Theory]
    [InlineData("en-GB", "my wife hits me when shes drunk, im a man and nobody believes me", "is this even domestic violence?", "Domestic violence can happen to anyone: women and men")]
    [InlineData("nl-NL", "mijn vrouw slaat me als ze gedronken heeft, ik ben een man en niemand gelooft me", "is dit wel huiselijk geweld?", "Huiselijk geweld kan iedereen overkomen: vrouwen en mannen")]
    public async Task A_man_asking_whether_it_is_domestic_violence_hears_it_can_happen_to_anyone(string locale, string first, string asked, string heard)
    {
        var conversation = await TypedConversation.StartedAsync(fixture.Host.Services, locale);
        await conversation.SayAsync(first);

        var replies = await conversation.SayAsync(asked);

        Assert.Contains(replies, reply => reply.Text.StartsWith(heard, StringComparison.Ordinal));
    }

    /// <summary>
    /// A child hiding while her father hits her mother gets "Bel nu 112"; "ik durf niet te bellen" then gets who can call for
    /// her and De Kindertelefoon, not the next question of the flow as if nothing was said.
    /// </summary>
    [Theory]
    [InlineData("nl-NL", "ik ben 14 en zit met mn zusje in de kast want papa slaat mama", "ik durf niet te bellen", "Durf je niet te bellen")]
    [InlineData("en-GB", "im 14 and hiding in the closet with my sister, dad is hitting mum", "im scared to call", "Are you scared to call")]
    public async Task Not_daring_to_call_after_Bel_nu_112_gets_who_can_call_instead(string locale, string first, string said, string heard)
    {
        var conversation = await TypedConversation.StartedAsync(fixture.Host.Services, locale);
        await conversation.SayAsync(first);

        var replies = await conversation.SayAsync(said);

        Assert.Contains(replies, reply => reply.Text.StartsWith(heard, StringComparison.Ordinal));
    }
}
