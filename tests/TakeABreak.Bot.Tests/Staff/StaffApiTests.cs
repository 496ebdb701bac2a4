using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using TakeABreak.Bot.Tests.Consultations;
using TakeABreak.Bot.Tests.Conversation;
using TakeABreak.Signalering.Assessment;
using TakeABreak.Signalering.Consultations;
using TakeABreak.Storage.Consultations;

namespace TakeABreak.Bot.Tests.Staff;

public sealed class StaffApiTests : IDisposable
{
    private readonly ConsultationHost _hosts = new();
    private readonly ConversationTestHost _host;

    public StaffApiTests()
    {
        _host = _hosts.StartWithLocalUsers();
    }

    public static TheoryData<string, string> Endpoints() => new()
    {
        { "GET", "/staff/api/consultations" },
        { "GET", "/staff/api/consultations/{id}" },
        { "GET", "/staff/api/consultations/{id}/audit" },
        { "POST", "/staff/api/consultations/{id}/claim" },
        { "POST", "/staff/api/consultations/{id}/notes" },
        { "POST", "/staff/api/consultations/{id}/close" },
        { "GET", "/staff/api/statistics" },
    };

    [Theory]
    [MemberData(nameof(Endpoints))]
    public async Task Every_endpoint_is_401_without_a_sign_in(string method, string path)
    {
        var record = await ConsultationRequests.SubmitAsync(_host, UrgencyLevel.Concern);
        using var anonymous = StaffClient.For(_host);

        var response = await anonymous.Http.SendAsync(Request(method, path.Replace("{id}", record.Id, StringComparison.Ordinal)));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.DoesNotContain(ConsultationRequests.Phone, await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Endpoints))]
    public async Task Every_endpoint_is_403_for_a_signed_in_user_who_is_not_staff(string method, string path)
    {
        var record = await ConsultationRequests.SubmitAsync(_host, UrgencyLevel.Concern);
        using var eve = await StaffClient.SignedInAsync(_host, "eve");

        var response = await eve.Http.SendAsync(Request(method, path.Replace("{id}", record.Id, StringComparison.Ordinal)));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task Two_staff_members_claiming_at_once_resolve_with_one_winner()
    {
        var record = await ConsultationRequests.SubmitAsync(_host, UrgencyLevel.Urgent);
        using var anna = await StaffClient.SignedInAsync(_host, "anna");
        using var bram = await StaffClient.SignedInAsync(_host, "bram");
        var (_, annaSaw) = await anna.ReadAsync(record.Id);
        var (_, bramSaw) = await bram.ReadAsync(record.Id);
        Assert.Equal(annaSaw, bramSaw);

        var responses = await Task.WhenAll(
            anna.PostAsync($"/staff/api/consultations/{record.Id}/claim", annaSaw),
            bram.PostAsync($"/staff/api/consultations/{record.Id}/claim", bramSaw));

        Assert.Equal(
            [HttpStatusCode.OK, HttpStatusCode.PreconditionFailed],
            responses.Select(r => r.StatusCode).Order());
        var winner = responses[0].StatusCode == HttpStatusCode.OK ? "anna" : "bram";
        var (now, _) = await anna.ReadAsync(record.Id);
        Assert.Equal(winner, now.GetProperty("assignee").GetString());
    }

    [Fact]
    public async Task A_change_without_If_Match_is_refused_and_a_close_by_someone_else_is_not_allowed()
    {
        var record = await ConsultationRequests.SubmitAsync(_host, UrgencyLevel.Concern);
        using var anna = await StaffClient.SignedInAsync(_host, "anna");
        using var bram = await StaffClient.SignedInAsync(_host, "bram");

        Assert.Equal(HttpStatusCode.PreconditionRequired, (await anna.PostAsync($"/staff/api/consultations/{record.Id}/claim", etag: null)).StatusCode);
        var (_, etag) = await anna.ReadAsync(record.Id);
        var claimed = await anna.PostAsync($"/staff/api/consultations/{record.Id}/claim", etag);
        var (_, bramSaw) = await bram.ReadAsync(record.Id);
        var close = await bram.PostAsync($"/staff/api/consultations/{record.Id}/close", bramSaw, new { outcome = "advice_given" });

        Assert.Equal(HttpStatusCode.OK, claimed.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, close.StatusCode);
    }

    [Fact]
    public async Task The_audit_trail_records_every_view_and_change_with_who_did_it()
    {
        var record = await ConsultationRequests.SubmitAsync(_host, UrgencyLevel.Concern);
        using var anna = await StaffClient.SignedInAsync(_host, "anna");

        var (detail, etag) = await anna.ReadAsync(record.Id);
        Assert.Equal(ConsultationRequests.Phone, detail.GetProperty("request").GetProperty("contact").GetProperty("address").GetString());
        etag = (await anna.PostAsync($"/staff/api/consultations/{record.Id}/claim", etag)).Headers.ETag!.Tag;
        etag = (await anna.PostAsync($"/staff/api/consultations/{record.Id}/notes", etag, new { text = "Gebeld, teruggebeld om 19 uur" })).Headers.ETag!.Tag;
        var closed = await anna.PostAsync($"/staff/api/consultations/{record.Id}/close", etag, new { outcome = "referred_to_veilig_thuis" });
        Assert.Equal(HttpStatusCode.OK, closed.StatusCode);

        var audit = await anna.Http.GetFromJsonAsync<JsonElement>($"/staff/api/consultations/{record.Id}/audit");
        var entries = audit.EnumerateArray().Select(e => (e.GetProperty("actor").GetString(), e.GetProperty("action").GetString())).ToList();
        Assert.Equal(
            [("system", AuditActions.Created), ("anna", AuditActions.Viewed), ("anna", AuditActions.Claimed), ("anna", AuditActions.NoteAdded), ("anna", AuditActions.Closed)],
            entries);
        Assert.DoesNotContain("19 uur", audit.GetRawText(), StringComparison.Ordinal);

        var months = await _host.Services.GetRequiredService<IMonthlyCountsStore>().AllAsync(CancellationToken.None);
        Assert.Equal(1, months.Sum(m => m.Outcomes.GetValueOrDefault("referred_to_veilig_thuis")));
        Assert.Equal(1, months.Sum(m => m.Claimed));
        var notifications = await _host.Services.GetRequiredService<IStaffNotificationOutbox>().PendingAsync(CancellationToken.None);
        Assert.Equal(
            [StaffNotificationKind.NewRequest, StaffNotificationKind.StatusChanged, StaffNotificationKind.StatusChanged],
            notifications.Where(n => n.ConsultationId == record.Id).Select(n => n.Kind));
    }

    [Fact]
    public async Task The_overview_lists_open_requests_by_urgency_then_age_without_contact_details()
    {
        var olderConcern = await ConsultationRequests.SubmitAsync(_host, UrgencyLevel.Concern);
        var urgent = await ConsultationRequests.SubmitAsync(_host, UrgencyLevel.Urgent);
        var newerConcern = await ConsultationRequests.SubmitAsync(_host, UrgencyLevel.Concern);
        using var anna = await StaffClient.SignedInAsync(_host, "anna");

        var response = await anna.Http.GetAsync("/staff/api/consultations");
        var text = await response.Content.ReadAsStringAsync();
        var ids = JsonDocument.Parse(text).RootElement.EnumerateArray().Select(e => e.GetProperty("id").GetString()).ToList();

        Assert.Equal([urgent.Id, olderConcern.Id, newerConcern.Id], ids);
        Assert.DoesNotContain(ConsultationRequests.Phone, text, StringComparison.Ordinal);
    }

    public void Dispose() => _hosts.Dispose();

    private static HttpRequestMessage Request(string method, string path)
    {
        var request = new HttpRequestMessage(new HttpMethod(method), path);
        if (method == "POST")
        {
            request.Content = JsonContent.Create(new { outcome = "other", text = "x" });
            request.Headers.TryAddWithoutValidation("If-Match", "\"x\"");
        }

        return request;
    }
}
