namespace TakeABreak.Bot.Tests.Conversation.Understanding;

/// <summary>
/// Played by the seventeenth round's explorer as a resident on the widget: "ik wil graag dat iemand van Moviera mij
/// terugbelt, maar ik ben bang dat mijn partner mijn telefoon ziet". The bot went straight to consent and the phone number
/// and said nothing about her fear; asked what happens with her data, it only spoke of this chat, not of the request
/// Moviera receives.
/// </summary>
public sealed class SafeContactTests(ConversationHostFixture fixture) : IClassFixture<ConversationHostFixture>
{
    private const string AfraidOfBeingSeen = "ik wil graag dat iemand van Moviera mij terugbelt, maar ik ben bang dat mijn partner mijn telefoon ziet";

    [Fact]
    public async Task A_resident_afraid_her_partner_sees_her_phone_hears_her_safe_options_before_she_is_asked_to_agree()
    {
        var conversation = await StartedAsync();

        var replies = await conversation.SayAsync(AfraidOfBeingSeen);

        Assert.Contains(replies, reply => SafeOptions(reply.Text));
        Assert.Contains("Vind je het goed", replies[^1].Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("hij kijkt altijd in mijn telefoon")]
    [InlineData("mijn man mag niet zien dat jullie bellen")]
    public async Task Fear_of_being_seen_told_at_the_contact_question_gets_the_safe_options_and_the_question_again(string fear)
    {
        var conversation = await StartedAsync();
        await conversation.SayAsync("ik wil een mens spreken");
        await conversation.SayAsync("ja");

        var replies = await conversation.SayAsync(fear);

        Assert.Contains(replies, reply => SafeOptions(reply.Text));
        Assert.Contains("Hoe wil je dat Moviera contact met je opneemt?", replies[^1].Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Asked_what_happens_with_her_data_she_hears_what_Moviera_does_with_a_request()
    {
        var conversation = await StartedAsync();
        await conversation.SayAsync(AfraidOfBeingSeen);
        await conversation.SayAsync("ja");

        var replies = await conversation.SayAsync("wat doen jullie met mijn gegevens?");

        Assert.Contains(replies, reply => reply.Text.Contains("hulpvraag", StringComparison.Ordinal) && reply.Text.Contains("gewist", StringComparison.Ordinal));
    }

    private static bool SafeOptions(string text) =>
        text.Contains("veilig moment", StringComparison.Ordinal)
        && text.Contains("Ik neem zelf contact op", StringComparison.Ordinal)
        && text.Contains("0800-2000", StringComparison.Ordinal);

    private async Task<TypedConversation> StartedAsync()
    {
        var conversation = new TypedConversation(fixture.Host.Services, "nl-NL");
        await conversation.StartAsync();
        return conversation;
    }
}
