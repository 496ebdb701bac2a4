using Microsoft.Extensions.Diagnostics.HealthChecks;
using TakeABreak.Storage.Health;
using TakeABreak.Storage.Tests.Support;

namespace TakeABreak.Storage.Tests.Sqlite;

public sealed class SqliteStoreOutageTests : IDisposable
{
    private readonly string _blocker = Path.GetTempFileName();

    public void Dispose() => File.Delete(_blocker);

    [Fact]
    public async Task A_data_folder_that_cannot_be_created_reports_unavailable_and_unhealthy()
    {
        await using var host = new StorageHost(new Dictionary<string, string?>
        {
            ["Storage:Sqlite:DataFolder"] = Path.Combine(_blocker, "data"),
            ["Storage:ProtectionKey"] = TestProtectionKey.Base64,
        });
        await host.StartAsync();

        await Assert.ThrowsAsync<StorageUnavailableException>(() => host.Get<IStore>().ReadAsync(StorageKinds.ConversationState, "c1"));
        var report = await host.Get<HealthCheckService>().CheckHealthAsync();
        Assert.Equal(HealthStatus.Unhealthy, report.Entries[StorageHealthCheck.Name].Status);
    }
}
