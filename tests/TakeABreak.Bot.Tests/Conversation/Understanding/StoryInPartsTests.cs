namespace TakeABreak.Bot.Tests.Conversation.Understanding;

/// <summary>
/// What a neighbour typed in the lead's tries of the tenth session: "ik hoor de buurman vaak schreeuwen", then, still at
/// the question whom it is about, "ze heeft ook een blauw oog gehad". The first sign was kept for later, the second got
/// "Dat begrijp ik niet goed": once a list ahead held one sign told early, no later message could add another. "klaar"
/// typed there, as the card's button says, with nobody ticked, got "Ik begrijp het nog niet".
/// </summary>
public sealed class StoryInPartsTests(ConversationHostFixture fixture) : IClassFixture<ConversationHostFixture>
{
    [Theory]
    [InlineData("nl-NL", "buur", "ik hoor de buurman vaak schreeuwen en gisteren hoorde ik haar huilen", "ze heeft ook een blauw oog gehad", "Ik begrijp")]
    [InlineData("en-US", "neighbour", "i often hear the man next door shouting", "she also had a black eye", "I understood")]
    public async Task A_sign_told_in_a_later_message_is_added_to_the_signs_told_before(string locale, string role, string first, string second, string understood)
    {
        var conversation = new TypedConversation(fixture.Host.Services, locale);
        await conversation.StartAsync();
        await conversation.SayAsync(role);
        await conversation.SayAsync(first);

        var replies = await conversation.SayAsync(second);

        var signals = conversation.State.Values.GetValueOrDefault("signals") ?? [];
        Assert.Contains("shouting_or_screaming", signals);
        Assert.Contains("unexplained_injuries", signals);
        Assert.Contains(replies, reply => reply.Text.StartsWith(understood, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("nl-NL", "buur", "klaar", "Kies minstens één")]
    [InlineData("en-US", "neighbour", "done", "Please choose at least one")]
    public async Task Done_typed_with_nobody_ticked_asks_to_choose_at_least_one(string locale, string role, string done, string expected)
    {
        var conversation = new TypedConversation(fixture.Host.Services, locale);
        await conversation.StartAsync();
        await conversation.SayAsync(role);

        var replies = await conversation.SayAsync(done);

        Assert.Contains(replies, reply => reply.Text.StartsWith(expected, StringComparison.Ordinal));
    }
}
