namespace TakeABreak.Bot.Hosting;

/// <summary>
/// Runs one pass at start and then every interval on the application's clock; a failed pass is logged by the subclass
/// and the next interval tries again. Stopping the host ends the loop.
/// </summary>
internal abstract class PeriodicPassService(TimeSpan interval, TimeProvider timeProvider) : BackgroundService
{
    protected abstract Task RunPassAsync(CancellationToken cancellationToken);

    protected abstract void OnPassFailed(Exception exception);

    protected sealed override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(interval, timeProvider);
        do
        {
            try
            {
                await RunPassAsync(stoppingToken);
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                OnPassFailed(exception);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }
}
