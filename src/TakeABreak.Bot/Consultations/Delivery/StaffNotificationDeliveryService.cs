using Microsoft.Extensions.Options;

namespace TakeABreak.Bot.Consultations.Delivery;

/// <summary>Runs <see cref="StaffNotificationDelivery"/> every interval; a failed pass is logged and the next one tries again.</summary>
internal sealed partial class StaffNotificationDeliveryService(
    StaffNotificationDelivery delivery,
    IOptions<DeliveryOptions> options,
    TimeProvider timeProvider,
    ILogger<StaffNotificationDeliveryService> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.Value.Interval, timeProvider);
        do
        {
            try
            {
                await delivery.RunOnceAsync(stoppingToken);
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                LogPassFailed(logger, exception.GetType().Name, exception);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    [LoggerMessage(EventId = 3505, Level = LogLevel.Error, Message = "Staff notification delivery pass failed with {ExceptionType}; it runs again at the next interval")]
    private static partial void LogPassFailed(ILogger logger, string exceptionType, Exception exception);
}
