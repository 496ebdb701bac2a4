using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using TakeABreak.Bot.Consultations.Submission;
using TakeABreak.Bot.Testing;
using TakeABreak.Bot.Testing.Fakes;
using TakeABreak.Signalering.Assessment;
using TakeABreak.Signalering.Consultations;
using TakeABreak.Signalering.Consultations.Contact;
using TakeABreak.Storage.Consultations;

namespace TakeABreak.Bot.Tests.Teams;

/// <summary>
/// The consultation route end to end, played in round 19: a professional in Teams asks Moviera for a consultation, and
/// Moviera's staff receive, claim and close it from the card in their channel.
/// </summary>
public sealed class TeamsConsultationRouteTests : IAsyncLifetime, IDisposable
{
    private readonly TeamsHost _hosts = new();
    private RecordingConnectorServer _connector = null!;
    private TeamsActivities _teams = null!;

    public async Task InitializeAsync()
    {
        _connector = await RecordingConnectorServer.StartAsync();
        _teams = new TeamsActivities(_connector.ServiceUrl);
    }

    public Task DisposeAsync() => _connector.DisposeAsync().AsTask();

    [Fact]
    public async Task A_professional_is_asked_when_they_are_best_reached_and_Moviera_reads_it_as_the_best_moment()
    {
        var host = _hosts.Start(deliver: false);
        var chat = await TeamsChat.OpenAsync(host, _teams);
        await chat.TextsAsync("ik wil een mens spreken over een kind", "ja");

        var timeQuestion = await chat.TextsAsync("ja");
        await chat.TextsAsync("dinsdag tussen 9 en 12 uur");
        var summary = await chat.TextsAsync("overslaan");

        Assert.StartsWith("Wanneer kunnen we je het beste bereiken?", timeQuestion[^1], StringComparison.Ordinal);
        Assert.DoesNotContain(timeQuestion, text => text.Contains("veilig", StringComparison.OrdinalIgnoreCase));
        Assert.Contains(summary, text => text.Contains("Beste moment: dinsdag tussen 9 en 12 uur", StringComparison.Ordinal));
        Assert.DoesNotContain(summary, text => text.Contains("Veilig moment", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("de moeder van een leerling heeft een blauw oog")]
    [InlineData("de moeder van een van mijn leerlingen heeft blauwe plekken")]
    [InlineData("ik zie dat de moeder van een leerling steeds blauwe plekken heeft")]
    public async Task A_pupil_s_mother_who_is_hurt_is_noted_as_partner_violence_and_the_pupil_as_a_child(string story)
    {
        var host = _hosts.Start(deliver: false);
        var chat = await TeamsChat.OpenAsync(host, _teams);
        await chat.TextsAsync("Signalen bespreken", "ik ben leerkracht");

        var replies = await chat.TextsAsync(story);

        var understood = replies.First(text => text.StartsWith("Ik begrijp", StringComparison.Ordinal));
        Assert.Contains("een partner of ex-partner", understood, StringComparison.Ordinal);
        Assert.Contains("een kind", understood, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("ik wil dit graag bespreken met iemand van moviera")]
    [InlineData("ik wil dit met moviera bespreken")]
    [InlineData("kan ik een consultatie aanvragen bij moviera?")]
    [InlineData("i would like to request a consultation")]
    public async Task A_professional_who_asks_to_discuss_it_with_Moviera_at_a_yes_no_question_gets_the_consultation_request_not_a_yes(string ask)
    {
        var host = _hosts.Start(deliver: false);
        var chat = await TeamsChat.OpenAsync(host, _teams);
        var offer = await chat.TextsAsync("Signalen bespreken", "ik ben huisarts", "wat zijn de stappen van de meldcode?");
        Assert.Contains(offer, text => text.Contains("één voor één", StringComparison.Ordinal));

        var replies = await chat.TextsAsync(ask);

        // The request begins by asking whom it is about (nothing was told yet); then consent to send it.
        Assert.Contains(replies, text => text.StartsWith("Over wie gaat je vraag aan Moviera?", StringComparison.Ordinal) || text.StartsWith("Who is your question to Moviera about?", StringComparison.Ordinal));
        Assert.DoesNotContain(replies, text => text.Contains("Stap 1", StringComparison.Ordinal) || text.Contains("Step 1", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_sports_coach_whose_player_of_12_has_bruises_and_says_my_stepfather_is_understood_as_a_child_who_tells_in_another_field()
    {
        var host = _hosts.Start(deliver: false);
        var chat = await TeamsChat.OpenAsync(host, _teams);
        await chat.TextsAsync("Signalen bespreken");

        var replies = await chat.TextsAsync("ik ben sportcoach bij een voetbalclub. een speler van 12 heeft steeds blauwe plekken op zijn armen en benen. toen ik vroeg hoe dat kwam zei hij zachtjes: mijn stiefvader");

        var understood = replies.First(text => text.StartsWith("Ik begrijp", StringComparison.Ordinal));
        Assert.Contains("je werkt in een ander werkveld", understood, StringComparison.Ordinal);
        Assert.Contains("het gaat om een kind", understood, StringComparison.Ordinal);
        Assert.Contains("vertelt zelf dat die pijn wordt gedaan", understood, StringComparison.Ordinal);
        Assert.DoesNotContain(replies, text => text.StartsWith("In welk werkveld", StringComparison.Ordinal) || text.StartsWith("Over wie maak je je zorgen", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("wat is het afwegingskader precies?")]
    [InlineData("ik ben jeugdverpleegkundige bij het consultatiebureau. wat is het afwegingskader precies?")]
    public async Task A_youth_nurse_who_asks_what_the_afwegingskader_is_gets_it_explained_also_next_to_who_she_is(string question)
    {
        var host = _hosts.Start(deliver: false);
        var chat = await TeamsChat.OpenAsync(host, _teams);

        var replies = await chat.TextsAsync(question);

        Assert.Contains(replies, text => text.Contains("Het afwegingskader hoort bij je beroep", StringComparison.Ordinal) && text.Contains("0800-2000", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_staff_member_who_claims_from_a_card_a_colleague_already_claimed_sees_who_has_it_and_nothing_changes()
    {
        var host = _hosts.Start(deliver: false);
        var record = await SubmitAsync(host);
        var thread = $"{TeamsActivities.StaffChannel};messageid=1";
        await TeamsHost.SendAsync(host, _teams.CardAction(TeamsActivities.StaffMember, thread, "1", "consultation.claim", new JsonObject { ["consultationId"] = record.Id }));

        var late = await TeamsHost.SendAsync(host, _teams.CardAction(TeamsActivities.SecondStaffMember, thread, "1", "consultation.claim", new JsonObject { ["consultationId"] = record.Id }));

        Assert.Equal(200, late.InvokeResponse!.Body!["statusCode"]!.GetValue<int>());
        var card = late.InvokeResponse.Body["value"]!.ToJsonString();
        Assert.Contains("Mira Jansen heeft deze hulpvraag al opgepakt", card, StringComparison.Ordinal);
        Assert.Contains("Opgepakt door Mira Jansen", card, StringComparison.Ordinal);
        Assert.DoesNotContain("consultation.claim", card, StringComparison.Ordinal);
        Assert.DoesNotContain(ConsultationPhone, card, StringComparison.Ordinal);
        var stored = await host.Services.GetRequiredService<IConsultationStore>().GetAsync(record.Id, CancellationToken.None);
        Assert.StartsWith("Mira Jansen", stored!.Record.Assignee, StringComparison.Ordinal);
        var audit = await host.Services.GetRequiredService<IConsultationAuditTrail>().ForAsync(record.Id, CancellationToken.None);
        Assert.Single(audit, entry => entry.Action == AuditActions.Claimed);
    }

    [Fact]
    public async Task Closing_from_a_card_nobody_claimed_yet_says_to_claim_it_first()
    {
        var host = _hosts.Start(deliver: false);
        var record = await SubmitAsync(host);

        var closed = await TeamsHost.SendAsync(host, _teams.CardAction(
            TeamsActivities.StaffMember, $"{TeamsActivities.StaffChannel};messageid=1", "1", "consultation.close", new JsonObject { ["consultationId"] = record.Id, ["outcome"] = "advice_given" }));

        var card = closed.InvokeResponse!.Body!["value"]!.ToJsonString();
        Assert.Contains("Pak de hulpvraag eerst op", card, StringComparison.Ordinal);
        Assert.Contains("consultation.claim", card, StringComparison.Ordinal);
        var stored = await host.Services.GetRequiredService<IConsultationStore>().GetAsync(record.Id, CancellationToken.None);
        Assert.Equal(ConsultationStatus.New, stored!.Record.Status);
    }

    [Fact]
    public async Task Closing_from_a_card_a_colleague_claimed_says_who_can_close_it()
    {
        var host = _hosts.Start(deliver: false);
        var record = await SubmitAsync(host);
        var thread = $"{TeamsActivities.StaffChannel};messageid=1";
        await TeamsHost.SendAsync(host, _teams.CardAction(TeamsActivities.StaffMember, thread, "1", "consultation.claim", new JsonObject { ["consultationId"] = record.Id }));

        var closed = await TeamsHost.SendAsync(host, _teams.CardAction(
            TeamsActivities.SecondStaffMember, thread, "1", "consultation.close", new JsonObject { ["consultationId"] = record.Id, ["outcome"] = "advice_given" }));

        var card = closed.InvokeResponse!.Body!["value"]!.ToJsonString();
        Assert.Contains("Alleen Mira Jansen kan deze hulpvraag afsluiten", card, StringComparison.Ordinal);
        var stored = await host.Services.GetRequiredService<IConsultationStore>().GetAsync(record.Id, CancellationToken.None);
        Assert.Equal(ConsultationStatus.Claimed, stored!.Record.Status);
    }

    [Fact]
    public async Task The_card_in_the_staff_channel_says_what_makes_the_situation_serious_and_still_no_contact_details_or_own_words()
    {
        var host = _hosts.Start(deliver: false);
        var record = await host.Services.GetRequiredService<ConsultationSubmission>().SubmitAsync(
            Guid.NewGuid().ToString("N"),
            new ConsultationRequest(
                "msteams", "professional", ["partner", "child"], ["unexplained_injuries"], ["threats_to_kill", "frequency_often"], UrgencyLevel.Urgent, [], "Samenvatting", "De moeder van een leerling",
                new ContactDetails(ContactWay.Phone, ConsultationPhone, "dinsdag", null, "Sanne"),
                new ConsultationConsent("test", DateTimeOffset.UtcNow),
                "education"),
            conversationKey: null,
            CancellationToken.None);

        var card = host.Services.GetRequiredService<TakeABreak.Bot.Consultations.Delivery.StaffCard>().Build(record, DateTimeOffset.UtcNow).ToJsonString();

        Assert.Contains("De situatie", card, StringComparison.Ordinal);
        Assert.Contains("Ja, er is gedreigd om iemand te doden", card, StringComparison.Ordinal);
        Assert.DoesNotContain(ConsultationPhone, card, StringComparison.Ordinal);
        Assert.DoesNotContain("De moeder van een leerling", card, StringComparison.Ordinal);
        Assert.DoesNotContain("Sanne", card, StringComparison.Ordinal);
    }

    private const string ConsultationPhone = "+31611223344";

    private static Task<ConsultationRecord> SubmitAsync(TestBotHost host) =>
        host.Services.GetRequiredService<ConsultationSubmission>().SubmitAsync(
            Guid.NewGuid().ToString("N"),
            new ConsultationRequest(
                "msteams", "professional", ["partner", "child"], ["unexplained_injuries"], [], UrgencyLevel.Concern, [], "Samenvatting met " + ConsultationPhone, "De moeder van een leerling",
                new ContactDetails(ContactWay.Phone, ConsultationPhone, "dinsdag", null, "Sam"),
                new ConsultationConsent("test", DateTimeOffset.UtcNow),
                "education"),
            conversationKey: null,
            CancellationToken.None);

    public void Dispose() => _hosts.Dispose();
}
