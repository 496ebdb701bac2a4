namespace TakeABreak.Bot.Tests.Conversation.Understanding;

/// <summary>
/// In the lead's tries of the twelfth session a man typed "ik ben zelf degene die slaat. ik schaam me kapot" and was taken
/// for a victim: "Wie doet jou pijn of maakt je bang?", then "Het is niet jouw schuld." Someone who uses violence and wants
/// to stop gets their own short path: what they can do (Veilig Thuis is there for them too) and the offer to talk with
/// Moviera, without the questions for someone who is harmed. His first message, "ik moet iets kwijt", got "Dat begrijp ik
/// niet goed".
/// </summary>
public sealed class UsesViolenceTests(ConversationHostFixture fixture) : IClassFixture<ConversationHostFixture>
{
    [Theory]
    [InlineData("nl-NL", "ik ben zelf degene die slaat. ik schaam me kapot")]
    [InlineData("nl-NL", "ik sla mijn vriendin als ik boos word")]
    [InlineData("nl-NL", "ik heb mijn vrouw gisteren geslagen en ik wil dat nooit meer")]
    [InlineData("nl-NL", "ik word snel agressief thuis, hoe kan ik stoppen met slaan")]
    [InlineData("en-US", "i hit my girlfriend when i get angry and i want to stop")]
    [InlineData("en-US", "i'm the one who hits, i have anger issues")]
    public async Task Someone_who_uses_violence_gets_their_own_path(string locale, string typed)
    {
        var conversation = new TypedConversation(fixture.Host.Services, locale);
        await conversation.StartAsync();

        var replies = await conversation.SayAsync(typed);

        Assert.Equal(["uses_violence"], conversation.State.Values["role"]);
        Assert.Contains(replies, reply => reply.Text.Contains("0800-2000", StringComparison.Ordinal) && reply.Text.Contains(locale == "nl-NL" ? "mensen die geweld gebruiken" : "people who use violence", StringComparison.Ordinal));
        Assert.Contains(replies, reply => reply.Text.StartsWith(locale == "nl-NL" ? "Wil je dit bespreken met iemand van Moviera?" : "Would you like to talk this through with someone from Moviera?", StringComparison.Ordinal));
        Assert.DoesNotContain(conversation.AllTexts, text => text.Contains(locale == "nl-NL" ? "niet jouw schuld" : "not your fault", StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_button_for_it_is_offered_with_the_roles()
    {
        var conversation = new TypedConversation(fixture.Host.Services, "nl-NL");
        var replies = await conversation.StartAsync();

        Assert.Contains(replies, reply => reply.Choices.Any(choice => choice.Title == "Ik gebruik zelf geweld"));
    }

    [Theory]
    [InlineData("nl-NL", "ik maak me zorgen")]
    [InlineData("nl-NL", "ik ben bang")]
    [InlineData("nl-NL", "zelf")]
    [InlineData("nl-NL", "ik heb mijn buurvrouw horen gillen")]
    [InlineData("en-US", "i'm worried")]
    [InlineData("en-US", "myself")]
    public async Task Words_a_worried_person_types_do_not_choose_it(string locale, string typed)
    {
        var conversation = new TypedConversation(fixture.Host.Services, locale);
        await conversation.StartAsync();

        await conversation.SayAsync(typed);

        Assert.NotEqual(["uses_violence"], conversation.State.Values.GetValueOrDefault("role") ?? []);
    }

    [Theory]
    [InlineData("nl-NL", "mijn man slaat mij")]
    [InlineData("nl-NL", "ik ben degene die de klappen krijgt")]
    [InlineData("nl-NL", "ik word geslagen door mijn vriend en ik wil dat het stopt")]
    [InlineData("en-US", "i'm the one who gets hit")]
    [InlineData("en-US", "my boyfriend hits me")]
    public async Task Someone_who_is_harmed_is_still_about_themselves(string locale, string typed)
    {
        var conversation = new TypedConversation(fixture.Host.Services, locale);
        await conversation.StartAsync();

        await conversation.SayAsync(typed);

        Assert.Equal(["self"], conversation.State.Values["role"]);
    }

    [Theory]
    [InlineData("nl-NL", "ik moet iets kwijt", "Neem de tijd.")]
    [InlineData("en-US", "i need to talk about something", "Take your time.")]
    public async Task Needing_to_tell_something_is_met_with_time_not_with_not_understood(string locale, string typed, string expected)
    {
        var conversation = new TypedConversation(fixture.Host.Services, locale);
        await conversation.StartAsync();

        var replies = await conversation.SayAsync(typed);

        Assert.Contains(replies, reply => reply.Text.StartsWith(expected, StringComparison.Ordinal));
    }
}
