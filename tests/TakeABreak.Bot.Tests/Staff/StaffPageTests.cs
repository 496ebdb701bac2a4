using System.Net;
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

    public void Dispose() => _hosts.Dispose();

    [GeneratedRegex("name=\"etag\" value=\"([^\"]+)\"")]
    private static partial Regex EtagPattern();

    [GeneratedRegex("name=\"__RequestVerificationToken\" value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();
}
