using TakeABreak.Bot.Testing.Conversations;
using TakeABreak.Signalering.Consultations.Contact;

namespace TakeABreak.Bot.Tests.Consultations;

/// <summary>
/// The consultation request as played in the twenty-sixth round: a story told after asking for Moviera first lost its
/// signs; "telefoon" at the consent question ticked "de partner controleert de telefoon"; "overslaan" at the question how
/// Moviera may reach someone was not understood.
/// </summary>
public sealed class ConsultationTwentySixthRoundTests : IDisposable
{
    private readonly ConsultationHost _hosts = new();

    [Theory]
    [InlineData("nl-NL", "ik ben huisarts", "ik wil met iemand van Moviera praten", "mijn patiënte wordt geslagen door haar man, ze heeft blauwe plekken")]
    [InlineData("nl-NL", "ik ben leerkracht", "ik wil graag met iemand van Moviera overleggen", "een leerling vertelt dat haar vader haar slaat en ze heeft blauwe plekken")]
    [InlineData("en-US", "I'm a GP", "i want to talk to someone from Moviera", "my patient is hit by her husband and she has bruises")]
    public async Task A_story_told_at_whom_the_request_is_about_keeps_its_signs(string locale, string role, string request, string story)
    {
        var host = _hosts.Start();
        var english = locale == "en-US";

        await new TestFlow(host, locale, conversationId: "story-at-request-about")
            .SendConversationUpdate()
            .SkipReplies()
            .Send(role)
            .SkipReplies()
            .Send(request)
            .AssertReplyEventually(r => r.Text!.StartsWith(english ? "Who is your question to Moviera about?" : "Over wie gaat je vraag aan Moviera?", StringComparison.Ordinal), "whom the request is about")
            .Send(story)
            .AssertReplyEventually(r => r.Text == (english ? "Do you agree that we send this to Moviera?" : "Vind je het goed dat we dit naar Moviera sturen?"), "the consent question")
            .Send(english ? "yes" : "ja")
            .SkipReplies()
            .Send(english ? "myself" : "zelf")
            .SkipReplies()
            .Send(english ? "skip" : "overslaan")
            .SkipReplies()
            .Send(english ? "send" : "versturen")
            .AssertReplyEventually(r => ConsultationConversationTests.ReferencePattern().IsMatch(r.Text ?? string.Empty), "the confirmation")
            .StartTestAsync();

        var sent = Assert.Single(await ConsultationHost.RecordsAsync(host)).Request;
        Assert.Contains("physical_violence", sent.SignalIds);
        Assert.Contains("unexplained_injuries", sent.SignalIds);
    }

    [Theory]
    [InlineData("nl-NL", "ik wil met iemand van Moviera praten", "mijn buurvrouw wordt geslagen door haar man, ze heeft blauwe plekken")]
    [InlineData("en-US", "i want to talk to a person", "my neighbour's husband hits her and she has bruises")]
    public async Task A_story_told_at_the_consent_question_of_a_request_begun_first_keeps_its_signs(string locale, string request, string story)
    {
        var host = _hosts.Start();
        var english = locale == "en-US";
        var consent = english ? "Do you agree that we send this to Moviera?" : "Vind je het goed dat we dit naar Moviera sturen?";

        await new TestFlow(host, locale, conversationId: "story-at-consent")
            .SendConversationUpdate()
            .SkipReplies()
            .Send(request)
            .AssertReplyEventually(r => r.Text == consent, "the consent question")
            .Send(story)
            .AssertReplyEventually(r => r.Text == consent, "the consent question again, with what was understood")
            .Send(english ? "yes" : "ja")
            .SkipReplies()
            .Send(english ? "myself" : "zelf")
            .SkipReplies()
            .Send(english ? "skip" : "overslaan")
            .SkipReplies()
            .Send(english ? "send" : "versturen")
            .AssertReplyEventually(r => ConsultationConversationTests.ReferencePattern().IsMatch(r.Text ?? string.Empty), "the confirmation")
            .StartTestAsync();

        var sent = Assert.Single(await ConsultationHost.RecordsAsync(host)).Request;
        Assert.Contains("physical_violence", sent.SignalIds);
        Assert.Contains("partner", sent.PersonTypes);
    }

