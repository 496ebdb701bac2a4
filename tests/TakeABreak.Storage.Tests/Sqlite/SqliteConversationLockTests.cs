using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Time.Testing;
using TakeABreak.Storage.Expiry;
using TakeABreak.Storage.Tests.Support;

namespace TakeABreak.Storage.Tests.Sqlite;

public sealed class SqliteConversationLockTests : IAsyncLifetime
{
    private static readonly DateTimeOffset Start = new(2026, 11, 28, 9, 0, 0, TimeSpan.Zero);
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "takeabreak-lock-" + Guid.NewGuid().ToString("N"));
    private readonly FakeTimeProvider _deadHostClock = new(Start);
    private readonly FakeTimeProvider _liveHostClock = new(Start);
    private StorageHost _deadHost = null!;
    private StorageHost _liveHost = null!;

    public async Task InitializeAsync()
    {
        var settings = new Dictionary<string, string?>
        {
            ["Storage:Sqlite:DataFolder"] = _folder,
            ["Storage:ProtectionKey"] = TestProtectionKey.Base64,
        };
        _deadHost = new StorageHost(settings, _deadHostClock);
        _liveHost = new StorageHost(settings, _liveHostClock);
        await _deadHost.StartAsync();
        await _liveHost.StartAsync();
    }

    public async Task DisposeAsync()
    {
        await _deadHost.DisposeAsync();
        await _liveHost.DisposeAsync();
        SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }

    [Fact]
    public async Task The_lock_of_a_host_that_died_mid_turn_is_taken_over_once_it_expires()
    {
        // The dead host never releases and, its clock standing still, never renews.
        await _deadHost.Get<IConversationLock>().AcquireAsync("c1");
        _liveHostClock.Advance(TimeSpan.FromSeconds(31));
        using var patience = new CancellationTokenSource(TimeSpan.FromSeconds(10));

        var taken = await _liveHost.Get<IConversationLock>().AcquireAsync("c1", patience.Token);

        await taken.DisposeAsync();
    }

    [Fact]
    public async Task A_lock_that_has_not_expired_is_not_taken_over()
    {
        await using var held = await _deadHost.Get<IConversationLock>().AcquireAsync("c1");
        _liveHostClock.Advance(TimeSpan.FromSeconds(29));
        using var patience = new CancellationTokenSource(TimeSpan.FromSeconds(1));

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => _liveHost.Get<IConversationLock>().AcquireAsync("c1", patience.Token).AsTask());
    }

    [Fact]
    public async Task The_expiry_sweep_removes_a_lock_left_by_a_host_that_died_a_day_ago()
    {
        await _deadHost.Get<IConversationLock>().AcquireAsync("19:conversation-of-a-dead-host");
        _liveHostClock.Advance(TimeSpan.FromHours(25));

        var deleted = await _liveHost.Get<StateExpirySweep>().SweepOnceAsync();

        Assert.Equal(1, deleted);
        await using var connection = new SqliteConnection($"Data Source={Path.Combine(_folder, "takeabreak.db")}");
        await connection.OpenAsync();
        await using var count = connection.CreateCommand();
        count.CommandText = "SELECT count(*) FROM conversation_locks";
        Assert.Equal(0L, await count.ExecuteScalarAsync());
    }
}
