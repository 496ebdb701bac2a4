using TakeABreak.Bot.Staff.Pages;
using TakeABreak.Signalering.Consultations;

namespace TakeABreak.Bot.Consultations.Delivery;

/// <summary>The short texts in the staff channel next to the cards (Dutch, from dialogs/strings/teams.yaml).</summary>
internal sealed class StaffCardTexts(StaffLabels labels)
{
    public string Attention(StaffNotificationKind kind, ConsultationRecord record) =>
        labels.Text(kind == StaffNotificationKind.Escalation ? "staff_card_escalation" : "staff_card_reminder").Replace("{reference}", record.Reference, StringComparison.Ordinal);

    public string Text(string id) => labels.Text(id);

    public string Refusal(ConsultationRefusal refusal, ConsultationRecord record) => labels.Refusal(refusal, record);
}
