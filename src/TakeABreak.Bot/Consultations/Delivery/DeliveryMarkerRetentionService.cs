using Microsoft.Extensions.Options;
using TakeABreak.Bot.Hosting;
using TakeABreak.Storage;

namespace TakeABreak.Bot.Consultations.Delivery;

/// <summary>Runs <see cref="DeliveryMarkerRetention"/> as often as the state expiry sweep runs (<c>Storage:ExpirySweepInterval</c>).</summary>
internal sealed partial class DeliveryMarkerRetentionService(
    DeliveryMarkerRetention retention,
    IOptions<StorageOptions> storage,
    TimeProvider timeProvider,
    ILogger<DeliveryMarkerRetentionService> logger) : PeriodicPassService(storage.Value.ExpirySweepInterval, timeProvider)
{
    protected override async Task RunPassAsync(CancellationToken cancellationToken)
    {
        var deleted = await retention.SweepOnceAsync(cancellationToken);
        if (deleted > 0)
        {
            LogSwept(logger, deleted);
        }
    }

    protected override void OnPassFailed(Exception exception) => LogPassFailed(logger, exception.GetType().Name, exception);

    [LoggerMessage(EventId = 3506, Level = LogLevel.Information, Message = "{Count} old staff notification delivery marker(s) deleted")]
    private static partial void LogSwept(ILogger logger, int count);

    [LoggerMessage(EventId = 3507, Level = LogLevel.Error, Message = "Delivery marker retention pass failed with {ExceptionType}; it runs again at the next interval")]
    private static partial void LogPassFailed(ILogger logger, string exceptionType, Exception exception);
}
