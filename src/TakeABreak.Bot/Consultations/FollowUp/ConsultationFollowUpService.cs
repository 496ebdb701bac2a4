using Microsoft.Extensions.Options;

namespace TakeABreak.Bot.Consultations.FollowUp;

/// <summary>Runs <see cref="ConsultationFollowUp"/> every interval on the application's clock; a failed pass is logged and retried next time.</summary>
internal sealed partial class ConsultationFollowUpService(
    ConsultationFollowUp followUp,
    IOptions<FollowUpServiceOptions> options,
    TimeProvider timeProvider,
    ILogger<ConsultationFollowUpService> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.Value.Interval, timeProvider);
        do
        {
            try
            {
                await followUp.RunOnceAsync(stoppingToken);
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                LogPassFailed(logger, exception.GetType().Name, exception);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    [LoggerMessage(EventId = 3202, Level = LogLevel.Error, Message = "Consultation follow-up pass failed with {ExceptionType}; it runs again at the next interval")]
    private static partial void LogPassFailed(ILogger logger, string exceptionType, Exception exception);
}
