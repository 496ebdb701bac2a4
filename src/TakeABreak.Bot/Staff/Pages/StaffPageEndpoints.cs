using System.Globalization;
using System.Text;
using Microsoft.AspNetCore.Antiforgery;
using TakeABreak.Bot.Staff.Authentication;
using TakeABreak.Bot.Staff.Desk;
using TakeABreak.Signalering.Assessment;
using TakeABreak.Signalering.Consultations;
using TakeABreak.Signalering.Consultations.Contact;
using TakeABreak.Signalering.Consultations.Statistics;
using TakeABreak.Storage.Consultations;

namespace TakeABreak.Bot.Staff.Pages;

/// <summary>
/// The staff page, server-rendered: open requests by urgency and age, a request's detail with claim / note / close,
/// and the anonymous monthly counts as a table with a bar per month. Forms carry an anti-forgery token and the ETag
/// the staff member saw.
/// </summary>
internal static class StaffPageEndpoints
{
    public static void Map(RouteGroupBuilder staff)
    {
        staff.MapGet("/", OverviewAsync);
        staff.MapGet("/requests/{id}", DetailAsync);
        staff.MapPost("/requests/{id}/claim", (HttpContext http, string id, StaffDesk desk, IAntiforgery antiforgery, StaffLabels labels, CancellationToken ct) =>
            ChangeAsync(http, id, antiforgery, labels, (form, etag, who) => desk.ClaimAsync(id, etag, who, ct)));
        staff.MapPost("/requests/{id}/note", (HttpContext http, string id, StaffDesk desk, IAntiforgery antiforgery, StaffLabels labels, CancellationToken ct) =>
            ChangeAsync(http, id, antiforgery, labels, (form, etag, who) => desk.AddNoteAsync(id, etag, who, form["note"].ToString(), ct)));
        staff.MapPost("/requests/{id}/close", (HttpContext http, string id, StaffDesk desk, IAntiforgery antiforgery, StaffLabels labels, CancellationToken ct) =>
            ChangeAsync(http, id, antiforgery, labels, (form, etag, who) => ConsultationOutcomeIds.TryParse(form["outcome"], out var outcome)
                ? desk.CloseAsync(id, etag, who, outcome, ct)
                : Task.FromResult(new StaffChangeResult(StaffChangeStatus.NotAllowed, null, labels.Text("staff_choose_outcome")))));
    }

    private static async Task<IResult> OverviewAsync(HttpContext http, StaffDesk desk, IMonthlyCountsStore counts, StaffLabels labels, IAntiforgery antiforgery, TimeProvider time, CancellationToken ct)
    {
        var now = time.GetUtcNow();
        var open = await desk.OpenAsync(ct);
        var body = new StringBuilder();
        body.Append("<p>").Append(labels.Html("staff_signed_in_as")).Append(' ').Append(StaffHtml.Encode(StaffUsers.NameOf(http.User))).Append("</p>")
            .Append("<form method=\"post\" action=\"/staff/logout\">").Append(StaffHtml.AntiforgeryField(antiforgery.GetAndStoreTokens(http)))
            .Append("<button type=\"submit\">").Append(labels.Html("staff_logout")).Append("</button></form>");

        body.Append("<h2>").Append(labels.Html("staff_open_heading")).Append("</h2>");
        if (open.Count == 0)
        {
            body.Append("<p>").Append(labels.Html("staff_no_open")).Append("</p>");
        }
        else
        {
            body.Append("<table><caption>").Append(labels.Html("staff_open_caption")).Append("</caption><thead><tr>")
                .Append("<th scope=\"col\">").Append(labels.Html("staff_col_reference")).Append("</th>")
                .Append("<th scope=\"col\">").Append(labels.Html("staff_col_urgency")).Append("</th>")
                .Append("<th scope=\"col\">").Append(labels.Html("staff_col_age")).Append("</th>")
                .Append("<th scope=\"col\">").Append(labels.Html("staff_col_audience")).Append("</th>")
                .Append("<th scope=\"col\">").Append(labels.Html("staff_col_status")).Append("</th>")
                .Append("<th scope=\"col\">").Append(labels.Html("staff_col_attention")).Append("</th></tr></thead><tbody>");
            foreach (var stored in open)
            {
                var record = stored.Record;
                var attention = record.Status == ConsultationStatus.Withdrawn ? labels.Text("staff_withdrawn_attention")
                    : record.EscalatedAt is not null ? labels.Text("staff_escalated")
                    : record.RemindedAt is not null && record.Status == ConsultationStatus.New ? labels.Text("staff_reminder")
                    : string.Empty;
                body.Append("<tr><td><a href=\"/staff/requests/").Append(StaffHtml.Encode(record.Id)).Append("\">").Append(StaffHtml.Encode(record.Reference)).Append("</a></td>")
                    .Append("<td class=\"").Append(record.Urgency.ToString().ToLowerInvariant()).Append("\">").Append(StaffHtml.Encode(labels.Urgency(record.Urgency))).Append("</td>")
                    .Append("<td>").Append(StaffHtml.Encode(labels.Age(now - record.CreatedAt))).Append("</td>")
                    .Append("<td>").Append(StaffHtml.Encode(labels.Audience(record.Request.Audience))).Append("</td>")
                    .Append("<td>").Append(StaffHtml.Encode(labels.Status(record.Status))).Append(record.Assignee is null ? string.Empty : " (" + StaffHtml.Encode(labels.StaffMember(record.Assignee)) + ")").Append("</td>")
                    .Append("<td>").Append(StaffHtml.Encode(attention)).Append("</td></tr>");
            }

            body.Append("</tbody></table>");
        }

        body.Append(StatisticsHtml(await counts.AllAsync(ct), labels));
        return StaffHtml.Page(http, labels.Text("staff_title"), body.ToString());
    }

