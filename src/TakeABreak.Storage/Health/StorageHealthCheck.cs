using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace TakeABreak.Storage.Health;

/// <summary>
/// "storage": Unhealthy while the provider cannot be reached or cannot take a write (<see cref="StorageWriteProbe"/>),
/// Healthy again as soon as it answers and writes.
/// </summary>
public sealed class StorageHealthCheck(IStorageProbe probe, StorageWriteProbe writeProbe) : IHealthCheck
{
    public const string Name = "storage";
    /// <summary>The one tag of the checks that decide readiness (/readyz).</summary>
    public const string ReadinessTag = "ready";
    private static readonly TimeSpan ProbeTimeout = TimeSpan.FromSeconds(5);

    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(ProbeTimeout);
        try
        {
            await probe.ProbeAsync(timeout.Token);
            var writeFailure = await writeProbe.ProbeAsync(timeout.Token);
            return writeFailure is null
                ? HealthCheckResult.Healthy("Storage answers and takes writes.")
                : HealthCheckResult.Unhealthy($"Storage answers but cannot write ({writeFailure}).");
        }
        catch (StorageUnavailableException exception)
        {
            return HealthCheckResult.Unhealthy("Storage cannot be reached.", exception);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return HealthCheckResult.Unhealthy($"Storage did not answer within {ProbeTimeout.TotalSeconds:0} seconds.");
        }
    }
}
