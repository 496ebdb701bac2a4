using System.Diagnostics;
using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using TakeABreak.Bot.Testing.Conversations;
using TakeABreak.Bot.Tests.Conversation;
using TakeABreak.Dialogs.Content;
using TakeABreak.Signalering.Assessment;
using TakeABreak.Signalering.Consultations;
using TakeABreak.Signalering.Consultations.Contact;
using TakeABreak.Storage.Consultations;
using TakeABreak.Storage.Records;
using Xunit.Abstractions;

namespace TakeABreak.Bot.Tests.Consultations;

public sealed partial class ConsultationConversationTests(ITestOutputHelper output) : IDisposable
{
    private const string Offer = "Wil je dit bespreken met iemand van Moviera?";
    private const string Consent = "Vind je het goed dat we dit naar Moviera sturen?";
    private const string ContactWayQuestion = "Hoe wil je dat Moviera contact met je opneemt?";
    private const string SummaryQuestion = "Klopt dit?";

    private readonly ConsultationHost _hosts = new();

    [Fact]
    public async Task A_whole_conversation_ends_in_a_stored_request_with_the_right_fields()
    {
        var host = _hosts.Start();
        string? reference = null;
        var steps = 0;
        var clock = new Stopwatch();
        var flow = new TestFlow(host, "nl-NL", conversationId: "whole")
            .ToSignals("resident", "1")
            .ToAssessment("1, 2, 3", "weet ik niet", "geen van deze", Offer)
            .Do(() => Task.FromResult(clock = Stopwatch.StartNew()));

        void Step(string send, string reply)
        {
            steps++;
            flow.Expect(send, reply);
        }

        Step("ja", "Moviera neemt op een werkdag contact met je op");
        flow.AssertReplyEventually(r => r.Text == Consent, "the consent question");
        Step("ja", ContactWayQuestion);
        Step("bellen", "Wat is je telefoonnummer?");
        Step("06-1234", "Dat lijkt geen Nederlands telefoonnummer.");
        Step("06-12345678", "Wanneer is het veilig");
        Step("doordeweeks na 18 uur", "Hoe mag Moviera je noemen?");
        Step("Sanne", "Dit sturen we naar Moviera:");
        flow.AssertReplyEventually(r => r.Text!.StartsWith(SummaryQuestion, StringComparison.Ordinal), "the summary question");
        Step("Iets veranderen", "Wat wil je veranderen?");
        Step("Mijn eigen woorden", "in je eigen woorden");
        Step("Ik hoor ze elke nacht ruzie maken", "Dit sturen we naar Moviera:");
        flow.AssertReplyEventually(r => r.Text!.StartsWith(SummaryQuestion, StringComparison.Ordinal), "the summary question again");
        steps++;
        flow.SkipReplies().Send("versturen")
            .AssertReplyEventually(r => (reference = ReferencePattern().Match(r.Text ?? string.Empty).Value).Length > 0, "the confirmation with the reference")
            .Do(() => Task.FromResult(clock.Elapsed));
        flow.AssertReplyEventually(
            r => r.Text!.Contains("Je hoeft niets meer te doen", StringComparison.Ordinal) && r.Text.Contains("0800-2000", StringComparison.Ordinal) && r.Text.Contains("112", StringComparison.Ordinal),
            "what happens next, with Veilig Thuis and 112");

        await flow.StartTestAsync();
        output.WriteLine($"From the offer to the confirmation: {steps} user steps (one a corrected phone number, three adding own words at the summary), {clock.Elapsed.TotalSeconds:F2} s in this test run.");

        var record = Assert.Single(await ConsultationHost.RecordsAsync(host));
        Assert.Equal(reference, record.Reference);
        Assert.Equal(ConsultationStatus.New, record.Status);
        Assert.Equal("test", record.Request.Channel);
        Assert.Equal("neighbour", record.Request.Audience);
        Assert.Equal(["partner"], record.Request.PersonTypes);
        Assert.Equal(3, record.Request.SignalIds.Count);
        Assert.NotEmpty(record.Request.ContextFactors);
        Assert.Equal(UrgencyLevel.Concern, record.Request.Urgency);
        Assert.Equal("Ik hoor ze elke nacht ruzie maken", record.Request.OwnWords);
        Assert.Equal(new ContactDetails(ContactWay.Phone, "+31612345678", "doordeweeks na 18 uur", null, "Sanne"), record.Request.Contact);
        Assert.Equal(host.Services.GetRequiredService<DialogContent>().Version, record.Request.Consent.TextVersion);
        Assert.Contains("Ik hoor ze elke nacht ruzie maken", record.Request.Summary, StringComparison.Ordinal);

        var notification = Assert.Single(await host.Services.GetRequiredService<IStaffNotificationOutbox>().PendingAsync(CancellationToken.None));
        Assert.Equal((StaffNotificationKind.NewRequest, record.Reference), (notification.Kind, notification.Reference));
        var audit = await host.Services.GetRequiredService<IConsultationAuditTrail>().ForAsync(record.Id, CancellationToken.None);
        Assert.Equal(AuditActions.Created, Assert.Single(audit).Action);
        Assert.Equal(1, (await host.Services.GetRequiredService<IMonthlyCountsStore>().AllAsync(CancellationToken.None)).Sum(m => m.Consultations));

        var records = host.Services.GetRequiredService<IDurableStore>();
        var recordBytes = (await records.ReadAsync(RecordKinds.Consultation, record.Id))!.Data.Length;
        var referenceBytes = (await records.ReadAsync(RecordKinds.ConsultationReference, record.Reference))!.Data.Length;
        var auditBytes = 0;
        await foreach (var entry in records.ListAsync(RecordKinds.Audit, record.Id + "/"))
        {
            auditBytes += (await records.ReadAsync(RecordKinds.Audit, entry.Key))!.Data.Length;
        }

        var outboxBytes = (await records.ReadAsync(RecordKinds.Outbox, notification.Id))!.Data.Length;
        output.WriteLine($"Stored bytes for this request: record {recordBytes} (encrypted), reference {referenceBytes}, audit {auditBytes}, outbox {outboxBytes}; total {recordBytes + referenceBytes + auditBytes + outboxBytes}.");
    }

