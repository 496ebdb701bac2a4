using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using TakeABreak.Bot.Testing;
using TakeABreak.Storage;
using TakeABreak.Storage.Health;

namespace TakeABreak.Bot.Tests.Hardening;

/// <summary>/readyz tells a load balancer the truth when the store can read but not write (a full disk).</summary>
public sealed class ReadinessTests
{
    [Fact]
    public async Task A_store_that_cannot_write_makes_readyz_503_until_it_can_write_again()
    {
        var time = new FakeTimeProvider(DateTimeOffset.UtcNow);
        var disk = new FullDisk { IsFull = true };
        using var host = new TestBotHost().WithServices(services =>
        {
            services.AddSingleton<TimeProvider>(time);
            services.AddSingleton<IStore>(sp => new FullDiskStore((IStore)sp.GetRequiredService<IStorageProbe>(), disk));
        });
        using var client = host.CreateClient();

        using var whileFull = await client.GetAsync(new Uri("/readyz", UriKind.Relative));
        disk.IsFull = false;
        time.Advance(StorageWriteProbe.Interval);
        using var afterwards = await client.GetAsync(new Uri("/readyz", UriKind.Relative));

        Assert.Equal(HttpStatusCode.ServiceUnavailable, whileFull.StatusCode);
        Assert.Contains("Unhealthy", await whileFull.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, afterwards.StatusCode);
    }

    [Fact]
    public async Task Readyz_writes_at_most_once_per_interval_however_often_it_is_asked()
    {
        var disk = new FullDisk();
        using var host = new TestBotHost().WithServices(services =>
            services.AddSingleton<IStore>(sp => new FullDiskStore((IStore)sp.GetRequiredService<IStorageProbe>(), disk)));
        using var client = host.CreateClient();
        var before = disk.ProbeWrites;

        for (var i = 0; i < 20; i++)
        {
            using var response = await client.GetAsync(new Uri("/readyz", UriKind.Relative));
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }

        Assert.Equal(1, disk.ProbeWrites - before);
    }

    private sealed class FullDisk
    {
        private int _probeWrites;

        public bool IsFull { get; set; }

        public int ProbeWrites => Volatile.Read(ref _probeWrites);

        public void CountProbe(string kind)
        {
            if (kind == StorageWriteProbe.Kind)
            {
                Interlocked.Increment(ref _probeWrites);
            }
        }
    }

    /// <summary>The real store, except that writes fail as on a full disk while reads go on working.</summary>
    private sealed class FullDiskStore(IStore inner, FullDisk disk) : IStore
    {
        public Task<StoredItem?> ReadAsync(string kind, string key, CancellationToken cancellationToken = default) => inner.ReadAsync(kind, key, cancellationToken);

        public Task<string> WriteAsync(string kind, string key, ReadOnlyMemory<byte> data, string? ifMatchETag = null, CancellationToken cancellationToken = default)
        {
            disk.CountProbe(kind);
            return disk.IsFull ? throw new IOException("No space left on device") : inner.WriteAsync(kind, key, data, ifMatchETag, cancellationToken);
        }

        public Task<string> CreateAsync(string kind, string key, ReadOnlyMemory<byte> data, CancellationToken cancellationToken = default) =>
            disk.IsFull ? throw new IOException("No space left on device") : inner.CreateAsync(kind, key, data, cancellationToken);

        public Task DeleteAsync(string kind, string key, string? ifMatchETag = null, CancellationToken cancellationToken = default) =>
            inner.DeleteAsync(kind, key, ifMatchETag, cancellationToken);

        public IAsyncEnumerable<StoredItemInfo> ListAsync(string kind, string keyPrefix = "", CancellationToken cancellationToken = default) =>
            inner.ListAsync(kind, keyPrefix, cancellationToken);
    }
}
