using System.Runtime.CompilerServices;
using Microsoft.Data.Sqlite;

namespace TakeABreak.Storage.Records.Sqlite;

/// <summary>
/// Records in their own SQLite file (WAL) whose every connection runs with <c>synchronous = FULL</c>: the WAL is
/// fsynced on each commit, so a record that was written survives a crash or power loss.
/// </summary>
public sealed class SqliteRecordStore : IDurableStore
{
    private const string Schema = """
        PRAGMA journal_mode = WAL;
        CREATE TABLE IF NOT EXISTS records (
            kind TEXT NOT NULL,
            key TEXT NOT NULL,
            data BLOB NOT NULL,
            etag TEXT NOT NULL,
            last_modified INTEGER NOT NULL,
            PRIMARY KEY (kind, key)
        ) WITHOUT ROWID;
        """;

    private readonly string _connectionString;
    private readonly TimeProvider _timeProvider;
    private readonly SemaphoreSlim _createLock = new(1, 1);
    private volatile bool _created;

    public SqliteRecordStore(string filePath, TimeProvider timeProvider)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(filePath);
        FilePath = Path.GetFullPath(filePath);
        _timeProvider = timeProvider;
        _connectionString = new SqliteConnectionStringBuilder
        {
            DataSource = FilePath,
            Mode = SqliteOpenMode.ReadWriteCreate,
            Cache = SqliteCacheMode.Private,
            Pooling = true,
            DefaultTimeout = 30,
        }.ToString();
    }

    public string FilePath { get; }

    /// <summary>The <c>synchronous</c> setting every connection of this store uses (2 = FULL).</summary>
    public Task<long> SynchronousSettingAsync(CancellationToken cancellationToken = default) =>
        RunAsync(async connection =>
        {
            await using var command = connection.CreateCommand();
            command.CommandText = "PRAGMA synchronous";
            return (long)(await command.ExecuteScalarAsync(cancellationToken))!;
        }, cancellationToken);

    public Task<StoredItem?> ReadAsync(string kind, string key, CancellationToken cancellationToken = default)
    {
        StorageKinds.EnsureValidKind(kind);
        StorageKinds.EnsureValidKey(key);
        return RunAsync(async connection =>
        {
            await using var command = connection.CreateCommand();
            command.CommandText = "SELECT data, etag, last_modified FROM records WHERE kind = $kind AND key = $key";
            command.Parameters.AddWithValue("$kind", kind);
            command.Parameters.AddWithValue("$key", key);
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            return await reader.ReadAsync(cancellationToken)
                ? new StoredItem(kind, key, (byte[])reader.GetValue(0), reader.GetString(1), DateTimeOffset.FromUnixTimeMilliseconds(reader.GetInt64(2)))
                : null;
        }, cancellationToken);
    }

    public Task<string> WriteAsync(string kind, string key, ReadOnlyMemory<byte> data, string? ifMatchETag = null, CancellationToken cancellationToken = default)
    {
        var sql = ifMatchETag is null
            ? """
              INSERT INTO records (kind, key, data, etag, last_modified) VALUES ($kind, $key, $data, $etag, $now)
              ON CONFLICT (kind, key) DO UPDATE SET data = excluded.data, etag = excluded.etag, last_modified = excluded.last_modified
              """
            : "UPDATE records SET data = $data, etag = $etag, last_modified = $now WHERE kind = $kind AND key = $key AND etag = $ifMatch";
        return ExecuteWriteAsync(kind, key, data, sql, ifMatchETag, "the item changed or was deleted since it was read", cancellationToken);
    }

    public Task<string> CreateAsync(string kind, string key, ReadOnlyMemory<byte> data, CancellationToken cancellationToken = default)
    {
        const string sql = """
            INSERT INTO records (kind, key, data, etag, last_modified) VALUES ($kind, $key, $data, $etag, $now)
            ON CONFLICT (kind, key) DO NOTHING
            """;
        return ExecuteWriteAsync(kind, key, data, sql, null, "the item already exists", cancellationToken);
    }

    public Task DeleteAsync(string kind, string key, string? ifMatchETag = null, CancellationToken cancellationToken = default)
    {
        StorageKinds.EnsureValidKind(kind);
        StorageKinds.EnsureValidKey(key);
        return RunAsync(async connection =>
        {
            await using var command = connection.CreateCommand();
            command.CommandText = ifMatchETag is null
                ? "DELETE FROM records WHERE kind = $kind AND key = $key"
                : "DELETE FROM records WHERE kind = $kind AND key = $key AND etag = $ifMatch";
            command.Parameters.AddWithValue("$kind", kind);
            command.Parameters.AddWithValue("$key", key);
            if (ifMatchETag is not null)
            {
                command.Parameters.AddWithValue("$ifMatch", ifMatchETag);
            }

            var deleted = await command.ExecuteNonQueryAsync(cancellationToken);
            if (deleted == 0 && ifMatchETag is not null)
            {
                throw new StorageConflictException(kind, key, "the item changed or was deleted since it was read");
            }

            return deleted;
        }, cancellationToken);
    }

    public async IAsyncEnumerable<StoredItemInfo> ListAsync(string kind, string keyPrefix = "", [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        StorageKinds.EnsureValidKind(kind);
        StorageKinds.EnsureValidKeyPrefix(keyPrefix);
        var items = await RunAsync(async connection =>
        {
            await using var command = connection.CreateCommand();
            command.CommandText = """
                SELECT key, etag, last_modified FROM records
                WHERE kind = $kind AND key >= $prefix AND key < $upper ORDER BY key
                """;
            command.Parameters.AddWithValue("$kind", kind);
            command.Parameters.AddWithValue("$prefix", keyPrefix);
            command.Parameters.AddWithValue("$upper", keyPrefix + "\u007f");
            var found = new List<StoredItemInfo>();
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                found.Add(new StoredItemInfo(kind, reader.GetString(0), reader.GetString(1), DateTimeOffset.FromUnixTimeMilliseconds(reader.GetInt64(2))));
            }

            return found;
        }, cancellationToken);

        foreach (var item in items)
        {
            yield return item;
        }
    }

    private Task<string> ExecuteWriteAsync(
        string kind, string key, ReadOnlyMemory<byte> data, string sql, string? ifMatchETag, string conflictReason, CancellationToken cancellationToken)
    {
        StorageKinds.EnsureValidKind(kind);
        StorageKinds.EnsureValidKey(key);
        return RunAsync(async connection =>
        {
            var etag = $"\"{Guid.NewGuid():N}\"";
            await using var command = connection.CreateCommand();
            command.CommandText = sql;
            command.Parameters.AddWithValue("$kind", kind);
            command.Parameters.AddWithValue("$key", key);
            command.Parameters.Add("$data", SqliteType.Blob).Value = data.ToArray();
            command.Parameters.AddWithValue("$etag", etag);
            command.Parameters.AddWithValue("$now", _timeProvider.GetUtcNow().ToUnixTimeMilliseconds());
            if (ifMatchETag is not null)
            {
                command.Parameters.AddWithValue("$ifMatch", ifMatchETag);
            }

            if (await command.ExecuteNonQueryAsync(cancellationToken) == 0)
            {
                throw new StorageConflictException(kind, key, conflictReason);
            }

            return etag;
        }, cancellationToken);
    }

    private async Task<T> RunAsync<T>(Func<SqliteConnection, Task<T>> operation, CancellationToken cancellationToken)
    {
        try
        {
            await EnsureCreatedAsync(cancellationToken);
            await using var connection = new SqliteConnection(_connectionString);
            await connection.OpenAsync(cancellationToken);
            await using (var durability = connection.CreateCommand())
            {
                durability.CommandText = "PRAGMA synchronous = FULL";
                await durability.ExecuteNonQueryAsync(cancellationToken);
            }

            return await operation(connection);
        }
        catch (Exception exception) when (exception is SqliteException or IOException or UnauthorizedAccessException)
        {
            throw new StorageUnavailableException($"SQLite record storage at '{FilePath}' failed: {exception.Message}", exception);
        }
    }

    private async Task EnsureCreatedAsync(CancellationToken cancellationToken)
    {
        if (_created)
        {
            return;
        }

        await _createLock.WaitAsync(cancellationToken);
        try
        {
            if (!_created)
            {
                Directory.CreateDirectory(Path.GetDirectoryName(FilePath)!);
                await using var connection = new SqliteConnection(_connectionString);
                await connection.OpenAsync(cancellationToken);
                await using var command = connection.CreateCommand();
                command.CommandText = Schema;
                await command.ExecuteNonQueryAsync(cancellationToken);
                _created = true;
            }
        }
        finally
        {
            _createLock.Release();
        }
    }
}
