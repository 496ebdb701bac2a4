using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace TakeABreak.Storage.Health;

/// <summary>"storage": Unhealthy while the provider cannot be reached, Healthy again as soon as it answers.</summary>
public sealed class StorageHealthCheck(IStorageProbe probe) : IHealthCheck
{
    public const string Name = "storage";
    public const string ReadinessTag = "ready";
    private static readonly TimeSpan ProbeTimeout = TimeSpan.FromSeconds(5);

    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(ProbeTimeout);
        try
        {
            await probe.ProbeAsync(timeout.Token);
            return HealthCheckResult.Healthy("Storage answers.");
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
