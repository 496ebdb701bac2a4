using TakeABreak.Bot.Testing.Conversations;
using TakeABreak.Bot.Tests.Conversation;
using TakeABreak.Signalering.Consultations.Contact;

namespace TakeABreak.Bot.Tests.Consultations;

/// <summary>
/// The consultation request as the lead played it in session 17: consent typed together with a phone number and a time
/// ("ja liever bellen, 0612345678, na 6 uur") lost the number; "nee ik wil eerst weten wat er dan gebeurt" was a no and
/// "what happens if I say yes?" a yes; and a request sent in the middle of a conversation went back to the first question
/// as if nothing happened.
/// </summary>
public sealed class ConsultationTypedAsPeopleTypeItTests : IDisposable
{
    private readonly ConsultationHost _hosts = new();

    [Theory]
    [InlineData("nl-NL", "ik wil een mens spreken", "ja liever bellen, 0612345678, na 6 uur", "na 6 uur")]
    [InlineData("nl-NL", "ik wil een mens spreken", "ja bel me op 06-12345678 na 18:00", "na 18:00")]
    [InlineData("en-US", "i want to talk to a person", "yes call me on 0612345678 after 6", "after 6")]
    public async Task Consent_typed_with_a_phone_number_and_a_time_keeps_both(string locale, string request, string consent, string time)
    {
        var host = _hosts.Start();
        var english = locale == "en-US";

        await new TestFlow(host, locale, conversationId: "consent-with-number")
            .SendConversationUpdate()
            .SkipReplies()
            .Send(request)
            .AssertReplyEventually(r => r.Text == (english ? "Do you agree that we send this to Moviera?" : "Vind je het goed dat we dit naar Moviera sturen?"), "the consent question")
            .Send(consent)
            .AssertReplyEventually(r => r.Text!.Contains("0612345678", StringComparison.Ordinal) || r.Text.Contains("06-12345678", StringComparison.Ordinal), "the number said back")
            .AssertReplyEventually(r => r.Text!.StartsWith(english ? "What may Moviera call you?" : "Hoe mag Moviera je noemen?", StringComparison.Ordinal), "the name question, not the number again")
            .Send(english ? "skip" : "overslaan")
            .AssertReplyEventually(r => r.Text!.Contains("+31612345678", StringComparison.Ordinal), "the summary with the number")
            .SkipReplies()
            .Send(english ? "send" : "versturen")
            .AssertReplyEventually(r => ConsultationConversationTests.ReferencePattern().IsMatch(r.Text ?? string.Empty), "the confirmation")
            .StartTestAsync();

        var contact = Assert.Single(await ConsultationHost.RecordsAsync(host)).Request.Contact;
        Assert.Equal((ContactWay.Phone, "+31612345678", time), (contact.Way, contact.Address, contact.SafeTime));
    }

    [Fact]
    public async Task A_wrong_number_typed_with_consent_is_checked_and_asked_for_again()
    {
        var host = _hosts.Start();

        await new TestFlow(host, "nl-NL", conversationId: "consent-wrong-number")
            .Start()
            .Send("ik wil een mens spreken")
            .AssertReplyEventually(r => r.Text == "Vind je het goed dat we dit naar Moviera sturen?", "the consent question")
            .Send("ja bel me op 061234567")
            .AssertReplyEventually(r => r.Text!.StartsWith("Dat lijkt geen Nederlands telefoonnummer.", StringComparison.Ordinal), "the number is checked")
            .AssertReplyEventually(r => r.Text!.StartsWith("Wat is je telefoonnummer?", StringComparison.Ordinal), "and asked again")
            .Send("0612345678")
            .AssertReplyEventually(r => r.Text!.StartsWith("Wanneer is het veilig", StringComparison.Ordinal), "the time question")
            .StartTestAsync();
    }

    [Fact]
    public async Task Wait_use_my_email_instead_takes_the_address_given_with_it()
    {
        var host = _hosts.Start();

        await new TestFlow(host, "nl-NL", conversationId: "email-instead")
            .Start()
            .Send("ik wil een mens spreken")
            .AssertReplyEventually(r => r.Text == "Vind je het goed dat we dit naar Moviera sturen?", "the consent question")
            .Send("ja bel me op 0612345678")
            .AssertReplyEventually(r => r.Text!.StartsWith("Wanneer is het veilig", StringComparison.Ordinal), "the time question")
            .Send("nee, mail me op sanne@example.nl")
            .AssertReplyEventually(r => r.Text!.StartsWith("Wanneer is het veilig", StringComparison.Ordinal), "the time question, not the address again")
            .Send("overslaan")
            .AssertReplyEventually(r => r.Text!.StartsWith("Hoe mag Moviera je noemen?", StringComparison.Ordinal), "the name question")
            .Send("overslaan")
            .SkipReplies()
            .Send("versturen")
            .AssertReplyEventually(r => ConsultationConversationTests.ReferencePattern().IsMatch(r.Text ?? string.Empty), "the confirmation")
            .StartTestAsync();

        var contact = Assert.Single(await ConsultationHost.RecordsAsync(host)).Request.Contact;
        Assert.Equal((ContactWay.Email, "sanne@example.nl"), (contact.Way, contact.Address));
    }

