using TakeABreak.Signalering.Consultations;

namespace TakeABreak.Storage.Consultations;

/// <summary>
/// Notifications for Moviera staff, stored until something delivers them (the Teams channel). Adding the same
/// notification id twice keeps one.
/// </summary>
public interface IStaffNotificationOutbox
{
    Task AddAsync(StaffNotification notification, CancellationToken cancellationToken);

    /// <summary>Undelivered notifications, oldest first.</summary>
    Task<IReadOnlyList<StaffNotification>> PendingAsync(CancellationToken cancellationToken);

    /// <summary>Removes a delivered notification.</summary>
    Task CompleteAsync(string notificationId, CancellationToken cancellationToken);
}
