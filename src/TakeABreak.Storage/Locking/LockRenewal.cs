using Microsoft.Extensions.Logging;

namespace TakeABreak.Storage.Locking;

/// <summary>Renews a held lock every third of its duration until disposed, so long turns keep their lock.</summary>
internal sealed class LockRenewal : IAsyncDisposable
{
    private readonly Func<CancellationToken, Task> _renew;
    private readonly ILogger _logger;
    private readonly ITimer _timer;
    private readonly CancellationTokenSource _stopping = new();
    private readonly SemaphoreSlim _running = new(1, 1);

    public LockRenewal(TimeProvider timeProvider, TimeSpan lockDuration, Func<CancellationToken, Task> renew, ILogger logger)
    {
        _renew = renew;
        _logger = logger;
        var period = lockDuration / 3;
        _timer = timeProvider.CreateTimer(_ => _ = RenewAsync(), null, period, period);
    }

    public async ValueTask DisposeAsync()
    {
        await _timer.DisposeAsync();
        await _stopping.CancelAsync();
        await _running.WaitAsync();
        _running.Release();
    }

    private async Task RenewAsync()
    {
        if (!await _running.WaitAsync(0))
        {
            return;
        }

        try
        {
            await _renew(_stopping.Token);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            _logger.LogWarning(exception, "Renewing a conversation lock failed; it expires by itself if the turn runs on.");
        }
        catch (OperationCanceledException)
        {
        }
        finally
        {
            _running.Release();
        }
    }
}
