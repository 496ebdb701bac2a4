namespace TakeABreak.Bot.Tests.Conversation.Understanding;

/// <summary>
/// In the lead's tries of the ninth session a district nurse wrote that an older client "zegt dat ze niks mag uitgeven":
/// the bot took it as the client telling she is hurt, counted that as acute unsafety and sent the nurse to step 5 of the
/// Meldcode. Telling counts as a disclosure of harm only when what is told is harm (the catalogue's `only_with`). Her
/// having no food in the house was no sign at all: neglect of an older person is one now.
/// </summary>
public sealed class DisclosureTests(ConversationHostFixture fixture) : IClassFixture<ConversationHostFixture>
{
    [Theory]
    [InlineData("nl-NL", "ze heeft geen eten in huis en zegt dat ze niks mag uitgeven")]
    [InlineData("en-US", "she has no food in the house and told me she isn't allowed to spend anything")]
    public async Task Telling_about_money_is_no_disclosure_of_being_hurt(string locale, string story)
    {
        var conversation = new TypedConversation(fixture.Host.Services, locale, channel: "msteams");
        await conversation.StartAsync();
        await conversation.SayAsync(locale == "nl-NL" ? "signalen bespreken, ik ben wijkverpleegkundige" : "discuss signs, i'm a district nurse");
        await conversation.SayAsync(locale == "nl-NL" ? "mevrouw is 81 en haar zoon beheert haar geld" : "the lady is 81 and her son manages her money");

        await conversation.SayAsync(story);

        Assert.Contains("older_person", conversation.State.Values["about"]);
        Assert.DoesNotContain("tells_they_are_hurt", conversation.State.Values.GetValueOrDefault("signals") ?? []);
    }

    [Theory]
    [InlineData("nl-NL", "mevrouw is 81 en ze vertelde me dat haar zoon haar slaat")]
    [InlineData("en-US", "the lady is 81 and she told me her son hits her")]
    public async Task An_older_person_who_tells_she_is_hit_is_a_disclosure(string locale, string story)
    {
        var conversation = new TypedConversation(fixture.Host.Services, locale, channel: "msteams");
        await conversation.StartAsync();
        await conversation.SayAsync(locale == "nl-NL" ? "signalen bespreken, ik ben wijkverpleegkundige" : "discuss signs, i'm a district nurse");

        await conversation.SayAsync(story);

        Assert.Contains("tells_they_are_hurt", conversation.State.Values.GetValueOrDefault("signals") ?? []);
    }

    [Theory]
    [InlineData("nl-NL", "ze heeft geen eten in huis en zegt dat ze niks mag uitgeven")]
    [InlineData("en-US", "she has no food in the house and her medication is not given")]
    public async Task An_older_person_without_food_in_the_house_may_be_neglected(string locale, string story)
    {
        var conversation = new TypedConversation(fixture.Host.Services, locale, channel: "msteams");
        await conversation.StartAsync();
        await conversation.SayAsync(locale == "nl-NL" ? "signalen bespreken, ik ben wijkverpleegkundige" : "discuss signs, i'm a district nurse");
        await conversation.SayAsync(locale == "nl-NL" ? "mevrouw is 81 en haar zoon beheert haar geld" : "the lady is 81 and her son manages her money");

        await conversation.SayAsync(story);

        Assert.Contains("older_person_neglected", conversation.State.Values.GetValueOrDefault("signals") ?? []);
    }
}