    [Theory]
    [InlineData("nl-NL", "ik wil een mens spreken", "nee ik wil eerst weten wat er dan gebeurt", "Pas als je 'Versturen' kiest", "Vind je het goed dat we dit naar Moviera sturen?")]
    [InlineData("nl-NL", "ik wil een mens spreken", "wie leest het?", "Pas als je 'Versturen' kiest", "Vind je het goed dat we dit naar Moviera sturen?")]
    [InlineData("en-US", "i want to talk to a person", "what happens if I say yes?", "Only when you choose 'Send'", "Do you agree that we send this to Moviera?")]
    public async Task Asking_what_happens_at_the_consent_question_explains_it_and_asks_again(string locale, string request, string question, string explained, string consent)
    {
        var host = _hosts.Start();

        await new TestFlow(host, locale, conversationId: "what-happens")
            .SendConversationUpdate()
            .SkipReplies()
            .Send(request)
            .AssertReplyEventually(r => r.Text == consent, "the consent question")
            .Send(question)
            .AssertReplyEventually(r => r.Text!.Contains(explained, StringComparison.Ordinal), "what happens with the request")
            .AssertReplyEventually(r => r.Text == consent, "the consent question again")
            .StartTestAsync();
    }

    [Theory]
    [InlineData("klaar", "Had je iets aan dit gesprek?")]
    [InlineData("verder met het gesprek", "Wat past het best bij jou?")]
    public async Task A_request_sent_in_the_middle_of_a_conversation_says_what_happens_next_and_offers_to_go_on_or_close(string choice, string then)
    {
        var host = _hosts.Start();

        await new TestFlow(host, "nl-NL", conversationId: "sent-mid-way")
            .Start()
            .Send("ik wil een mens spreken")
            .AssertReplyEventually(r => r.Text == "Vind je het goed dat we dit naar Moviera sturen?", "the consent question")
            .Send("ja, bel me op 0612345678")
            .AssertReplyEventually(r => r.Text!.StartsWith("Wanneer is het veilig", StringComparison.Ordinal), "the time question")
            .Send("overslaan")
            .AssertReplyEventually(r => r.Text!.StartsWith("Hoe mag Moviera je noemen?", StringComparison.Ordinal), "the name question")
            .Send("overslaan")
            .SkipReplies()
            .Send("versturen")
            .AssertReplyEventually(r => ConsultationConversationTests.ReferencePattern().IsMatch(r.Text ?? string.Empty), "the confirmation")
            .AssertReplyEventually(
                r => r.Text!.Contains("Moviera neemt", StringComparison.Ordinal) && r.Text.Contains("contact met je op", StringComparison.Ordinal)
                    && r.Text.Contains("0800-2000", StringComparison.Ordinal) && r.Text.Contains("112", StringComparison.Ordinal),
                "who contacts them and when, with Veilig Thuis and 112")
            .AssertReplyEventually(r => r.Text == "Wil je nog verder met het gesprek, of ben je klaar?", "go on or close, not the first question")
            .Send(choice)
            .AssertReplyEventually(r => r.Text!.StartsWith(then, StringComparison.Ordinal), then)
            .StartTestAsync();
    }

    [Theory]
    [InlineData("nl-NL", "ik wil een mens spreken", "ja", "ik wil toch niets sturen", "Er is niets verstuurd")]
    [InlineData("en-US", "i want to talk to a person", "yes", "never mind, don't send it", "Nothing was sent")]
    public async Task Taking_the_request_back_while_it_is_made_sends_nothing_and_closes(string locale, string request, string consent, string takenBack, string said)
    {
        var host = _hosts.Start();

        await new TestFlow(host, locale, conversationId: "taken-back")
            .SendConversationUpdate()
            .SkipReplies()
            .Send(request)
            .SkipReplies()
            .Send(consent)
            .SkipReplies()
            .Send(takenBack)
            .AssertReplyEventually(r => r.Text!.Contains(said, StringComparison.Ordinal), "nothing is sent")
            .AssertReplyEventually(r => r.Text!.Contains("0800-2000", StringComparison.Ordinal), "Veilig Thuis")
            .StartTestAsync();

        Assert.Empty(await ConsultationHost.RecordsAsync(host));
    }

    public void Dispose() => _hosts.Dispose();
}