    private static string StatisticsHtml(IReadOnlyList<MonthlyCounts> months, StaffLabels labels)
    {
        var body = new StringBuilder("<h2>").Append(labels.Html("staff_statistics_heading")).Append("</h2>");
        if (months.Count == 0)
        {
            return body.Append("<p>").Append(labels.Html("staff_statistics_none")).Append("</p>").ToString();
        }

        var most = Math.Max(1, months.Max(month => Math.Max(month.ConversationsStarted, month.Consultations)));
        body.Append("<table><caption>").Append(labels.Html("staff_statistics_caption")).Append("</caption><thead><tr>");
        foreach (var column in new[] { "staff_col_month", "staff_col_conversations", "staff_col_consultations", "staff_col_chart", "staff_col_urgencies", "staff_col_audiences", "staff_col_time_to_claim", "staff_col_outcomes", "staff_col_feedback" })
        {
            body.Append("<th scope=\"col\">").Append(labels.Html(column)).Append("</th>");
        }

        body.Append("</tr></thead><tbody>");
        foreach (var month in months)
        {
            body.Append("<tr><th scope=\"row\">").Append(StaffHtml.Encode(month.Month)).Append("</th>")
                .Append("<td>").Append(month.ConversationsStarted).Append("</td>")
                .Append("<td>").Append(month.Consultations).Append("</td>")
                .Append("<td><meter min=\"0\" max=\"").Append(most).Append("\" value=\"").Append(month.Consultations).Append("\" aria-label=\"")
                .Append(labels.Html("staff_col_consultations")).Append(' ').Append(StaffHtml.Encode(month.Month)).Append("\">").Append(month.Consultations).Append("</meter></td>")
                .Append("<td>").Append(StaffHtml.Encode(Pairs(month.Urgencies, id => UrgencyLevelIds.TryParse(id, out var level) ? labels.Urgency(level) : id))).Append("</td>")
                .Append("<td>").Append(StaffHtml.Encode(Pairs(month.Audiences, labels.Audience))).Append("</td>")
                .Append("<td>").Append(month.AverageMinutesToClaim is { } minutes ? StaffHtml.Encode(minutes.ToString("0", CultureInfo.InvariantCulture) + " min") : "–").Append("</td>")
                .Append("<td>").Append(StaffHtml.Encode(Pairs(month.Outcomes, labels.OutcomeId))).Append("</td>")
                .Append("<td>").Append(StaffHtml.Encode(string.Join(" / ", month.FeedbackMarks))).Append("</td></tr>");
        }

        return body.Append("</tbody></table>").ToString();
    }

    /// <summary>Counts per id, each id in words ("Dringend: 2, Zorgelijk: 1").</summary>
    private static string Pairs(Dictionary<string, long> counts, Func<string, string> words) =>
        counts.Count == 0 ? "–" : string.Join(", ", counts.OrderBy(pair => pair.Key, StringComparer.Ordinal).Select(pair => $"{words(pair.Key)}: {pair.Value}"));