    [Fact]
    public async Task Strangling_told_after_the_advice_reaches_the_request_and_raises_its_urgency()
    {
        var host = _hosts.Start();

        await new TestFlow(host, "nl-NL", conversationId: "told-later")
            .ToSignals("resident", "1")
            .ToAssessment("1, 2, 3", "weet ik niet", "geen van deze", Offer)
            .Send("ze vertelde me dat hij haar vorige week heeft gewurgd")
            .AssertReplyEventually(r => r.Text!.StartsWith("Dit is ernstig.", StringComparison.Ordinal), "the urgent acknowledgement")
            .AssertReplyEventually(r => r.Text == Offer, "the offer again")
            .Expect("ja", "Moviera neemt")
            .AssertReplyEventually(r => r.Text == Consent, "the consent question")
            .Expect("ja", ContactWayQuestion)
            .Expect("ik neem zelf contact op", "Hoe mag Moviera je noemen?")
            .Send("overslaan")
            .AssertReplyEventually(r => r.Text!.Contains("gewurgd", StringComparison.OrdinalIgnoreCase) || r.Text.Contains("keel", StringComparison.OrdinalIgnoreCase), "the summary naming the strangling")
            .AssertReplyEventually(r => r.Text!.StartsWith(SummaryQuestion, StringComparison.Ordinal), "the summary question")
            .Send("versturen")
            .AssertReplyEventually(r => ReferencePattern().IsMatch(r.Text ?? string.Empty), "the confirmation with the reference")
            .StartTestAsync();

        var record = Assert.Single(await ConsultationHost.RecordsAsync(host));
        Assert.Contains("strangulation_yes", record.Request.ContextFactors);
        Assert.True(record.Request.Urgency >= UrgencyLevel.Urgent, $"urgency {record.Request.Urgency}");
    }

    [Theory]
    [InlineData("ja versturen")]
    [InlineData("liever niet")]
    [InlineData("06 12345678")]
    [InlineData("ja hoor")]
    [InlineData("tuurlijk, graag")]
    public async Task What_is_not_a_name_is_not_noted_as_the_name(string typed)
    {
        var host = _hosts.Start();

        await new TestFlow(host, "nl-NL", conversationId: "not-a-name")
            .Start()
            .Expect("ik wil een mens spreken", Consent)
            .Expect("ja", ContactWayQuestion)
            .Expect("ik neem zelf contact op", "Hoe mag Moviera je noemen?")
            .Expect(typed, "Ik noteer geen naam.")
            .AssertReplyEventually(r => r.Text!.StartsWith("Dit sturen we naar Moviera:", StringComparison.Ordinal) && !r.Text.Contains("Naam:", StringComparison.Ordinal), "the summary without a name")
            .AssertReplyEventually(r => r.Text!.StartsWith(SummaryQuestion, StringComparison.Ordinal), "the summary question")
            .Send("versturen")
            .AssertReplyEventually(r => ReferencePattern().IsMatch(r.Text ?? string.Empty), "the confirmation with the reference")
            .StartTestAsync();

        Assert.Null(Assert.Single(await ConsultationHost.RecordsAsync(host)).Request.Contact.FirstName);
    }

    [Fact]
    public async Task Asking_for_a_person_and_saying_no_to_consent_stores_nothing_and_ends_with_the_resources()
    {
        var host = _hosts.Start();

        await new TestFlow(host, "nl-NL", conversationId: "no-consent")
            .Start()
            .Expect("ik wil een mens spreken", Consent)
            .Expect("nee", "Er wordt niets verstuurd.")
            .AssertReplyEventually(r => r.Text!.Contains("0800-2000", StringComparison.Ordinal), "Veilig Thuis")
            .StartTestAsync();

        Assert.Empty(await ConsultationHost.RecordsAsync(host));
    }

