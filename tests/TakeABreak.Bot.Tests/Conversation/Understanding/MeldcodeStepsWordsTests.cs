namespace TakeABreak.Bot.Tests.Conversation.Understanding;

/// <summary>
/// In the lead's tries of the tenth session a GP in Teams, asked "Wil je de stappen één voor één zien?", typed "volgende
/// stap" twice and was told "Ik weet niet zeker of je ja of nee bedoelt", then "Ik begrijp het nog niet".
/// </summary>
public sealed class MeldcodeStepsWordsTests(ConversationHostFixture fixture) : IClassFixture<ConversationHostFixture>
{
    [Theory]
    [InlineData("nl-NL", "volgende stap", "Stap 1")]
    [InlineData("nl-NL", "ja graag, stap voor stap", "Stap 1")]
    [InlineData("nl-NL", "ja", "Stap 1")]
    [InlineData("en-US", "step by step please", "Step 1")]
    [InlineData("en-US", "yes", "Step 1")]
    public async Task Asked_for_the_steps_one_by_one_a_professional_may_say_so_in_own_words(string locale, string answer, string firstStep)
    {
        var conversation = new TypedConversation(fixture.Host.Services, locale, channel: "msteams");
        await conversation.StartAsync();
        await conversation.SayAsync(locale == "nl-NL" ? "De stappen van de Meldcode" : "The steps of the Meldcode");
        Assert.Contains(conversation.Turns[^1], reply => reply.Text.Contains(locale == "nl-NL" ? "één voor één" : "one by one", StringComparison.Ordinal));

        var replies = await conversation.SayAsync(answer);

        Assert.Contains(replies, reply => reply.Text.StartsWith(firstStep, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("nl-NL", "nee hoor, ik ken ze al")]
    [InlineData("en-US", "no thanks")]
    public async Task A_professional_who_knows_the_steps_does_not_get_them_one_by_one(string locale, string answer)
    {
        var conversation = new TypedConversation(fixture.Host.Services, locale, channel: "msteams");
        await conversation.StartAsync();
        await conversation.SayAsync(locale == "nl-NL" ? "De stappen van de Meldcode" : "The steps of the Meldcode");

        var replies = await conversation.SayAsync(answer);

        Assert.DoesNotContain(replies, reply => reply.Text.StartsWith(locale == "nl-NL" ? "Stap 1" : "Step 1", StringComparison.Ordinal));
        Assert.Equal(["no"], conversation.State.Values["meldcode_step_by_step"]);
    }
}