    private static async Task<IResult> DetailAsync(HttpContext http, string id, StaffDesk desk, StaffLabels labels, IAntiforgery antiforgery, CancellationToken ct)
    {
        var stored = await desk.ViewAsync(id, StaffUsers.NameOf(http.User), ct);
        if (stored is null)
        {
            return StaffHtml.Page(http, labels.Text("staff_not_found"), string.Empty, StatusCodes.Status404NotFound);
        }

        var audit = await desk.AuditAsync(stored.Record.Id, StaffUsers.NameOf(http.User), ct) ?? [];
        return StaffHtml.Page(http, $"{labels.Text("staff_request")} {stored.Record.Reference}", DetailHtml(http, stored, audit, labels, antiforgery, null));
    }

    private static string DetailHtml(HttpContext http, StoredConsultation stored, IReadOnlyList<ConsultationAuditEntry> audit, StaffLabels labels, IAntiforgery antiforgery, string? notice)
    {
        var record = stored.Record;
        var request = record.Request;
        var me = StaffUsers.NameOf(http.User);
        var token = StaffHtml.AntiforgeryField(antiforgery.GetAndStoreTokens(http));
        var etag = $"<input type=\"hidden\" name=\"etag\" value=\"{StaffHtml.Encode(stored.ETag)}\">";
        var body = new StringBuilder("<p><a href=\"/staff\">").Append(labels.Html("staff_back")).Append("</a></p>");
        if (notice is not null)
        {
            body.Append("<p class=\"notice\" role=\"alert\">").Append(StaffHtml.Encode(notice)).Append("</p>");
        }

        void Row(string labelId, string? value, bool lines = false) =>
            body.Append("<tr><th scope=\"row\">").Append(labels.Html(labelId)).Append(lines ? "</th><td class=\"lines\">" : "</th><td>")
                .Append(StaffHtml.Encode(string.IsNullOrWhiteSpace(value) ? "–" : value)).Append("</td></tr>");

        if (record.WithdrawnAt is { } withdrawnAt)
        {
            body.Append("<p class=\"notice\" role=\"alert\">").Append(StaffHtml.Encode(labels.Text("staff_withdrawn").Replace("{date}", withdrawnAt.ToString("yyyy-MM-dd HH:mm 'UTC'", CultureInfo.InvariantCulture), StringComparison.Ordinal))).Append("</p>");
        }
        else if (record.PersonalDataErasedAt is { } erasedAt)
        {
            body.Append("<p class=\"notice\">").Append(StaffHtml.Encode(labels.Text("staff_erased").Replace("{date}", erasedAt.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), StringComparison.Ordinal))).Append("</p>");
        }

        body.Append("<table><tbody>");
        Row("staff_col_status", labels.Status(record.Status) + (record.Assignee is null ? string.Empty : $" ({labels.StaffMember(record.Assignee)})"));
        Row("staff_col_urgency", labels.Urgency(record.Urgency));
        Row("staff_created", record.CreatedAt.ToString("yyyy-MM-dd HH:mm 'UTC'", CultureInfo.InvariantCulture));
        Row("staff_col_audience", labels.Audience(request.Audience));
        if (labels.Field(request.Field) is { } field)
        {
            Row("staff_field", field);
        }

        Row("staff_about", labels.PersonTypes(request.PersonTypes));
        Row("staff_summary", request.Summary, lines: true);
        Row("staff_contact_way", labels.ContactWay(request.Contact.Way));
        Row("staff_contact_address", request.Contact.Way == ContactWay.Teams
            ? TeamsAccount.DisplayName(request.Contact.Address) ?? labels.Text("staff_teams_account_unnamed")
            : request.Contact.Address);
        Row(request.IsFromProfessional ? "staff_reach_time" : "staff_safe_time", request.Contact.SafeTime);
        if (request.Contact.OthersMaySee is { } othersMaySee)
        {
            Row("staff_others_may_see", labels.Text(othersMaySee ? "staff_yes" : "staff_no"));
        }

        Row("staff_first_name", request.Contact.FirstName);
        Row("staff_outcome", record.Outcome is { } closedWith ? labels.Outcome(closedWith) : null);
        body.Append("</tbody></table>");

        if (record.Notes.Count > 0)
        {
            body.Append("<h2>").Append(labels.Html("staff_notes")).Append("</h2><ul>");
            foreach (var note in record.Notes)
            {
                var text = note.Text.Length == 0 && record.PersonalDataErasedAt is not null ? labels.Text("staff_note_erased") : note.Text;
                body.Append("<li>").Append(StaffHtml.Encode($"{note.At:yyyy-MM-dd HH:mm} {labels.StaffMember(note.Author)}: {text}")).Append("</li>");
            }

            body.Append("</ul>");
        }