    [Fact]
    public async Task Cancelling_at_the_summary_stores_nothing()
    {
        var host = _hosts.Start();

        await new TestFlow(host, "nl-NL", conversationId: "cancel")
            .Start()
            .Expect("ik wil een mens spreken", Consent)
            .Expect("ja", ContactWayQuestion)
            .Expect("e-mail", "Wat is je e-mailadres?")
            .Expect("sanne@example.nl", "Wanneer is het veilig")
            .Expect("overslaan", "Hoe mag Moviera je noemen?")
            .Expect("overslaan", "sanne@example.nl")
            .Expect("niet versturen", "Er is niets verstuurd")
            .StartTestAsync();

        Assert.Empty(await ConsultationHost.RecordsAsync(host));
    }

    [Fact]
    public async Task A_person_who_contacts_Moviera_themselves_gets_only_the_reference_and_leaves_no_contact_details()
    {
        var host = _hosts.Start();

        await new TestFlow(host, "nl-NL", conversationId: "self")
            .Start()
            .Expect("ik wil een mens spreken", Consent)
            .Expect("ja", ContactWayQuestion)
            .Expect("ik neem zelf contact op", "Hoe mag Moviera je noemen?")
            .Expect("overslaan", "Je neemt zelf contact op met Moviera")
            .Expect("versturen", "Je referentie is TAB-")
            .AssertReplyEventually(r => r.Text!.Contains("Neem zelf contact op met Moviera en noem je referentie", StringComparison.Ordinal), "the next step")
            .StartTestAsync();

        var record = Assert.Single(await ConsultationHost.RecordsAsync(host));
        Assert.Equal(new ContactDetails(ContactWay.PersonContactsMoviera, null, null, null, null), record.Request.Contact);
    }

    [Fact]
    public async Task Changing_a_part_of_the_summary_asks_that_part_again_and_shows_the_new_summary()
    {
        var host = _hosts.Start();

        await new TestFlow(host, "nl-NL", conversationId: "change")
            .Start()
            .Expect("ik wil een mens spreken", Consent)
            .Expect("ja", ContactWayQuestion)
            .Expect("e-mail", "Wat is je e-mailadres?")
            .Expect("sanne@example", "Dat lijkt geen e-mailadres.")
            .Expect("sanne@example.nl", "Wanneer is het veilig")
            .Expect("overslaan", "Hoe mag Moviera je noemen?")
            .Expect("overslaan", SummaryQuestion)
            .Expect("iets veranderen", "Wat wil je veranderen?")
            .Expect("mijn naam", "Hoe mag Moviera je noemen?")
            .Expect("Sam", "- Naam: Sam")
            .Expect("versturen", "Je referentie is TAB-")
            .StartTestAsync();

        Assert.Equal("Sam", Assert.Single(await ConsultationHost.RecordsAsync(host)).Request.Contact.FirstName);
    }

    [Fact]
    public async Task Changing_how_Moviera_reaches_you_asks_the_way_again_and_not_only_the_old_address()
    {
        var host = _hosts.Start();

        await new TestFlow(host, "nl-NL", conversationId: "change-way")
            .Start()
            .Expect("ik wil een mens spreken", Consent)
            .Expect("ja, bel me maar", "Wat is je telefoonnummer?")
            .Expect("0612345678", "Wanneer is het veilig")
            .Expect("overslaan", "Hoe mag Moviera je noemen?")
            .Expect("overslaan", SummaryQuestion)
            .Expect("iets veranderen", "Wat wil je veranderen?")
            .Expect("hoe jullie me bereiken", ContactWayQuestion)
            .Expect("e-mail", "Wat is je e-mailadres?")
            .StartTestAsync();
    }

    [Fact]
    public async Task A_person_it_is_about_is_asked_whether_someone_else_can_see_their_phone()
    {
        var host = _hosts.Start();

        await new TestFlow(host, "nl-NL", conversationId: "about-myself")
            .Start()
            .Expect("6", "Wie doet jou pijn")
            .Expect("ik wil een mens spreken", Consent)
            .Expect("ja", ContactWayQuestion)
            .Expect("bellen", "Wat is je telefoonnummer?")
            .Expect("+31 6 12345678", "Wanneer is het veilig")
            .Expect("overslaan", "Kan iemand anders je telefoon of je mail zien?")
            .Expect("ja, iemand anders kan die zien", "Hoe mag Moviera je noemen?")
            .Expect("overslaan", "- Kan iemand anders meekijken: Ja, iemand anders kan die zien")
            .Expect("versturen", "Je referentie is TAB-")
            .StartTestAsync();

        var record = Assert.Single(await ConsultationHost.RecordsAsync(host));
        Assert.Equal("self", record.Request.Audience);
        Assert.Equal(new ContactDetails(ContactWay.Phone, "+31612345678", null, true, null), record.Request.Contact);
    }

    public void Dispose() => _hosts.Dispose();

    [GeneratedRegex("TAB-[A-Z0-9]{4}")]
    internal static partial Regex ReferencePattern();
}
