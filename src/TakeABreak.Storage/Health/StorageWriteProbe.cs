using System.Text;

namespace TakeABreak.Storage.Health;

/// <summary>
/// Proves the store still takes writes (a full disk, a read-only file system or a revoked write permission pass a
/// read probe): writes and deletes one small item of its own kind. At most once per <see cref="Interval"/>, so a
/// public /readyz cannot be turned into a stream of writes; in between the last outcome is reported.
/// </summary>
public sealed class StorageWriteProbe(IStore store, TimeProvider timeProvider)
{
    public const string Kind = "health_probe";
    public static readonly TimeSpan Interval = TimeSpan.FromSeconds(10);

    private static readonly byte[] Payload = Encoding.ASCII.GetBytes("probe");
    private readonly string _key = $"probe-{Environment.ProcessId}-{Guid.NewGuid():N}";
    private readonly SemaphoreSlim _gate = new(1, 1);
    private DateTimeOffset _lastProbe = DateTimeOffset.MinValue;
    private string? _lastFailure;

    /// <summary>Null when the last write went through, else the failure's type name.</summary>
    public async Task<string?> ProbeAsync(CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken);
        try
        {
            var now = timeProvider.GetUtcNow();
            if (now - _lastProbe < Interval)
            {
                return _lastFailure;
            }

            try
            {
                await store.WriteAsync(Kind, _key, Payload, cancellationToken: cancellationToken);
                await store.DeleteAsync(Kind, _key, cancellationToken: cancellationToken);
                _lastFailure = null;
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                // whatever the provider throws for a write it cannot make: disk full, read-only, no permission, outage
                _lastFailure = exception.GetType().Name;
            }

            _lastProbe = now;
            return _lastFailure;
        }
        finally
        {
            _gate.Release();
        }
    }
}
