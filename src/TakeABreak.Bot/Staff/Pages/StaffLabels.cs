using TakeABreak.Dialogs.Content;
using TakeABreak.Signalering.Assessment;
using TakeABreak.Signalering.Consultations;

namespace TakeABreak.Bot.Staff.Pages;

/// <summary>Dutch labels for the staff page, all from content: dialogs/strings/staff.yaml and the assessment files.</summary>
internal sealed class StaffLabels(DialogContent content, AssessmentContent assessment)
{
    private const string Locale = "nl";

    public string Text(string id) => content.Strings.Text(id, Locale);

    public string Html(string id) => StaffHtml.Encode(Text(id));

    public string Urgency(UrgencyLevel level) => assessment.Urgency.Describe(level).Label.In(Locale);

    public string Outcome(ConsultationOutcome outcome) => Text("staff_outcome_" + outcome.ToId());

    public string Status(ConsultationStatus status) => Text("staff_status_" + status.ToString().ToLowerInvariant());

    public string Audience(string audience) =>
        content.Strings.Contains("consultation_audience_" + audience) ? Text("consultation_audience_" + audience) : audience;

    /// <summary>A professional's work field in words, or null when they did not name one.</summary>
    public string? Field(string? field) =>
        field is not null && content.Strings.Contains("consultation_field_" + field) ? Text("consultation_field_" + field) : null;

    public string PersonTypes(IEnumerable<string> ids) =>
        string.Join(", ", ids.Select(id => assessment.Signals.PersonTypes.FirstOrDefault(type => type.Id == id)?.Label.In(Locale) ?? id));

    public string Age(TimeSpan age) => age.TotalHours < 1
        ? $"{(int)age.TotalMinutes} min"
        : age.TotalDays < 2 ? $"{(int)age.TotalHours} uur" : $"{(int)age.TotalDays} dagen";
}
