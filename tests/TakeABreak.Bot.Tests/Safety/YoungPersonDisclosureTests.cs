using Microsoft.Extensions.DependencyInjection;
using TakeABreak.Bot.Safety;
using TakeABreak.Bot.Testing;
using TakeABreak.Bot.Testing.Conversations;
using TakeABreak.Signalering.Safety;

namespace TakeABreak.Bot.Tests.Safety;

/// <summary>
/// Played in session 24: a child who said "ik ben 12" and later told what happens at home got the guard's answer for adults
/// (Veilig Thuis only). Once the conversation knows the writer is young, a serious disclosure is answered with the words for
/// children, which give De Kindertelefoon first (plainly, as the age is known).
/// </summary>
public sealed class YoungPersonDisclosureTests : IDisposable
{
    private readonly TestBotHost _host = new();

    private SafetyMessages Messages => _host.Services.GetRequiredService<SafetyContent>().Messages;

    [Theory]
    [InlineData("nl-NL", "nl", "ik ben 12, mag ik iets vragen", "ik verstop me dan op mijn kamer met mijn broertje als ze ruzie hebben")]
    [InlineData("en-GB", "en", "im 13, can i ask something", "i hide in my room with my little brother when they fight")]
    public async Task A_serious_disclosure_by_someone_who_said_they_are_young_gives_De_Kindertelefoon(string locale, string language, string first, string disclosure)
    {
        await new TestFlow(_host, locale: locale)
            .SendConversationUpdate().SkipReplies()
            .Send(first).SkipReplies()
            .Send(disclosure)
            .AssertReply(reply => Assert.StartsWith(Messages.Get(SafetyMessages.ChildDisclosure + SafetyReplies.YoungSuffix, language), reply.Text, StringComparison.Ordinal), "the answer for a child who said their age")
            .StartTestAsync();
    }

    [Fact]
    public async Task A_neighbour_who_tells_the_same_gets_the_answer_for_adults()
    {
        await new TestFlow(_host, locale: "nl-NL")
            .SendConversationUpdate().SkipReplies()
            .Send("ik ben de buurvrouw").SkipReplies()
            .Send("het kind van de buren verstopt zich op zijn kamer als ze ruzie hebben, papa slaat mama")
            .AssertReply(reply => Assert.DoesNotContain("0800-0432", reply.Text, StringComparison.Ordinal), "the answer for adults")
            .StartTestAsync();
    }

    public void Dispose() => _host.Dispose();
}
