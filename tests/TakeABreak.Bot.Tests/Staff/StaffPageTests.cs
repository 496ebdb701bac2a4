using System.Net;
using Microsoft.Extensions.DependencyInjection;
using TakeABreak.Bot.Staff.Desk;
using TakeABreak.Signalering.Consultations;
using TakeABreak.Storage.Consultations;
using System.Text.RegularExpressions;
using TakeABreak.Bot.Tests.Consultations;
using TakeABreak.Bot.Tests.Conversation;
using TakeABreak.Signalering.Assessment;

namespace TakeABreak.Bot.Tests.Staff;

public sealed partial class StaffPageTests : IDisposable
{
    private readonly ConsultationHost _hosts = new();
    private readonly ConversationTestHost _host;

    public StaffPageTests()
    {
        _host = _hosts.StartWithLocalUsers();
    }

    [Fact]
    public async Task Without_a_sign_in_the_page_sends_you_to_the_login_and_a_non_staff_user_gets_403()
    {
        using var anonymous = StaffClient.For(_host);
        var redirected = await anonymous.Http.GetAsync("/staff");
        Assert.Equal(HttpStatusCode.Redirect, redirected.StatusCode);
        Assert.StartsWith("/staff/login", redirected.Headers.Location!.PathAndQuery, StringComparison.Ordinal);

        using var eve = await StaffClient.SignedInAsync(_host, "eve");
        Assert.Equal(HttpStatusCode.Forbidden, (await eve.Http.GetAsync("/staff")).StatusCode);
    }

