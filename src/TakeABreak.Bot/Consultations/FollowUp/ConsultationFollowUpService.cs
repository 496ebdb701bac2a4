using Microsoft.Extensions.Options;
using TakeABreak.Bot.Hosting;

namespace TakeABreak.Bot.Consultations.FollowUp;

/// <summary>Runs <see cref="ConsultationFollowUp"/> every interval on the application's clock; a failed pass is logged and retried next time.</summary>
internal sealed partial class ConsultationFollowUpService(
    ConsultationFollowUp followUp,
    IOptions<FollowUpServiceOptions> options,
    TimeProvider timeProvider,
    ILogger<ConsultationFollowUpService> logger) : PeriodicPassService(options.Value.Interval, timeProvider)
{
    protected override Task RunPassAsync(CancellationToken cancellationToken) => followUp.RunOnceAsync(cancellationToken);

    protected override void OnPassFailed(Exception exception) => LogPassFailed(logger, exception.GetType().Name, exception);

    [LoggerMessage(EventId = 3202, Level = LogLevel.Error, Message = "Consultation follow-up pass failed with {ExceptionType}; it runs again at the next interval")]
    private static partial void LogPassFailed(ILogger logger, string exceptionType, Exception exception);
}
