using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using TakeABreak.Storage.Blob;
using TakeABreak.Storage.Sqlite;

namespace TakeABreak.Storage;

/// <summary>
/// Creates the database file and tables (SQLite) or the containers (Blob) at start. When storage is down at start
/// the host still starts: readiness reports it and the stores create what is missing once storage is back.
/// </summary>
public sealed class StorageInitializer(IServiceProvider services, ILogger<StorageInitializer> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        try
        {
            if (services.GetService(typeof(SqliteDatabase)) is SqliteDatabase database)
            {
                await database.EnsureCreatedAsync(cancellationToken);
                logger.LogInformation("SQLite storage ready.");
            }

            if (services.GetService(typeof(BlobContainers)) is BlobContainers containers)
            {
                await Task.WhenAll(StorageKinds.All.Select(kind => containers.EnsureAsync(kind, cancellationToken)));
                logger.LogInformation("Blob storage containers ready.");
            }
        }
        catch (Exception exception) when (exception is StorageUnavailableException || BlobFailures.IsOutage(exception, cancellationToken))
        {
            logger.LogError(exception, "Storage is not reachable at start; the bot reports not ready until it is.");
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
