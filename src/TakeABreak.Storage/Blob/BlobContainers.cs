using System.Collections.Concurrent;
using Azure;
using Azure.Storage.Blobs;

namespace TakeABreak.Storage.Blob;

/// <summary>The containers of one storage account, one per kind, created once per process when first needed.</summary>
public sealed class BlobContainers(BlobServiceClient service, string containerPrefix)
{
    private readonly ConcurrentDictionary<string, Lazy<Task>> _ensured = new(StringComparer.Ordinal);

    public BlobServiceClient Service { get; } = service;

    public string ContainerPrefix { get; } = containerPrefix;

    public BlobContainerClient For(string kind) => Service.GetBlobContainerClient(BlobNames.Container(ContainerPrefix, kind));

    public async Task EnsureAsync(string kind, CancellationToken cancellationToken)
    {
        var ensure = _ensured.GetOrAdd(kind, k => new Lazy<Task>(() => CreateIfMissingAsync(k)));
        try
        {
            await ensure.Value.WaitAsync(cancellationToken);
        }
        catch
        {
            _ensured.TryRemove(new KeyValuePair<string, Lazy<Task>>(kind, ensure));
            throw;
        }
    }

    /// <summary>Forgets that a container exists, e.g. after the service answered ContainerNotFound.</summary>
    public void Forget(string kind) => _ensured.TryRemove(kind, out _);

    private async Task CreateIfMissingAsync(string kind)
    {
        try
        {
            await For(kind).CreateIfNotExistsAsync();
        }
        catch (RequestFailedException exception) when (exception.Status == 409)
        {
            // Another host created it, or it is being deleted; either way the next request tells.
        }
    }
}
