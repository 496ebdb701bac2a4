using TakeABreak.Storage.Sqlite;

namespace TakeABreak.Storage.Records.Sqlite;

/// <summary>
/// Records in their own SQLite file, on the same <see cref="SqliteStore"/> as conversation state but with every
/// connection at <c>synchronous = FULL</c>: the WAL is fsynced on each commit, so a record that was written survives a
/// crash or power loss even when conversation state is kept more cheaply.
/// </summary>
public sealed class SqliteRecordStore : IDurableStore, IDisposable
{
    private readonly SqliteDatabase _database;
    private readonly SqliteStore _store;

    public SqliteRecordStore(string filePath, TimeProvider timeProvider)
    {
        _database = new SqliteDatabase(filePath, fsyncEveryCommit: true);
        _store = new SqliteStore(_database, timeProvider);
    }

    public string FilePath => _database.FilePath;

    public void Dispose() => _database.Dispose();

    /// <summary>The <c>synchronous</c> setting every connection of this store uses (2 = FULL).</summary>
    public Task<long> SynchronousSettingAsync(CancellationToken cancellationToken = default) =>
        _database.RunAsync(async () =>
        {
            await using var connection = await _database.OpenAsync(cancellationToken);
            var command = connection.Command("PRAGMA synchronous");
            return (long)(await command.ExecuteScalarAsync(cancellationToken))!;
        }, cancellationToken);

    public Task<StoredItem?> ReadAsync(string kind, string key, CancellationToken cancellationToken = default) =>
        _store.ReadAsync(kind, key, cancellationToken);

    public Task<string> WriteAsync(string kind, string key, ReadOnlyMemory<byte> data, string? ifMatchETag = null, CancellationToken cancellationToken = default) =>
        _store.WriteAsync(kind, key, data, ifMatchETag, cancellationToken);

    public Task<string> CreateAsync(string kind, string key, ReadOnlyMemory<byte> data, CancellationToken cancellationToken = default) =>
        _store.CreateAsync(kind, key, data, cancellationToken);

    public Task DeleteAsync(string kind, string key, string? ifMatchETag = null, CancellationToken cancellationToken = default) =>
        _store.DeleteAsync(kind, key, ifMatchETag, cancellationToken);

    public IAsyncEnumerable<StoredItemInfo> ListAsync(string kind, string keyPrefix = "", CancellationToken cancellationToken = default) =>
        _store.ListAsync(kind, keyPrefix, cancellationToken);
}
