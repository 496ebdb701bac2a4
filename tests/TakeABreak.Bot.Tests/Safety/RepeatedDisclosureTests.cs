using Microsoft.Extensions.DependencyInjection;
using TakeABreak.Bot.Testing;
using TakeABreak.Bot.Testing.Conversations;
using TakeABreak.BotFramework.Schema;
using TakeABreak.Signalering.Safety;

namespace TakeABreak.Bot.Tests.Safety;

/// <summary>
/// Someone who tells one serious thing after another hears the whole acknowledgement once; the second time it is one
/// sentence that still gives Veilig Thuis (0800-2000), not the same three lines again.
/// </summary>
public sealed class RepeatedDisclosureTests : IDisposable
{
    private readonly TestBotHost _host = new();

    private SafetyMessages Messages => _host.Services.GetRequiredService<SafetyContent>().Messages;

    [Theory]
    [InlineData("nl-NL", "nl", "mijn man heeft me vorige week gewurgd", "hij zei dat hij me vermoordt als ik wegga")]
    [InlineData("en-GB", "en", "my husband strangled me last week", "he said he will kill me if i leave")]
    public async Task A_second_serious_disclosure_gets_one_sentence_with_Veilig_Thuis(string locale, string language, string first, string second)
    {
        var whole = Messages.Get(SafetyMessages.UrgentDisclosure, language);
        await new TestFlow(_host, locale: locale)
            .SendConversationUpdate()
            .SkipReplies()
            .Send(first)
            .AssertReply(reply => Assert.StartsWith(whole, reply.Text, StringComparison.Ordinal), "the whole acknowledgement the first time")
            .SkipReplies()
            .Send(second)
            .AssertReply(
                reply =>
                {
                    var acknowledgement = reply.Text!.Split('\n')[0];
                    Assert.Equal(Messages.Get(SafetyMessages.UrgentDisclosure + "_again", language), acknowledgement);
                    Assert.Contains("0800-2000", acknowledgement, StringComparison.Ordinal);
                    Assert.Single(acknowledgement.Split(". ", StringSplitOptions.RemoveEmptyEntries));
                    Assert.DoesNotContain(whole, reply.Text, StringComparison.Ordinal);
                },
                "one sentence with Veilig Thuis the second time")
            .StartTestAsync();
    }

    [Fact]
    public async Task Every_short_acknowledgement_gives_Veilig_Thuis_and_112_in_one_sentence()
    {
        foreach (var id in Messages.Ids.Where(id => id.EndsWith("_again", StringComparison.Ordinal)))
        {
            foreach (var language in new[] { "nl", "en" })
            {
                var text = Messages.Get(id, language);
                Assert.Contains("0800-2000", text, StringComparison.Ordinal);
                Assert.Contains("112", text, StringComparison.Ordinal);
                Assert.DoesNotContain('\n', text);
                Assert.Single(text.TrimEnd('.').Split(". ", StringSplitOptions.RemoveEmptyEntries));
            }
        }
    }

    public void Dispose() => _host.Dispose();
}
