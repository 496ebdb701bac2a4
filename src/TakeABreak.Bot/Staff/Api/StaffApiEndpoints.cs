using System.Text.Json;
using System.Text.Json.Serialization;
using TakeABreak.Bot.Staff.Authentication;
using TakeABreak.Bot.Staff.Desk;
using TakeABreak.Signalering.Consultations;
using TakeABreak.Storage.Consultations;

namespace TakeABreak.Bot.Staff.Api;

/// <summary>
/// The JSON API under /staff/api for the same operations as the page. A change needs <c>If-Match</c> with the ETag of
/// the request as read (428 without it, 412 when someone else changed it first); that custom header also means a
/// change cannot be forged by a form on another site.
/// </summary>
internal static class StaffApiEndpoints
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.SnakeCaseLower) },
    };

    public static void Map(RouteGroupBuilder api)
    {
        api.MapGet("/consultations", async (StaffDesk desk, CancellationToken ct) =>
            Results.Json((await desk.OpenAsync(ct)).Select(stored => OverviewItem.From(stored.Record)), Json));

        api.MapGet("/consultations/{id}", async (HttpContext http, string id, StaffDesk desk, CancellationToken ct) =>
            await desk.ViewAsync(id, StaffUsers.NameOf(http.User), ct) is { } stored ? WithETag(http, stored) : Results.NotFound());

        api.MapGet("/consultations/{id}/audit", async (HttpContext http, string id, StaffDesk desk, CancellationToken ct) =>
            await desk.AuditAsync(id, StaffUsers.NameOf(http.User), ct) is { } audit ? Results.Json(audit, Json) : Results.NotFound());

        api.MapPost("/consultations/{id}/claim", (HttpContext http, string id, StaffDesk desk, CancellationToken ct) =>
            ChangeAsync(http, etag => desk.ClaimAsync(id, etag, StaffUsers.NameOf(http.User), ct)));

        api.MapPost("/consultations/{id}/notes", (HttpContext http, string id, NoteBody body, StaffDesk desk, CancellationToken ct) =>
            ChangeAsync(http, etag => desk.AddNoteAsync(id, etag, StaffUsers.NameOf(http.User), body.Text ?? string.Empty, ct)));

        api.MapPost("/consultations/{id}/close", (HttpContext http, string id, CloseBody body, StaffDesk desk, CancellationToken ct) =>
            ConsultationOutcomeIds.TryParse(body.Outcome, out var outcome)
                ? ChangeAsync(http, etag => desk.CloseAsync(id, etag, StaffUsers.NameOf(http.User), outcome, ct))
                : Task.FromResult(Results.Problem(
                    $"Unknown outcome '{body.Outcome}'. Use one of: {string.Join(", ", ConsultationOutcomeIds.All.Select(o => o.ToId()))}.",
                    statusCode: StatusCodes.Status400BadRequest)));

        api.MapGet("/statistics", async (IMonthlyCountsStore counts, CancellationToken ct) => Results.Json(await counts.AllAsync(ct), Json));
    }

    private static async Task<IResult> ChangeAsync(HttpContext http, Func<string, Task<StaffChangeResult>> change)
    {
        var ifMatch = http.Request.Headers.IfMatch.ToString();
        if (string.IsNullOrWhiteSpace(ifMatch))
        {
            return Results.Problem("Send If-Match with the ETag of the request as you read it.", statusCode: StatusCodes.Status428PreconditionRequired);
        }

        var result = await change(ifMatch);
        return result.Status switch
        {
            StaffChangeStatus.Done => WithETag(http, result.Consultation!),
            StaffChangeStatus.NotFound => Results.NotFound(),
            StaffChangeStatus.Conflict => Results.Problem("The request changed since you read it; read it again.", statusCode: StatusCodes.Status412PreconditionFailed),
            _ => Results.Problem(result.Reason, statusCode: StatusCodes.Status409Conflict),
        };
    }

    private static IResult WithETag(HttpContext http, StoredConsultation stored)
    {
        http.Response.Headers.ETag = stored.ETag;
        http.Response.Headers.CacheControl = "no-store";
        return Results.Json(stored.Record, Json);
    }

    internal sealed record NoteBody(string? Text);

    internal sealed record CloseBody(string? Outcome);

    /// <summary>A request in the overview: no contact details, no free text.</summary>
    internal sealed record OverviewItem(
        string Id, string Reference, DateTimeOffset CreatedAt, string Urgency, string Audience, string Status, string? Assignee,
        DateTimeOffset? RemindedAt, DateTimeOffset? EscalatedAt)
    {
        public static OverviewItem From(ConsultationRecord record) => new(
            record.Id, record.Reference, record.CreatedAt, record.Urgency.ToString().ToLowerInvariant(), record.Request.Audience,
            record.Status.ToString().ToLowerInvariant(), record.Assignee, record.RemindedAt, record.EscalatedAt);
    }
}
