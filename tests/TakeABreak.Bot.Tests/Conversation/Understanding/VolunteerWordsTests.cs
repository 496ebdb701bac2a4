namespace TakeABreak.Bot.Tests.Conversation.Understanding;

/// <summary>
/// What a food bank volunteer typed in the lead's tries of the tenth session: "ze heeft ook kinderen" did not count as
/// children in the home, so the urgency left them out; "moet ik het melden?" at the offer to talk to Moviera was answered
/// "Ik weet niet zeker of je ja of nee bedoelt".
/// </summary>
public sealed class VolunteerWordsTests(ConversationHostFixture fixture) : IClassFixture<ConversationHostFixture>
{
    [Theory]
    [InlineData("nl-NL", "ze heeft ook kinderen, die zijn heel stil")]
    [InlineData("nl-NL", "er wonen twee kinderen in dat huis")]
    [InlineData("en-US", "she has kids too, they are very quiet")]
    public async Task Children_in_the_home_told_in_passing_count(string locale, string story)
    {
        var conversation = new TypedConversation(fixture.Host.Services, locale);
        await conversation.StartAsync();
        await conversation.SayAsync(locale == "nl-NL" ? "ik ben vrijwilliger" : "i am a volunteer");
        await conversation.SayAsync(locale == "nl-NL" ? "haar man controleert haar telefoon" : "her husband checks her phone");

        await conversation.SayAsync(story);

        Assert.Contains("children_present", conversation.State.Values.GetValueOrDefault("serious_factors") ?? []);
    }

    [Theory]
    [InlineData("nl-NL", "moet ik het melden?", "Advies vragen bij Veilig Thuis kan anoniem")]
    [InlineData("nl-NL", "wanneer moet ik melden", "Advies vragen bij Veilig Thuis kan anoniem")]
    [InlineData("en-US", "should i report it?", "You can ask Veilig Thuis for advice anonymously")]
    public async Task Asked_whether_to_report_the_bot_explains_advice_and_report(string locale, string question, string answer)
    {
        var conversation = new TypedConversation(fixture.Host.Services, locale);
        await conversation.StartAsync();
        await conversation.SayAsync(locale == "nl-NL" ? "ik ben vrijwilliger" : "i am a volunteer");

        var replies = await conversation.SayAsync(question);

        Assert.Contains(replies, reply => reply.Text.Contains(answer, StringComparison.Ordinal));
    }
}
