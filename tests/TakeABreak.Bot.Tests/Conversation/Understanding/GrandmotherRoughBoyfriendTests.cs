namespace TakeABreak.Bot.Tests.Conversation.Understanding;

/// <summary>
/// A grandmother typed in the seventeenth session's played conversations: "mijn dochter heeft een nieuwe vriend en die is
/// erg ruw met de kinderen" at the signs checklist got only "Dat weet ik al: het gaat om een kind". Being rough with the
/// children is someone hurting them: it ticks the sign of physical violence.
/// </summary>
public sealed class GrandmotherRoughBoyfriendTests(ConversationHostFixture fixture) : IClassFixture<ConversationHostFixture>
{
    [Theory]
    [InlineData("nl-NL", "ik maak me zorgen om mijn kleinkinderen", "mijn dochter heeft een nieuwe vriend en die is erg ruw met de kinderen")]
    [InlineData("nl-NL", "ik maak me zorgen om mijn kleinkinderen", "haar vriend is hardhandig met de kinderen")]
    [InlineData("en-US", "i'm worried about my grandchildren", "my daughter has a new boyfriend and he is very rough with the kids")]
    public async Task Rough_with_the_children_is_a_sign_of_physical_violence(string locale, string worry, string story)
    {
        var conversation = new TypedConversation(fixture.Host.Services, locale);
        await conversation.StartAsync();
        await conversation.SayAsync(worry);

        var replies = await conversation.SayAsync(story);

        Assert.Contains("physical_violence", conversation.State.Values["signals"]);
        Assert.DoesNotContain(replies, reply => reply.Text.StartsWith("Dat weet ik al", StringComparison.Ordinal) || reply.Text.StartsWith("I already know", StringComparison.Ordinal));
    }
}