    /// <summary>A contact answer is how to be reached, never a sign: "telefoon" is no partner who checks the phone.</summary>
    [Theory]
    [InlineData("nl-NL", "telefoon", "ja")]
    [InlineData("nl-NL", "ja, telefonisch", "ja")]
    [InlineData("nl-NL", "ja", "telefoon")]
    [InlineData("en-US", "phone", "yes")]
    [InlineData("en-US", "yes", "phone")]
    public async Task Phone_at_the_consent_or_contact_question_ticks_no_sign(string locale, string atConsent, string atWay)
    {
        var host = _hosts.Start();
        var english = locale == "en-US";

        await new TestFlow(host, locale, conversationId: "phone-is-no-sign")
            .SendConversationUpdate()
            .SkipReplies()
            .Send(english ? "my neighbour's husband hits her, I hear it often" : "mijn buurvrouw wordt geslagen door haar man, ik hoor het vaak")
            .SkipReplies()
            .Send(english ? "done" : "klaar")
            .SkipReplies()
            .Send(english ? "done" : "klaar")
            .AssertReplyEventually(r => r.Text == (english ? "Would you like to talk this through with someone from Moviera?" : "Wil je dit bespreken met iemand van Moviera?"), "the offer")
            .Send(english ? "yes" : "ja")
            .AssertReplyEventually(r => r.Text == (english ? "Do you agree that we send this to Moviera?" : "Vind je het goed dat we dit naar Moviera sturen?"), "the consent question")
            .Send(atConsent)
            .SkipReplies()
            .Send(atWay)
            .AssertReplyEventually(r => r.Text!.StartsWith(english ? "What is your phone number?" : "Wat is je telefoonnummer?", StringComparison.Ordinal), "the number")
            .Send("0612345678")
            .SkipReplies()
            .Send(english ? "skip" : "overslaan")
            .SkipReplies()
            .Send(english ? "skip" : "overslaan")
            .SkipReplies()
            .Send(english ? "send" : "versturen")
            .AssertReplyEventually(r => ConsultationConversationTests.ReferencePattern().IsMatch(r.Text ?? string.Empty), "the confirmation")
            .StartTestAsync();

        var sent = Assert.Single(await ConsultationHost.RecordsAsync(host)).Request;
        Assert.DoesNotContain("controls_phone", sent.SignalIds);
        Assert.Equal(ContactWay.Phone, sent.Contact.Way);
    }

    [Theory]
    [InlineData("nl-NL", "overslaan")]
    [InlineData("nl-NL", "sla over")]
    [InlineData("nl-NL", "liever niet")]
    [InlineData("en-US", "skip")]
    [InlineData("en-US", "rather not")]
    public async Task Skip_at_how_Moviera_may_reach_you_means_you_contact_Moviera_yourself(string locale, string skip)
    {
        var host = _hosts.Start();
        var english = locale == "en-US";

        await new TestFlow(host, locale, conversationId: "skip-contact-way")
            .SendConversationUpdate()
            .SkipReplies()
            .Send(english ? "i want to talk to a person" : "ik wil een mens spreken")
            .SkipReplies()
            .Send(english ? "yes" : "ja")
            .AssertReplyEventually(r => r.Text == (english ? "How would you like Moviera to contact you?" : "Hoe wil je dat Moviera contact met je opneemt?"), "the way of contact")
            .Send(skip)
            .AssertReplyEventually(r => r.Text!.StartsWith(english ? "What may Moviera call you?" : "Hoe mag Moviera je noemen?", StringComparison.Ordinal), "the name question, not the way of contact again")
            .Send(english ? "skip" : "overslaan")
            .SkipReplies()
            .Send(english ? "send" : "versturen")
            .AssertReplyEventually(r => ConsultationConversationTests.ReferencePattern().IsMatch(r.Text ?? string.Empty), "the confirmation")
            .StartTestAsync();

        Assert.Equal(ContactWay.PersonContactsMoviera, Assert.Single(await ConsultationHost.RecordsAsync(host)).Request.Contact.Way);
    }

    public void Dispose() => _hosts.Dispose();
}
