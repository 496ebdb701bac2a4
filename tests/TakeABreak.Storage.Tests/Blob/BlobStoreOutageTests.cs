using System.Text;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using TakeABreak.Bot.Testing.Azurite;
using TakeABreak.Storage.Health;
using TakeABreak.Storage.Tests.Support;

namespace TakeABreak.Storage.Tests.Blob;

/// <summary>Runs on an Azurite of its own, because it stops and starts it.</summary>
public sealed class BlobStoreOutageTests(AzuriteFixture azurite) : IClassFixture<AzuriteFixture>, IAsyncLifetime
{
    private StorageHost _host = null!;

    public async Task InitializeAsync()
    {
        _host = new StorageHost(new Dictionary<string, string?>
        {
            ["Storage:Provider"] = "Blob",
            ["Storage:Blob:ConnectionString"] = azurite.ConnectionString,
            ["Storage:Blob:ContainerPrefix"] = "outage",
            ["Storage:ProtectionKey"] = TestProtectionKey.Base64,
        });
        await _host.StartAsync();
    }

    public async Task DisposeAsync()
    {
        azurite.Start();
        await _host.DisposeAsync();
    }

    [Fact]
    public async Task Storage_stopped_mid_run_reports_unavailable_and_unhealthy_then_recovers_by_itself()
    {
        var store = _host.Get<IStore>();
        await store.WriteAsync(StorageKinds.ConversationState, "c1", Encoding.UTF8.GetBytes("before"));

        azurite.Stop();

        await Assert.ThrowsAsync<StorageUnavailableException>(() => store.ReadAsync(StorageKinds.ConversationState, "c1"));
        await Assert.ThrowsAsync<StorageUnavailableException>(() => store.WriteAsync(StorageKinds.ConversationState, "c1", Encoding.UTF8.GetBytes("during")));
        await Assert.ThrowsAsync<StorageUnavailableException>(() => store.CreateAsync(StorageKinds.ConversationState, "c2", Encoding.UTF8.GetBytes("during")));
        Assert.Equal(HealthStatus.Unhealthy, await StorageHealthAsync());

        azurite.Start();

        Assert.Equal(HealthStatus.Healthy, await StorageHealthAsync());
        var item = await store.ReadAsync(StorageKinds.ConversationState, "c1");
        Assert.Equal("before", Encoding.UTF8.GetString(item!.Data.Span));
        await store.WriteAsync(StorageKinds.ConversationState, "c1", Encoding.UTF8.GetBytes("after"), item.ETag);
    }

    private async Task<HealthStatus> StorageHealthAsync() =>
        (await _host.Get<HealthCheckService>().CheckHealthAsync()).Entries[StorageHealthCheck.Name].Status;
}
