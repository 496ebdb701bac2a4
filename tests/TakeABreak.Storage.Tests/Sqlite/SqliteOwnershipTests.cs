using Microsoft.Data.Sqlite;
using TakeABreak.Storage.Sqlite;
using TakeABreak.Storage.Tests.Support;

namespace TakeABreak.Storage.Tests.Sqlite;

public sealed class SqliteOwnershipTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "takeabreak-owner-" + Guid.NewGuid().ToString("N"));

    private Dictionary<string, string?> Settings => new()
    {
        ["Storage:Sqlite:DataFolder"] = _folder,
        ["Storage:ProtectionKey"] = TestProtectionKey.Base64,
    };

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }

    [Fact]
    public async Task A_second_host_on_the_same_file_refuses_to_start_with_a_clear_message()
    {
        await using var first = new StorageHost(Settings);
        await first.StartAsync();
        await using var second = new StorageHost(Settings);

        var refused = await Assert.ThrowsAsync<SqliteDatabaseInUseException>(second.StartAsync);

        Assert.Contains("already in use by another running TakeABreak.Bot host", refused.Message, StringComparison.Ordinal);
        Assert.Contains(Path.Combine(_folder, "takeabreak.db"), refused.Message, StringComparison.Ordinal);
        Assert.Contains("Storage:Provider=Blob", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_file_can_be_opened_again_once_its_owner_stopped()
    {
        var first = new StorageHost(Settings);
        await first.StartAsync();
        await first.Get<IStore>().WriteAsync(StorageKinds.ConversationState, "c1", "kept"u8.ToArray());
        await first.DisposeAsync();

        await using var restarted = new StorageHost(Settings);
        await restarted.StartAsync();

        Assert.NotNull(await restarted.Get<IStore>().ReadAsync(StorageKinds.ConversationState, "c1"));
    }

    [Fact]
    public async Task Conversation_state_commits_without_fsync_and_records_with_fsync()
    {
        await using var host = new StorageHost(Settings);
        await host.StartAsync();
        var database = host.Get<SqliteDatabase>();

        await using var connection = await database.OpenAsync(CancellationToken.None);
        var command = connection.Command("PRAGMA synchronous");

        Assert.Equal(1L, await command.ExecuteScalarAsync()); // NORMAL; the records' own file is FULL (SqliteRecordStoreTests)
    }

    [Fact]
    public async Task A_kept_connection_prepares_a_statement_once_and_uses_it_again_on_the_next_call()
    {
        await using var host = new StorageHost(Settings);
        await host.StartAsync();
        var database = host.Get<SqliteDatabase>();
        var first = await ExecutedCommandAsync(database, "SELECT count(*) FROM items");

        var second = await ExecutedCommandAsync(database, "SELECT count(*) FROM items");

        Assert.Same(first, second);
    }

    private static async Task<SqliteCommand> ExecutedCommandAsync(SqliteDatabase database, string sql)
    {
        await using var connection = await database.OpenAsync(CancellationToken.None);
        var command = connection.Command(sql);
        await command.ExecuteScalarAsync();
        return command;
    }
}
