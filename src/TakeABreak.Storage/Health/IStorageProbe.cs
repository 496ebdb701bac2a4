namespace TakeABreak.Storage.Health;

/// <summary>A cheap round trip to the provider; throws <see cref="StorageUnavailableException"/> when it cannot be reached.</summary>
public interface IStorageProbe
{
    Task ProbeAsync(CancellationToken cancellationToken);
}