        var action = $"/staff/requests/{StaffHtml.Encode(record.Id)}";
        if (record.Status == ConsultationStatus.New)
        {
            body.Append("<form method=\"post\" action=\"").Append(action).Append("/claim\">").Append(token).Append(etag)
                .Append("<button type=\"submit\">").Append(labels.Html("staff_claim")).Append("</button></form>");
        }

        if (record.Status != ConsultationStatus.Closed && record.PersonalDataErasedAt is null)
        {
            body.Append("<form method=\"post\" action=\"").Append(action).Append("/note\">").Append(token).Append(etag)
                .Append("<label for=\"note\">").Append(labels.Html("staff_note_label")).Append("</label><textarea id=\"note\" name=\"note\" required></textarea>")
                .Append("<button type=\"submit\">").Append(labels.Html("staff_add_note")).Append("</button></form>");
        }

        if (record.Status == ConsultationStatus.Claimed && StaffMemberName.Same(record.Assignee, me))
        {
            body.Append("<form method=\"post\" action=\"").Append(action).Append("/close\">").Append(token).Append(etag)
                .Append("<label for=\"outcome\">").Append(labels.Html("staff_outcome")).Append("</label><select id=\"outcome\" name=\"outcome\" required><option value=\"\"></option>");
            foreach (var outcome in ConsultationOutcomeIds.All)
            {
                body.Append("<option value=\"").Append(outcome.ToId()).Append("\">").Append(StaffHtml.Encode(labels.Outcome(outcome))).Append("</option>");
            }

            body.Append("</select> <button type=\"submit\">").Append(labels.Html("staff_close")).Append("</button></form>");
        }

        body.Append("<h2>").Append(labels.Html("staff_audit")).Append("</h2><ol>");
        foreach (var entry in audit)
        {
            body.Append("<li>").Append(StaffHtml.Encode(labels.AuditLine(entry))).Append("</li>");
        }

        return body.Append("</ol>").ToString();
    }

    private static async Task<IResult> ChangeAsync(
        HttpContext http, string id, IAntiforgery antiforgery, StaffLabels labels, Func<IFormCollection, string, string, Task<StaffChangeResult>> change)
    {
        if (!await antiforgery.IsRequestValidAsync(http))
        {
            return StaffHtml.Page(http, labels.Text("staff_form_expired"), string.Empty, StatusCodes.Status400BadRequest);
        }

        var form = await http.Request.ReadFormAsync();
        var result = await change(form, form["etag"].ToString(), StaffUsers.NameOf(http.User));
        if (result.Status == StaffChangeStatus.Done)
        {
            return Results.Redirect($"/staff/requests/{Uri.EscapeDataString(result.Consultation!.Record.Id)}", permanent: false, preserveMethod: false);
        }

        if (result.Consultation is null)
        {
            return StaffHtml.Page(http, labels.Text(result.Status == StaffChangeStatus.NotFound ? "staff_not_found" : "staff_not_allowed"),
                $"<p>{StaffHtml.Encode(result.Reason)}</p><p><a href=\"/staff\">{labels.Html("staff_back")}</a></p>",
                result.Status == StaffChangeStatus.NotFound ? StatusCodes.Status404NotFound : StatusCodes.Status400BadRequest);
        }

        var desk = http.RequestServices.GetRequiredService<StaffDesk>();
        var audit = await desk.AuditAsync(result.Consultation.Record.Id, StaffUsers.NameOf(http.User), http.RequestAborted) ?? [];
        var notice = Notice(result, StaffUsers.NameOf(http.User), labels);
        return StaffHtml.Page(
            http,
            $"{labels.Text("staff_request")} {result.Consultation.Record.Reference}",
            DetailHtml(http, result.Consultation, audit, labels, antiforgery, notice),
            StatusCodes.Status409Conflict);
    }

    /// <summary>
    /// Why nothing changed, in words: a request a colleague claimed in the meantime names them, a rule that refused says
    /// which, and any other change in between asks to look again.
    /// </summary>
    private static string Notice(StaffChangeResult result, string me, StaffLabels labels)
    {
        var record = result.Consultation!.Record;
        if (result.Refusal is { } refusal)
        {
            return labels.Refusal(refusal, record);
        }

        return result.Status == StaffChangeStatus.Conflict && record.Status == ConsultationStatus.Claimed && !StaffMemberName.Same(record.Assignee, me)
            ? labels.Refusal(ConsultationRefusal.AlreadyClaimed, record) + " " + labels.Text("staff_latest_version")
            : labels.Text("staff_conflict");
    }
}
