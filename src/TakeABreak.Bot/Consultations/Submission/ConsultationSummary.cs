using System.Text;
using TakeABreak.Dialogs.Content;
using TakeABreak.Signalering.Assessment;
using TakeABreak.Signalering.Consultations;
using TakeABreak.Signalering.Consultations.Contact;

namespace TakeABreak.Bot.Consultations.Submission;

/// <summary>
/// The request written out as the person sees it before sending, and as Moviera staff read it (in Dutch, worded for staff:
/// "Wie het is" where the person read "Wie je bent", from the <c>staff_</c> texts in dialogs/strings/staff.yaml; the same
/// facts). Every label from content, the person's own words as they typed them.
/// </summary>
internal sealed class ConsultationSummary(AssessmentContent assessment, DialogContent content)
{
    private const string StaffWording = "staff_";
    private const string StaffLocale = "nl";

    public string Render(ConsultationRequest request, string locale) => Render(request, locale, forStaff: false);

    public string RenderForStaff(ConsultationRequest request) => Render(request, StaffLocale, forStaff: true);

    private string Render(ConsultationRequest request, string locale, bool forStaff)
    {
        string T(string id) => content.Strings.Text(forStaff && content.Strings.Contains(StaffWording + id) ? StaffWording + id : id, locale);
        var none = T("consultation_summary_none");
        var text = new StringBuilder(T("consultation_summary_heading"));
        void Line(string labelId, string value) => text.Append('\n').Append("- ").Append(T(labelId)).Append(": ").Append(value);
        string List(IEnumerable<string> labels)
        {
            var joined = string.Join(", ", labels);
            return joined.Length == 0 ? none : joined;
        }

        var audienceId = "consultation_audience_" + request.Audience;
        Line("consultation_summary_audience", content.Strings.Contains(audienceId) ? T(audienceId) : none);
        if (request.Field is { } field && content.Strings.Contains("consultation_field_" + field))
        {
            Line("consultation_summary_field", T("consultation_field_" + field));
        }

        Line("consultation_summary_about", List(request.PersonTypes.Select(id => assessment.Signals.GetPersonType(id).Label.In(locale))));
        Line("consultation_summary_signals", List(request.SignalIds.Select(id => assessment.Signals.Get(id).Label.In(locale))));
        Line("consultation_summary_context", List(request.ContextFactors.Select(id => assessment.Context.GetAnswer(id).Summary.In(locale))));
        Line("consultation_summary_urgency", assessment.Urgency.Describe(request.Urgency).Label.In(locale));
        if (!string.IsNullOrWhiteSpace(request.OwnWords))
        {
            Line("consultation_summary_own_words", $"\"{request.OwnWords}\"");
        }

        var contact = request.Contact;
        if (contact.Way == ContactWay.PersonContactsMoviera)
        {
            text.Append('\n').Append("- ").Append(T("consultation_summary_self_contact"));
        }
        else
        {
            Line("consultation_summary_contact", ShownAddress(contact) is { } address ? $"{T(WayLabel(contact.Way))}: {address}" : T(WayLabel(contact.Way)));
            if (!string.IsNullOrWhiteSpace(contact.SafeTime))
            {
                Line(request.IsFromProfessional ? "consultation_summary_reach_time" : "consultation_summary_safe_time", contact.SafeTime);
            }

            if (contact.OthersMaySee is { } othersMaySee)
            {
                Line("consultation_summary_others_may_see", T(othersMaySee ? "consultation_others_may_see_yes" : "consultation_others_may_see_no"));
            }
        }

        if (!string.IsNullOrWhiteSpace(contact.FirstName))
        {
            Line("consultation_summary_first_name", contact.FirstName);
        }

        return text.ToString();
    }

    /// <summary>The address as the person and Moviera's staff see it: a Teams account by its name only, never its object id.</summary>
    private static string? ShownAddress(ContactDetails contact) =>
        contact.Way == ContactWay.Teams ? TeamsAccount.DisplayName(contact.Address) : contact.Address;

    private static string WayLabel(ContactWay way) => way switch
    {
        ContactWay.Phone => "consultation_way_phone",
        ContactWay.Email => "consultation_way_email",
        ContactWay.Teams => "consultation_way_teams",
        _ => "consultation_way_self",
    };
}
