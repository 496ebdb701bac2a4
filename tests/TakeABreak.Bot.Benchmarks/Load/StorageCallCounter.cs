using System.Collections.Concurrent;
using Azure.Core;
using Azure.Core.Pipeline;
using TakeABreak.Storage;
using TakeABreak.Storage.Records;

namespace TakeABreak.Bot.Benchmarks.Load;

/// <summary>Counts storage calls by what they do ("state read", "records write", "PUT lease" …).</summary>
public sealed class StorageCallCounter
{
    private readonly ConcurrentDictionary<string, int> _calls = new(StringComparer.Ordinal);

    public IReadOnlyDictionary<string, int> Calls => new SortedDictionary<string, int>(_calls, StringComparer.Ordinal);

    public void Reset() => _calls.Clear();

    public void Count(string call) => _calls.AddOrUpdate(call, 1, (_, count) => count + 1);

    /// <summary>An Azure pipeline policy that counts every HTTP request to Blob Storage (retries included) by method, container and lease action.</summary>
    public HttpPipelinePolicy BlobRequests() => new CountingPolicy(this);

    private sealed class CountingPolicy(StorageCallCounter counter) : HttpPipelineSynchronousPolicy
    {
        public override void OnSendingRequest(HttpMessage message)
        {
            var request = message.Request;
            var container = request.Uri.Path.Trim('/').Split('/').Skip(1).FirstOrDefault() ?? "?";
            var what = request.Headers.TryGetValue("x-ms-lease-action", out var lease) ? $"lease {lease}" : request.Method.ToString();
            counter.Count($"{what} {container}");
        }
    }
}

/// <summary>An <see cref="IStore"/> (or <see cref="IDurableStore"/>) that counts its calls under a name ("state", "records").</summary>
public class CountingStore(IStore inner, StorageCallCounter counter, string name) : IStore
{
    public Task<StoredItem?> ReadAsync(string kind, string key, CancellationToken cancellationToken = default)
    {
        counter.Count($"{name} read {kind}");
        return inner.ReadAsync(kind, key, cancellationToken);
    }

    public Task<string?> CurrentETagAsync(string kind, string key, CancellationToken cancellationToken = default)
    {
        counter.Count($"{name} check {kind}");
        return inner.CurrentETagAsync(kind, key, cancellationToken);
    }

    public Task<string> WriteAsync(string kind, string key, ReadOnlyMemory<byte> data, string? ifMatchETag = null, CancellationToken cancellationToken = default)
    {
        counter.Count($"{name} write {kind}");
        return inner.WriteAsync(kind, key, data, ifMatchETag, cancellationToken);
    }

    public Task<string> CreateAsync(string kind, string key, ReadOnlyMemory<byte> data, CancellationToken cancellationToken = default)
    {
        counter.Count($"{name} create {kind}");
        return inner.CreateAsync(kind, key, data, cancellationToken);
    }

    public Task DeleteAsync(string kind, string key, string? ifMatchETag = null, CancellationToken cancellationToken = default)
    {
        counter.Count($"{name} delete {kind}");
        return inner.DeleteAsync(kind, key, ifMatchETag, cancellationToken);
    }

    public IAsyncEnumerable<StoredItemInfo> ListAsync(string kind, string keyPrefix = "", CancellationToken cancellationToken = default)
    {
        counter.Count($"{name} list {kind}");
        return inner.ListAsync(kind, keyPrefix, cancellationToken);
    }
}

public sealed class CountingDurableStore(IDurableStore inner, StorageCallCounter counter) : CountingStore(inner, counter, "records"), IDurableStore;