    [Fact]
    public async Task A_wrong_password_does_not_sign_in()
    {
        using var client = StaffClient.For(_host);

        var response = await client.SignInAsync("anna", "wrong");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await client.Http.GetAsync("/staff")).StatusCode);
    }

    [Fact]
    public async Task The_overview_shows_open_requests_most_urgent_first_and_the_monthly_figures()
    {
        var concern = await ConsultationRequests.SubmitAsync(_host, UrgencyLevel.Concern);
        var urgent = await ConsultationRequests.SubmitAsync(_host, UrgencyLevel.Urgent);
        using var anna = await StaffClient.SignedInAsync(_host, "anna");

        var response = await anna.Http.GetAsync("/staff");
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("<html lang=\"nl\">", html, StringComparison.Ordinal);
        Assert.True(html.IndexOf(urgent.Reference, StringComparison.Ordinal) < html.IndexOf(concern.Reference, StringComparison.Ordinal), "urgent first");
        Assert.DoesNotContain(ConsultationRequests.Phone[1..], html, StringComparison.Ordinal);
        Assert.Contains("Anonieme cijfers per maand", html, StringComparison.Ordinal);
        Assert.Matches("<meter [^>]*value=\"2\"", html);
        Assert.Contains("form-action 'self'", response.Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Claiming_on_the_page_needs_the_anti_forgery_token_and_then_shows_the_claimed_request()
    {
        var record = await ConsultationRequests.SubmitAsync(_host, UrgencyLevel.Urgent);
        using var anna = await StaffClient.SignedInAsync(_host, "anna");
        var detail = await anna.Http.GetStringAsync($"/staff/requests/{record.Id}");
        Assert.Contains(ConsultationRequests.Phone[1..], detail, StringComparison.Ordinal);
        var etag = EtagPattern().Match(detail).Groups[1].Value;
        var token = TokenPattern().Match(detail).Groups[1].Value;

        var forged = await anna.Http.PostAsync($"/staff/requests/{record.Id}/claim", new FormUrlEncodedContent(new Dictionary<string, string> { ["etag"] = WebUtility.HtmlDecode(etag) }));
        Assert.Equal(HttpStatusCode.BadRequest, forged.StatusCode);

        var claimed = await anna.Http.PostAsync($"/staff/requests/{record.Id}/claim", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token,
            ["etag"] = WebUtility.HtmlDecode(etag),
        }));
        Assert.Equal(HttpStatusCode.Redirect, claimed.StatusCode);

        var after = await anna.Http.GetStringAsync($"/staff/requests/{record.Id}");
        Assert.Contains("Opgepakt (anna)", after, StringComparison.Ordinal);
        Assert.Contains("name=\"outcome\"", after, StringComparison.Ordinal);

        var stale = await anna.Http.PostAsync($"/staff/requests/{record.Id}/note", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token,
            ["etag"] = WebUtility.HtmlDecode(etag),
            ["note"] = "te laat",
        }));
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        Assert.Contains("Iemand anders heeft deze hulpvraag net veranderd", await stale.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_professional_s_request_shows_their_work_field_and_one_without_a_field_has_no_such_row()
    {
        var teacher = await ConsultationRequests.SubmitAsync(_host, UrgencyLevel.Concern, "professional", field: "education");
        var neighbour = await ConsultationRequests.SubmitAsync(_host, UrgencyLevel.Concern);
        using var anna = await StaffClient.SignedInAsync(_host, "anna");

        var withField = await anna.Http.GetStringAsync($"/staff/requests/{teacher.Id}");
        var withoutField = await anna.Http.GetStringAsync($"/staff/requests/{neighbour.Id}");

        Assert.Matches("<th scope=\"row\">Werkveld</th><td>School of kinderopvang</td>", withField);
        Assert.DoesNotContain("Werkveld", withoutField, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Sam de Vries", "Sam de Vries")]
    [InlineData(null, "een professional via Teams")]
    public async Task A_professional_reached_in_Teams_is_shown_by_name_or_calmly_never_by_the_account_s_object_id(string? displayName, string shown)
    {
        const string objectId = "00000000-0000-4000-8000-00000000a11c";
        var record = await _host.Services.GetRequiredService<TakeABreak.Bot.Consultations.Submission.ConsultationSubmission>().SubmitAsync(
            Guid.NewGuid().ToString("N"),
            new ConsultationRequest(
                "msteams", "professional", ["child"], [], [], UrgencyLevel.Concern, [], "Samenvatting voor Moviera", null,
                new TakeABreak.Signalering.Consultations.Contact.ContactDetails(
                    TakeABreak.Signalering.Consultations.Contact.ContactWay.Teams, TakeABreak.Signalering.Consultations.Contact.TeamsAccount.Address(displayName, objectId), null, null, null),
                new ConsultationConsent("test", DateTimeOffset.UnixEpoch),
                "education"),
            conversationKey: null,
            CancellationToken.None);
        using var anna = await StaffClient.SignedInAsync(_host, "anna");

        var detail = await anna.Http.GetStringAsync($"/staff/requests/{record.Id}");

        Assert.Contains($"<th scope=\"row\">Nummer of adres</th><td>{shown}</td>", detail, StringComparison.Ordinal);
        Assert.DoesNotContain(objectId, detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_staff_member_claims_adds_a_follow_up_note_and_closes_and_every_step_reads_in_Dutch()
    {
        var record = await ConsultationRequests.SubmitAsync(_host, UrgencyLevel.Urgent);
        using var anna = await StaffClient.SignedInAsync(_host, "anna");

        var detail = await anna.Http.GetStringAsync($"/staff/requests/{record.Id}");
        Assert.Contains("<th scope=\"row\">Contact via</th><td>Bellen</td>", detail, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, (await PostFormAsync(anna, record.Id, "claim", detail)).StatusCode);
        detail = await anna.Http.GetStringAsync($"/staff/requests/{record.Id}");
        Assert.Equal(HttpStatusCode.Redirect, (await PostFormAsync(anna, record.Id, "note", detail, ("note", "Teruggebeld, advies gegeven over Veilig Thuis"))).StatusCode);
        detail = await anna.Http.GetStringAsync($"/staff/requests/{record.Id}");
        Assert.Equal(HttpStatusCode.Redirect, (await PostFormAsync(anna, record.Id, "close", detail, ("outcome", "advice_given"))).StatusCode);

        var closed = await anna.Http.GetStringAsync($"/staff/requests/{record.Id}");
        var overview = await anna.Http.GetStringAsync("/staff");
        Assert.Contains("Afgesloten (anna)", closed, StringComparison.Ordinal);
        Assert.Contains("<td>Advies gegeven</td>", closed, StringComparison.Ordinal);
        Assert.Contains("anna: Teruggebeld, advies gegeven over Veilig Thuis", closed, StringComparison.Ordinal);
        foreach (var done in new[] { "anna: bekeken", "anna: opgepakt", "anna: notitie toegevoegd", "anna: afgesloten (Advies gegeven)" })
        {
            Assert.Contains(done, closed, StringComparison.Ordinal);
        }

        Assert.DoesNotContain(": viewed", closed, StringComparison.Ordinal);
        Assert.DoesNotContain(": claimed", closed, StringComparison.Ordinal);
        Assert.DoesNotContain(">Phone<", closed, StringComparison.Ordinal);
        Assert.DoesNotContain(record.Reference, overview, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_staff_member_who_claims_a_request_a_colleague_just_claimed_is_told_who_has_it()
    {
        var record = await ConsultationRequests.SubmitAsync(_host, UrgencyLevel.Urgent);
        using var anna = await StaffClient.SignedInAsync(_host, "anna");
        using var bram = await StaffClient.SignedInAsync(_host, "bram");
        var annaSaw = await anna.Http.GetStringAsync($"/staff/requests/{record.Id}");
        var bramSaw = await bram.Http.GetStringAsync($"/staff/requests/{record.Id}");
        await PostFormAsync(anna, record.Id, "claim", annaSaw);

        var late = await PostFormAsync(bram, record.Id, "claim", bramSaw);

        var page = await late.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.Conflict, late.StatusCode);
        Assert.Contains("anna heeft deze hulpvraag al opgepakt", page, StringComparison.Ordinal);
        Assert.Contains("Opgepakt (anna)", page, StringComparison.Ordinal);
        Assert.DoesNotContain("action=\"/staff/requests/" + record.Id + "/claim\"", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_request_past_its_retention_period_says_its_personal_details_were_erased_instead_of_showing_empty_notes()
    {
        var record = await ConsultationRequests.SubmitAsync(_host, UrgencyLevel.Concern);
        var desk = _host.Services.GetRequiredService<StaffDesk>();
        var store = _host.Services.GetRequiredService<IConsultationStore>();
        var claimed = await desk.ClaimAsync(record.Id, (await store.GetAsync(record.Id, CancellationToken.None))!.ETag, "anna", CancellationToken.None);
        var noted = await desk.AddNoteAsync(record.Id, claimed.Consultation!.ETag, "anna", "Sanne teruggebeld", CancellationToken.None);
        var closed = await desk.CloseAsync(record.Id, noted.Consultation!.ETag, "anna", ConsultationOutcome.AdviceGiven, CancellationToken.None);
        await store.ReplaceAsync(closed.Consultation!.Record.ErasePersonalData(DateTimeOffset.UtcNow), closed.Consultation.ETag, CancellationToken.None);
        using var anna = await StaffClient.SignedInAsync(_host, "anna");

        var page = await anna.Http.GetStringAsync($"/staff/requests/{record.Reference}");

        Assert.Contains("gewist na de bewaartermijn", page, StringComparison.Ordinal);
        Assert.Contains("<td>Advies gegeven</td>", page, StringComparison.Ordinal);
        Assert.DoesNotContain("Sanne", page, StringComparison.Ordinal);
        Assert.DoesNotContain(ConsultationRequests.Phone[1..], page, StringComparison.Ordinal);
        Assert.DoesNotMatch(@"anna: </li>", page);
        Assert.DoesNotContain("name=\"note\"", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_staff_member_who_claimed_a_request_on_its_Teams_card_adds_a_note_and_closes_it_on_the_page()
    {
        const string objectId = "00000000-0000-4000-8000-0000000057af";
        _host.WithSetting("Staff:LocalUsers:3:UserName", "mira");
        _host.WithSetting("Staff:LocalUsers:3:Password", "mira-password");
        _host.WithSetting("Staff:LocalUsers:3:ObjectId", objectId);
        var record = await ConsultationRequests.SubmitAsync(_host, UrgencyLevel.Urgent);
        var desk = _host.Services.GetRequiredService<StaffDesk>();
        var store = _host.Services.GetRequiredService<IConsultationStore>();
        await desk.ClaimAsync(record.Id, (await store.GetAsync(record.Id, CancellationToken.None))!.ETag, StaffMemberName.ForTeams("Mira Jansen", objectId), CancellationToken.None);
        using var mira = await StaffClient.SignedInAsync(_host, "mira");

        var detail = await mira.Http.GetStringAsync($"/staff/requests/{record.Id}");
        Assert.Contains("Opgepakt (Mira Jansen)", detail, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, (await PostFormAsync(mira, record.Id, "note", detail, ("note", "Teruggebeld"))).StatusCode);
        detail = await mira.Http.GetStringAsync($"/staff/requests/{record.Id}");
        var closed = await PostFormAsync(mira, record.Id, "close", detail, ("outcome", "referred_to_veilig_thuis"));

        Assert.Equal(HttpStatusCode.Redirect, closed.StatusCode);
        Assert.Equal(ConsultationStatus.Closed, (await store.GetAsync(record.Id, CancellationToken.None))!.Record.Status);
    }

    /// <summary>Teams sends no display name for some accounts: the staff member is still one person on the card and on the page.</summary>
    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("  ")]
    public async Task A_staff_member_whose_Teams_account_has_no_display_name_closes_on_the_page_what_they_claimed_on_the_card(string? displayName)
    {
        const string objectId = "00000000-0000-4000-8000-0000000057af";
        _host.WithSetting("Staff:LocalUsers:3:UserName", "mira");
        _host.WithSetting("Staff:LocalUsers:3:Password", "mira-password");
        _host.WithSetting("Staff:LocalUsers:3:ObjectId", objectId);
        var record = await ConsultationRequests.SubmitAsync(_host, UrgencyLevel.Urgent, "professional", field: "health");
        var desk = _host.Services.GetRequiredService<StaffDesk>();
        var store = _host.Services.GetRequiredService<IConsultationStore>();
        await desk.ClaimAsync(record.Id, (await store.GetAsync(record.Id, CancellationToken.None))!.ETag, StaffMemberName.ForTeams(displayName, objectId), CancellationToken.None);
        using var mira = await StaffClient.SignedInAsync(_host, "mira");

        var overview = await mira.Http.GetStringAsync("/staff");
        var detail = await mira.Http.GetStringAsync($"/staff/requests/{record.Reference}");

        Assert.Contains(record.Reference, overview, StringComparison.Ordinal);
        Assert.Contains("Opgepakt (een medewerker zonder naam in Teams)", overview, StringComparison.Ordinal);
        Assert.DoesNotContain("(Teams " + objectId, overview, StringComparison.Ordinal);
        Assert.Contains("Opgepakt (een medewerker zonder naam in Teams)", detail, StringComparison.Ordinal);
        var closed = await PostFormAsync(mira, record.Id, "close", detail, ("outcome", "advice_given"));
        Assert.Equal(HttpStatusCode.Redirect, closed.StatusCode);
        Assert.Equal(ConsultationStatus.Closed, (await store.GetAsync(record.Id, CancellationToken.None))!.Record.Status);
    }

    [Fact]
    public async Task The_monthly_figures_name_urgency_who_asked_and_outcome_in_Dutch_words()
    {
        var record = await ConsultationRequests.SubmitAsync(_host, UrgencyLevel.Urgent, "professional", field: "health");
        await _host.Services.GetRequiredService<IMonthlyCountsStore>().UpdateAsync(DateTimeOffset.UtcNow, month => month.CountConversation("professional", ["partner"], "urgent"), CancellationToken.None);
        using var anna = await StaffClient.SignedInAsync(_host, "anna");
        var detail = await anna.Http.GetStringAsync($"/staff/requests/{record.Id}");
        await PostFormAsync(anna, record.Id, "claim", detail);
        detail = await anna.Http.GetStringAsync($"/staff/requests/{record.Id}");
        await PostFormAsync(anna, record.Id, "close", detail, ("outcome", "referred_to_veilig_thuis"));

        var overview = await anna.Http.GetStringAsync("/staff");

        Assert.Contains("Dringend: 1", overview, StringComparison.Ordinal);
        Assert.Contains("Professional: 1", overview, StringComparison.Ordinal);
        Assert.Contains("Doorverwezen naar Veilig Thuis: 1", overview, StringComparison.Ordinal);
        Assert.DoesNotContain("urgent: 1", overview, StringComparison.Ordinal);
        Assert.DoesNotContain("referred_to_veilig_thuis", overview, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_request_shows_what_the_person_sent_line_by_line_and_no_question_they_were_never_asked()
    {
        var record = await ConsultationRequests.SubmitAsync(_host, UrgencyLevel.Concern, "professional", field: "education");
        using var anna = await StaffClient.SignedInAsync(_host, "anna");

        var detail = await anna.Http.GetStringAsync($"/staff/requests/{record.Id}");

        Assert.Matches("<th scope=\"row\">Wat de persoon stuurde</th><td class=\"lines\">", detail);
        Assert.Contains(".lines{white-space:pre-line}", detail, StringComparison.Ordinal);
        Assert.DoesNotContain("Kan iemand anders meekijken", detail, StringComparison.Ordinal);
        Assert.Contains("<th scope=\"row\">Beste moment</th><td>na 18 uur</td>", detail, StringComparison.Ordinal);
    }

    private static async Task<HttpResponseMessage> PostFormAsync(StaffClient client, string id, string action, string page, params (string Name, string Value)[] fields)
    {
        var form = new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = TokenPattern().Match(page).Groups[1].Value,
            ["etag"] = WebUtility.HtmlDecode(EtagPattern().Match(page).Groups[1].Value),
        };
        foreach (var (name, value) in fields)
        {
            form[name] = value;
        }

        return await client.Http.PostAsync($"/staff/requests/{id}/{action}", new FormUrlEncodedContent(form));
    }

    public void Dispose() => _hosts.Dispose();

    [GeneratedRegex("name=\"etag\" value=\"([^\"]+)\"")]
    private static partial Regex EtagPattern();

    [GeneratedRegex("name=\"__RequestVerificationToken\" value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();
}
