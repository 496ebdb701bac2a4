using System.Globalization;
using TakeABreak.Bot.Staff.Desk;
using TakeABreak.Dialogs.Content;
using TakeABreak.Signalering.Assessment;
using TakeABreak.Signalering.Consultations;
using TakeABreak.Signalering.Consultations.Contact;

namespace TakeABreak.Bot.Staff.Pages;

/// <summary>Dutch labels for the staff page, all from content: dialogs/strings/staff.yaml and the assessment files.</summary>
internal sealed class StaffLabels(DialogContent content, AssessmentContent assessment)
{
    private const string Locale = "nl";

    public string Text(string id) => content.Strings.Text(id, Locale);

    public string Html(string id) => StaffHtml.Encode(Text(id));

    public string Urgency(UrgencyLevel level) => assessment.Urgency.Describe(level).Label.In(Locale);

    public string Outcome(ConsultationOutcome outcome) => Text("staff_outcome_" + outcome.ToId());

    /// <summary>An outcome id of the monthly counts in words, also "withdrawn" (withdrawn by the person).</summary>
    public string OutcomeId(string id) =>
        ConsultationOutcomeIds.TryParse(id, out var outcome) ? Outcome(outcome)
        : content.Strings.Contains("staff_outcome_" + id) ? Text("staff_outcome_" + id)
        : id;

    public string Status(ConsultationStatus status) => Text("staff_status_" + status.ToString().ToLowerInvariant());

    public string ContactWay(ContactWay way) => Text("staff_contact_way_" + way.ToId());

    /// <summary>Why a change was refused, in words, naming who has the request when that is the reason.</summary>
    public string Refusal(ConsultationRefusal refusal, ConsultationRecord record) =>
        Text("staff_refused_" + refusal.ToId()).Replace("{assignee}", StaffMember(record.Assignee), StringComparison.Ordinal);

    /// <summary>A staff member as a card or notice names them (without the Teams object id the audit keeps).</summary>
    public string StaffMember(string? staffMember) =>
        staffMember is null ? string.Empty
        : staffMember == AuditActions.Person ? Text("staff_person_in_chat")
        : StaffMemberName.Display(staffMember) is { Length: > 0 } name ? name
        : Text("staff_member_unnamed");

    /// <summary>One line of the audit trail: when, who, what (and the outcome of a close), in words.</summary>
    public string AuditLine(ConsultationAuditEntry entry)
    {
        var who = entry.Actor == AuditActions.System ? Text("staff_audit_actor_system")
            : entry.Actor == AuditActions.Person ? Text("staff_person_in_chat")
            : entry.Actor;
        var what = content.Strings.Contains("staff_audit_" + entry.Action) ? Text("staff_audit_" + entry.Action) : entry.Action;
        var detail = entry.Action == AuditActions.Closed && ConsultationOutcomeIds.TryParse(entry.Detail, out var outcome)
            ? $" ({Outcome(outcome)})"
            : string.IsNullOrEmpty(entry.Detail) ? string.Empty : $" ({entry.Detail})";
        return $"{entry.At.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture)} {who}: {what}{detail}";
    }

    /// <summary>Who asks, worded for staff where the person's wording differs ("Het gaat over mijzelf").</summary>
    public string Audience(string audience) =>
        content.Strings.Contains("staff_consultation_audience_" + audience) ? Text("staff_consultation_audience_" + audience)
        : content.Strings.Contains("consultation_audience_" + audience) ? Text("consultation_audience_" + audience)
        : audience;

    /// <summary>A professional's work field in words, or null when they did not name one.</summary>
    public string? Field(string? field) =>
        field is not null && content.Strings.Contains("consultation_field_" + field) ? Text("consultation_field_" + field) : null;

    public string PersonTypes(IEnumerable<string> ids) =>
        string.Join(", ", ids.Select(id => assessment.Signals.PersonTypes.FirstOrDefault(type => type.Id == id)?.Label.In(Locale) ?? id));

    public string Age(TimeSpan age) => age.TotalHours < 1
        ? $"{(int)age.TotalMinutes} min"
        : age.TotalDays < 2 ? $"{(int)age.TotalHours} uur" : $"{(int)age.TotalDays} dagen";
}
