namespace TakeABreak.Bot.Tests.Conversation.Understanding;

/// <summary>
/// A 16-year-old typed, in the lead's tries of the fourteenth session, "mn vriend checkt steeds mn telefoon en wordt boos als
/// ik met vriendinnen afspreek" and was taken for a friend of the family ("mn" was no "mijn"), then asked "is dit
/// normaal?" and got "Dat begrijp ik niet goed". Chat spellings are read as the words they stand for, and the question
/// whether it is normal gets a plain answer.
/// </summary>
public sealed class ChatStyleTeenagerTests(ConversationHostFixture fixture) : IClassFixture<ConversationHostFixture>
{
    [Theory]
    [InlineData("nl-NL", "mn vriend checkt steeds mn telefoon en wordt boos als ik met vriendinnen afspreek")]
    [InlineData("nl-NL", "m'n man controleert m'n telefoon")]
    [InlineData("nl-NL", "mn bf wordt boos als ik met vriendinnen afspreek")]
    [InlineData("en-US", "my bf checks my phone all the time")]
    [InlineData("en-US", "ur not gonna believe it but my hubby reads all my messages")]
    public async Task Chat_spellings_of_my_and_boyfriend_are_read_as_someone_telling_about_their_own_partner(string locale, string typed)
    {
        var conversation = new TypedConversation(fixture.Host.Services, locale);
        await conversation.StartAsync();

        await conversation.SayAsync(typed);

        Assert.Equal(["self"], conversation.State.Values["role"]);
        Assert.Equal(["partner"], conversation.State.Values["about"]);
    }

    [Theory]
    [InlineData("nl-NL", "mijn vriend checkt steeds mijn telefoon", "is dit normaal?", "is niet normaal")]
    [InlineData("nl-NL", "mijn vriend checkt steeds mijn telefoon", "mag hij dat zomaar", "is niet normaal")]
    [InlineData("en-US", "my boyfriend checks my phone all the time", "is this normal??", "is not normal")]
    public async Task Asking_whether_it_is_normal_gets_a_plain_answer_and_the_question_again(string locale, string story, string asked, string answer)
    {
        var conversation = new TypedConversation(fixture.Host.Services, locale);
        await conversation.StartAsync();
        await conversation.SayAsync(story);

        await conversation.SayAsync(asked);

        Assert.Contains(conversation.Turns[^1], reply => reply.Text.Contains(answer, StringComparison.Ordinal));
        Assert.DoesNotContain(conversation.Turns[^1], reply => reply.Text.Contains("begrijp ik niet", StringComparison.Ordinal) || reply.Text.Contains("not quite understand", StringComparison.Ordinal));
        Assert.Equal(["controls_phone"], conversation.State.Values["signals"]);
    }
}
