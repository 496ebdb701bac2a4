using TakeABreak.Bot.Testing.Conversations;
using TakeABreak.Bot.Tests.Conversation;

namespace TakeABreak.Bot.Tests.Consultations;

/// <summary>
/// The consultation request as played in session 18: "nee" at the question about a safe time was kept as the safe
/// moment; "after the kids are asleep" typed with the number was not read as a time; "ja ik wil wel met iemand praten"
/// at the offer first heard "Ik ben een digitale assistent" and began the request anew.
/// </summary>
public sealed class ConsultationPlayedConversationsTests : IDisposable
{
    private readonly ConsultationHost _hosts = new();

    [Theory]
    [InlineData("nl-NL", "ik wil een mens spreken", "ja bel me op 0612345678", "nee", "overslaan")]
    [InlineData("en-US", "i want to talk to a person", "yes call me on 0612345678", "no", "skip")]
    public async Task No_at_the_safe_time_question_is_no_safe_moment(string locale, string request, string consent, string no, string skip)
    {
        var host = _hosts.Start();
        var english = locale == "en-US";

        await new TestFlow(host, locale, conversationId: "no-safe-time")
            .SendConversationUpdate()
            .SkipReplies()
            .Send(request)
            .AssertReplyEventually(r => r.Text == (english ? "Do you agree that we send this to Moviera?" : "Vind je het goed dat we dit naar Moviera sturen?"), "the consent question")
            .Send(consent)
            .AssertReplyEventually(r => r.Text!.StartsWith(english ? "When is it safe" : "Wanneer is het veilig", StringComparison.Ordinal), "the time question")
            .Send(no)
            .AssertReplyEventually(r => r.Text!.StartsWith(english ? "When is it safe" : "Wanneer is het veilig", StringComparison.Ordinal), "the time question again")
            .Send(skip)
            .AssertReplyEventually(r => r.Text!.StartsWith(english ? "What may Moviera call you?" : "Hoe mag Moviera je noemen?", StringComparison.Ordinal), "the name question")
            .Send(skip)
            .SkipReplies()
            .Send(english ? "send" : "versturen")
            .AssertReplyEventually(r => ConsultationConversationTests.ReferencePattern().IsMatch(r.Text ?? string.Empty), "the confirmation")
            .StartTestAsync();

        Assert.Null(Assert.Single(await ConsultationHost.RecordsAsync(host)).Request.Contact.SafeTime);
    }

    [Theory]
    [InlineData("en-US", "yes call me on 0612345678 after the kids are asleep", "after the kids are asleep")]
    [InlineData("en-US", "yes call me on 0612345678 when he is at work", "when he is at work")]
    [InlineData("nl-NL", "ja bel me op 0612345678 als de kinderen slapen", "als de kinderen slapen")]
    [InlineData("nl-NL", "ja bel me op 0612345678 onder schooltijd", "onder schooltijd")]
    public async Task A_moment_told_in_everyday_words_with_the_number_is_the_safe_moment(string locale, string consent, string moment)
    {
        var host = _hosts.Start();
        var english = locale == "en-US";

        await new TestFlow(host, locale, conversationId: "everyday-moment")
            .SendConversationUpdate()
            .SkipReplies()
            .Send(english ? "i want to talk to a person" : "ik wil een mens spreken")
            .AssertReplyEventually(r => r.Text == (english ? "Do you agree that we send this to Moviera?" : "Vind je het goed dat we dit naar Moviera sturen?"), "the consent question")
            .Send(consent)
            .AssertReplyEventually(r => r.Text!.StartsWith(english ? "What may Moviera call you?" : "Hoe mag Moviera je noemen?", StringComparison.Ordinal), "the name question, not the time question")
            .Send(english ? "skip" : "overslaan")
            .SkipReplies()
            .Send(english ? "send" : "versturen")
            .AssertReplyEventually(r => ConsultationConversationTests.ReferencePattern().IsMatch(r.Text ?? string.Empty), "the confirmation")
            .StartTestAsync();

        Assert.Equal(moment, Assert.Single(await ConsultationHost.RecordsAsync(host)).Request.Contact.SafeTime);
    }

    [Theory]
    [InlineData("ja ik wil wel met iemand praten")]
    [InlineData("ik wil graag met iemand van Moviera praten")]
    public async Task Asking_for_someone_at_the_offer_is_its_yes(string answer)
    {
        var host = _hosts.Start();

        await new TestFlow(host, "nl-NL", conversationId: "yes-at-offer")
            .Start()
            .Send("mijn buurvrouw wordt geslagen door haar man, ik hoor het vaak")
            .SkipReplies()
            .Send("klaar")
            .SkipReplies()
            .Send("klaar")
            .AssertReplyEventually(r => r.Text == "Wil je dit bespreken met iemand van Moviera?", "the offer")
            .Send(answer)
            .AssertReplies(
                replies =>
                {
                    Assert.DoesNotContain(replies, r => r.Text == "Ik ben een digitale assistent, geen mens.");
                    Assert.Contains(replies, r => r.Text == "Vind je het goed dat we dit naar Moviera sturen?");
                },
                "the consent question, without 'Ik ben een digitale assistent'")
            .StartTestAsync();
    }

    public void Dispose() => _hosts.Dispose();
}
