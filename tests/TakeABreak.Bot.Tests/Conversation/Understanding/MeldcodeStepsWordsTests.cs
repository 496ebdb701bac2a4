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

    /// <summary>Found in round 36: after step 5 ("beslis, in deze volgorde: 1 … 2 …") the afwegingskader said the same order again.</summary>
    [Theory]
    [InlineData("nl-NL", "ja", "verder", "in deze volgorde", "afwegingskader")]
    [InlineData("en-US", "yes", "next", "in this order", "afwegingskader")]
    public async Task After_the_five_steps_one_by_one_the_order_to_decide_in_is_said_once(string locale, string yes, string next, string order, string framework)
    {
        var conversation = new TypedConversation(fixture.Host.Services, locale, channel: "msteams");
        await conversation.StartAsync();
        await conversation.SayAsync(locale == "nl-NL" ? "De stappen van de Meldcode" : "The steps of the Meldcode");
        await conversation.SayAsync(yes);
        for (var step = 1; step < 4; step++)
        {
            await conversation.SayAsync(next);
        }

        var replies = await conversation.SayAsync(next);

        Assert.Contains(replies, reply => reply.Text.StartsWith(locale == "nl-NL" ? "Stap 5" : "Step 5", StringComparison.Ordinal));
        Assert.Contains(replies, reply => reply.Text.Contains(framework, StringComparison.Ordinal));
        Assert.Single(replies, reply => reply.Text.Contains(order, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("nl-NL", "ja", "klaar", "Beslis in deze volgorde")]
    [InlineData("en-US", "yes", "done", "Decide in this order")]
    public async Task Stopping_before_step_5_the_afwegingskader_still_says_the_order_to_decide_in(string locale, string yes, string stop, string order)
    {
        var conversation = new TypedConversation(fixture.Host.Services, locale, channel: "msteams");
        await conversation.StartAsync();
        await conversation.SayAsync(locale == "nl-NL" ? "De stappen van de Meldcode" : "The steps of the Meldcode");
        await conversation.SayAsync(yes);

        var replies = await conversation.SayAsync(stop);

        Assert.Contains(replies, reply => reply.Text.Contains(order, StringComparison.Ordinal));
    }
}
