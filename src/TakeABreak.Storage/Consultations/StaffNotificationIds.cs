using System.Globalization;
using TakeABreak.Signalering.Consultations;

namespace TakeABreak.Storage.Consultations;

/// <summary>Notification ids that are the same for a retry of the same change, so the outbox keeps one.</summary>
public static class StaffNotificationIds
{
    public static StaffNotification For(StaffNotificationKind kind, ConsultationRecord record, DateTimeOffset at, string? status = null)
    {
        var id = string.Create(CultureInfo.InvariantCulture, $"{at.UtcTicks:D19}-{kind.ToString().ToLowerInvariant()}-{record.Id}");
        return new StaffNotification(id, kind, record.Id, record.Reference, record.Urgency, at, status);
    }
}
