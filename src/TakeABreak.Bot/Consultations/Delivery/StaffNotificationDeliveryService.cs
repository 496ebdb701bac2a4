using Microsoft.Extensions.Options;
using TakeABreak.Bot.Hosting;

namespace TakeABreak.Bot.Consultations.Delivery;

/// <summary>Runs <see cref="StaffNotificationDelivery"/> every interval; a failed pass is logged and the next one tries again.</summary>
internal sealed partial class StaffNotificationDeliveryService(
    StaffNotificationDelivery delivery,
    IOptions<DeliveryOptions> options,
    TimeProvider timeProvider,
    ILogger<StaffNotificationDeliveryService> logger) : PeriodicPassService(options.Value.Interval, timeProvider)
{
    protected override Task RunPassAsync(CancellationToken cancellationToken) => delivery.RunOnceAsync(cancellationToken);

    protected override void OnPassFailed(Exception exception) => LogPassFailed(logger, exception.GetType().Name, exception);

    [LoggerMessage(EventId = 3505, Level = LogLevel.Error, Message = "Staff notification delivery pass failed with {ExceptionType}; it runs again at the next interval")]
    private static partial void LogPassFailed(ILogger logger, string exceptionType, Exception exception);
}
